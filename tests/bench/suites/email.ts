/**
 * Full analysis of email-like messages of 100 to 50,000 words, against the floor tokenizer, retext with
 * retext-simplify, and write-good, all in the same run.
 */
import { retext } from 'retext';
import retextSimplify from 'retext-simplify';
import writeGood from 'write-good';
import { analyzeMessage } from '../../../lexicon/analyze/analyzer.ts';
import { resolveConfig } from '../../../lexicon/index.ts';
import { emailText, wordCount } from '../email-text.ts';
import { floorTokenizer, measureTogether, rowOf, type BenchRow, type BenchSuite } from '../harness.ts';

/** Message sizes in words. */
export const EMAIL_SIZES = [100, 500, 2_000, 10_000, 50_000] as const;

const simplify = retext().use(retextSimplify);

/** Email-like text: analyze() against the floor, retext-simplify and write-good. */
export const emailSuite: BenchSuite = {
  name: 'email',
  description: 'analyze() on email-like text of 100–50,000 words, with the floor tokenizer, retext-simplify and write-good',
  run() {
    const config = resolveConfig({}); // compiled once, as in a page
    const rows: BenchRow[] = [];
    for (const size of EMAIL_SIZES) {
      const text = emailText(size, size);
      const words = wordCount(text);
      const name = `email-${size}`;
      const big = size >= 10_000;
      const subjects: Array<[string, () => unknown]> = [
        ['floor', () => floorTokenizer(text)],
        ['analyze', () => analyzeMessage(text, config)],
        ['retext-simplify', () => simplify.runSync(simplify.parse(text))],
        ['write-good', () => writeGood(text)],
      ];
      // In turns, so a machine that changes speed mid-run moves the floor and the subjects alike.
      const timed = measureTogether(
        subjects,
        big ? { warmup: 1, minRounds: 3, budgetMs: 3000 } : { batchMs: 20, minRounds: 15, budgetMs: 2500 },
      );
      for (const { subject, medianMs, runs } of timed) rows.push({ case: name, words, subject, medianMs, runs });
    }
    return rows;
  },
  goals(rows) {
    const floor = rowOf(rows, 'email-500', 'floor');
    const ours = rowOf(rows, 'email-500', 'analyze');
    const retext = rowOf(rows, 'email-500', 'retext-simplify');
    if (!floor || !ours || !retext) return [];
    const vsFloor = ours.medianMs / floor.medianMs;
    const vsRetext = retext.medianMs / ours.medianMs;
    return [
      `${vsFloor <= 10 ? 'PASS' : 'FAIL'}  email-500 analyze within 10× of the floor: ${vsFloor.toFixed(1)}×`,
      `${vsRetext >= 10 ? 'PASS' : 'FAIL'}  email-500 analyze at least 10× faster than retext-simplify: ${vsRetext.toFixed(1)}×`,
    ];
  },
};
