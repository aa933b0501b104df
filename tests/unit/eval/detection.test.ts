/**
 * The real-text scorer itself (tests/eval/detection.ts), on passages written here: what counts as a found term,
 * a mark on gold, a false mark on plain text, and a right outcome judgement. The corpus is not needed.
 */
import { describe, expect, it } from 'vitest';
import type { AnalyzeResult, CheckId, Finding } from '../../../lexicon/index.ts';
import type { Passage } from '../../eval/corpus.ts';
import { occurrences, outcomeAccuracy, scoreDetection } from '../../eval/detection.ts';

const passage = (id: string, kind: Passage['kind'], text: string, jargon: string[], framed: boolean): Passage => ({
  id,
  kind,
  source: 'https://example.org',
  text,
  jargon,
  outcome_framed: framed,
  notes: '',
});

/** A fake analyser that marks the given words with the given check, plus a whole-message finding when asked. */
function marking(marks: Record<string, CheckId>, noOutcome: string[] = []): (text: string) => AnalyzeResult {
  return (text) => {
    const findings: Finding[] = [];
    for (const [word, check] of Object.entries(marks)) {
      for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
        findings.push({
          id: `${check}:${i}`,
          start: i,
          end: i + word.length,
          text: word,
          check,
          severity: 'medium',
          message: '',
          suggestions: [],
        });
      }
    }
    if (noOutcome.some((w) => text.includes(w))) {
      findings.push({
        id: 'whole',
        start: 0,
        end: text.length,
        text,
        check: 'feature-talk',
        severity: 'medium',
        message: '',
        suggestions: [],
        wholeMessage: true,
      });
    }
    return { findings, score: { value: 100, parts: [], summary: '' } };
  };
}

describe('occurrences', () => {
  it('finds exact spellings anywhere and other cases only as whole words', () => {
    expect(occurrences('Our servers and the Server', 'server').map((s) => s.start)).toEqual([4, 20]);
    expect(occurrences('Add the AD group', 'AD').map((s) => s.start)).toEqual([8]);
  });
});

describe('scoreDetection', () => {
  const it1 = passage('A1', 'A', 'The VPN is down. Our servers restarted. Staff saw errors.', ['VPN', 'servers'], false);
  const plain = passage('D1', 'D', 'The restaurant servers were kind. The farm patch grew. We sold more.', [], true);

  it('counts a gold term found when any mark overlaps it, and term marks on gold', () => {
    const report = scoreDetection([it1], marking({ VPN: 'jargon', Staff: 'acronym' }));
    expect(report.recall).toMatchObject({ found: 1, gold: 2 });
    expect(report.misses).toEqual([{ id: 'A1', kind: 'A', term: 'servers' }]);
    expect(report.precision).toMatchObject({ onGold: 1, marks: 2 });
    expect(report.offGold.map((m) => m.text)).toEqual(['Staff']);
  });

  it('lists every term mark on plain text as false, and other marks apart', () => {
    const report = scoreDetection([plain], marking({ servers: 'jargon', patch: 'technical', sold: 'undermining' }));
    expect(report.plainTermMarks.map((m) => m.text)).toEqual(['servers', 'patch']);
    expect(report.plainOtherMarks.map((m) => m.text)).toEqual(['sold']);
    expect(report.precision).toMatchObject({ onGold: 0, marks: 2 });
  });

  it('compares the no-outcome flag with the label on passages of three or more sentences', () => {
    const report = scoreDetection([it1, plain], marking({}, ['restaurant']));
    expect(report.outcome).toMatchObject({ truePositive: 0, falsePositive: 1, falseNegative: 1, trueNegative: 0 });
    expect(outcomeAccuracy(report)).toBe(0);
    const right = scoreDetection([it1, plain], marking({}, ['VPN']));
    expect(outcomeAccuracy(right)).toBe(100);
  });
});
