/**
 * Runs one check's table of cases: each text, analysed by that check alone over the fixture lexicon, must mark
 * exactly the expected words (`fires`) and none of `quiet`. The fewest assertions that still pin behaviour.
 */
import { expect, it } from 'vitest';
import { analyzeMessage } from '../../../../lexicon/analyze/analyzer.ts';
import type { Check } from '../../../../lexicon/checks/types.ts';
import type { Finding } from '../../../../lexicon/types.ts';
import { fixtureConfig } from '../fixture-lexicon.ts';

/** One row: the text, the marked texts expected in order, and texts that must not be marked. */
export interface CheckCase {
  text: string;
  fires?: string[];
  /** Words that must not be inside any mark of this check. */
  quiet?: string[];
  note?: string;
}

/** Findings of `check` alone on `text`. */
export function findingsOf(check: Check<unknown>, text: string): Finding[] {
  return analyzeMessage(text, fixtureConfig([check])).findings;
}

/** Declares one test per row. */
export function runCheckTable(check: Check<unknown>, cases: readonly CheckCase[]): void {
  for (const row of cases) {
    const name = `${row.fires?.length ? 'fires on' : 'stays quiet on'}: ${row.note ?? row.text.slice(0, 70)}`;
    it(name, () => {
      const findings = findingsOf(check, row.text);
      for (const f of findings) expect(row.text.slice(f.start, f.end)).toBe(f.text);
      if (row.fires) expect(findings.map((f) => f.text)).toEqual(row.fires);
      for (const word of row.quiet ?? []) {
        const at = row.text.indexOf(word);
        expect(at, `"${word}" must occur in the text`).toBeGreaterThanOrEqual(0);
        expect(
          findings.filter((f) => f.start < at + word.length && at < f.end).map((f) => f.text),
          `"${word}" must not be marked`,
        ).toEqual([]);
      }
    });
  }
}
