/**
 * A single keystroke in a 10,000-word message: the incremental analyser redoes the changed paragraph only.
 * Goal: under 2 ms at the median.
 */
import { createAnalyzer } from '../../../lexicon/index.ts';
import { emailText, wordCount } from '../email-text.ts';
import { measure, rowOf, type BenchRow, type BenchSuite } from '../harness.ts';

/** One keystroke in 1,000- and 10,000-word messages, through createAnalyzer(). */
export const keystrokeSuite: BenchSuite = {
  name: 'keystroke',
  description: 're-analysis after one keystroke in a 10,000-word message (goal: under 2 ms)',
  run() {
    const rows: BenchRow[] = [];
    for (const size of [1_000, 10_000]) {
      const base = emailText(size, 7);
      const analyzer = createAnalyzer();
      analyzer.analyze(base);
      // Type in the middle of a paragraph near the middle of the message, alternately adding and deleting.
      const at = base.indexOf('. ', base.length >> 1) + 1;
      let typed = 0;
      let text = base;
      const { medianMs, runs } = measure(
        () => analyzer.analyze(text),
        { warmup: 10, minRuns: 50, maxRuns: 400, budgetMs: 500 },
        () => {
          typed++;
          text = typed % 2 ? `${base.slice(0, at)}x${base.slice(at)}` : base;
        },
      );
      rows.push({ case: `keystroke-${size}`, words: wordCount(base), subject: 'analyze', medianMs, runs });
    }
    return rows;
  },
  goals(rows) {
    const row = rowOf(rows, 'keystroke-10000', 'analyze');
    return row
      ? [`${row.medianMs < 2 ? 'PASS' : 'FAIL'}  keystroke in a 10,000-word message under 2 ms: ${row.medianMs.toFixed(2)} ms`]
      : [];
  },
};
