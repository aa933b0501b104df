/**
 * Hostile text never breaks analysis: 10,000 generated inputs from a fixed seed, plus 200,000-character
 * messages of every pathological shape. Nothing throws and every offset slices the text to the finding's text.
 * The time guard is a hang detector (a bound far above normal), not a speed measurement: see `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzeResult } from '../../../lexicon/index.ts';
import { HOSTILE_KINDS, hugeMessage, seededRandom } from './hostile-text.ts';

const SEED = 20261122;
const INPUTS = 10_000;

function expectWellFormed(text: string, result: AnalyzeResult): void {
  for (const f of result.findings) {
    if (!(Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end <= text.length && f.start <= f.end)) {
      throw new Error(`bad offsets ${f.start}-${f.end} for text of length ${text.length}`);
    }
    if (!f.wholeMessage && text.slice(f.start, f.end) !== f.text) {
      throw new Error(`finding text ${JSON.stringify(f.text)} != slice ${JSON.stringify(text.slice(f.start, f.end))}`);
    }
  }
  expect(result.score.value).toBeGreaterThanOrEqual(0);
  expect(result.score.value).toBeLessThanOrEqual(100);
}

describe('analyze() under hostile text', () => {
  it(`survives ${INPUTS} generated inputs (seed ${SEED})`, () => {
    const random = seededRandom(SEED);
    const kinds = Object.entries(HOSTILE_KINDS);
    let findings = 0;
    for (let i = 0; i < INPUTS; i++) {
      const [kind, make] = kinds[i % kinds.length]!;
      const text = make(random);
      let result: AnalyzeResult;
      try {
        result = analyze(text);
      } catch (error) {
        throw new Error(`input #${i} (${kind}) threw: ${(error as Error).message}\n${JSON.stringify(text.slice(0, 200))}`, {
          cause: error,
        });
      }
      expectWellFormed(text, result);
      findings += result.findings.length;
    }
    // The generators mix in jargon: a core that found nothing at all would not be analysing.
    expect(findings).toBeGreaterThan(INPUTS / 10);
  });

  it.each(['prose', 'dots', 'no-spaces', 'one-sentence', 'lines', 'address-runs', 'wrapped-headers'] as const)(
    'finishes a 200,000-character %s message without hanging',
    (shape) => {
      const text = hugeMessage(seededRandom(SEED), 200_000, shape);
      const started = performance.now();
      const result = analyze(text);
      const elapsed = performance.now() - started;
      expectWellFormed(text, result);
      expect(elapsed, `${shape} took ${elapsed.toFixed(0)} ms`).toBeLessThan(5_000);
    },
  );
});
