import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_NOTES, MIN_SHOWN, QUIET_BUDGET, countWords, quietLimit, rankFindings } from '../../../../lexicon/analyze/rank.ts';
import { analyze, type CheckId, type Finding } from '../../../../lexicon/index.ts';
import { WALKTHROUGH_MESSAGE as UPDATE } from '../../../fixtures/walkthrough-message.ts';

let next = 0;
function finding(check: CheckId, start: number, end: number, extra: Partial<Finding> = {}): Finding {
  return {
    id: `${check}:${next++}`,
    start,
    end,
    text: extra.text ?? 'x'.repeat(end - start),
    check,
    severity: extra.severity ?? 'medium',
    message: '',
    suggestions: [],
    ...extra,
  };
}

const texts = (fs: readonly Finding[]) => fs.map((f) => f.text);

describe('rankFindings: quiet by default', () => {
  it('shows everything in picky mode', () => {
    const all = [finding('jargon', 0, 3, { entryId: 'a' }), finding('jargon', 10, 13, { entryId: 'a' })];
    expect(rankFindings(all, { audience: 'executive', picky: true, words: 5 })).toEqual({ shown: all, held: [] });
  });

  it('marks a term at its first use only', () => {
    const first = finding('jargon', 0, 3, { entryId: 'vpn', text: 'VPN' });
    const again = finding('jargon', 20, 23, { entryId: 'vpn', text: 'VPN' });
    const other = finding('acronym', 30, 33, { text: 'ERP' });
    const otherAgain = finding('acronym', 40, 43, { text: 'ERP' });
    const { shown, held } = rankFindings([first, again, other, otherAgain], { audience: 'executive', words: 200 });
    expect(shown).toEqual([first, other]);
    expect(held).toEqual([again, otherAgain]);
  });

  it('always shows a note about the whole message, beyond the budget', () => {
    const terms = Array.from({ length: 10 }, (_, i) => finding('jargon', i * 10, i * 10 + 3, { entryId: `t${i}` }));
    const whole = finding('feature-talk', 0, 100, { wholeMessage: true });
    const { shown } = rankFindings([...terms, whole], { audience: 'executive', words: 20 });
    expect(shown).toContain(whole);
    expect(shown.filter((f) => !f.wholeMessage)).toHaveLength(MIN_SHOWN);
  });

  it('keeps to the audience’s budget per 100 words, highest severity first, in text order', () => {
    const low = Array.from({ length: 6 }, (_, i) => finding('jargon', i * 10, i * 10 + 3, { entryId: `low${i}`, severity: 'low' }));
    const high = Array.from({ length: 6 }, (_, i) =>
      finding('jargon', 100 + i * 10, 103 + i * 10, { entryId: `high${i}`, severity: 'high' }),
    );
    const all = [...low, ...high];
    const words = 100;
    const { shown, held } = rankFindings(all, { audience: 'executive', words });
    expect(shown).toHaveLength(QUIET_BUDGET.executive);
    expect(shown.every((f) => f.severity === 'high')).toBe(true);
    expect(shown).toEqual(high.slice(0, QUIET_BUDGET.executive));
    expect([...shown, ...held].sort((a, b) => a.start - b.start)).toEqual(all);
    // The board's budget is smaller.
    expect(rankFindings(all, { audience: 'board', words }).shown).toHaveLength(QUIET_BUDGET.board);
  });

  it('marks feature-talk on the sentences that name the most terms, at most two', () => {
    const sentences = [0, 100, 200, 300].map((start) => finding('feature-talk', start, start + 90));
    // Sentence 3 holds three terms, sentence 1 two, the others none.
    const terms = [
      finding('jargon', 210, 213, { entryId: 'a', severity: 'low' }),
      finding('jargon', 220, 223, { entryId: 'b', severity: 'low' }),
      finding('jargon', 230, 233, { entryId: 'c', severity: 'low' }),
      finding('jargon', 110, 113, { entryId: 'd', severity: 'low' }),
      finding('jargon', 120, 123, { entryId: 'e', severity: 'low' }),
    ];
    const all = [...sentences, ...terms].sort((a, b) => a.start - b.start);
    const { shown } = rankFindings(all, { audience: 'executive', words: 1000 });
    const shownSentences = shown.filter((f) => f.check === 'feature-talk');
    expect(shownSentences).toHaveLength(MAX_SENTENCE_NOTES);
    expect(shownSentences).toEqual([sentences[1], sentences[2]]);
    // Beside a note that the whole message states no outcome, one sentence is enough.
    const whole = finding('feature-talk', 0, 390, { wholeMessage: true });
    const withNote = rankFindings([...all, whole], { audience: 'executive', words: 1000 }).shown;
    expect(withNote.filter((f) => f.check === 'feature-talk' && !f.wholeMessage)).toEqual([sentences[2]]);
  });

  it('ranks for the reader: staff hear “we’re swamped” before an executive does', () => {
    const undermining = finding('undermining', 0, 4, { text: 'just', severity: 'medium' });
    const discouraging = finding('discouraging', 10, 23, { text: 'we’re swamped', severity: 'medium' });
    const fillers = [1, 2].map((i) => finding('jargon', 30 + i * 10, 33 + i * 10, { entryId: `f${i}`, severity: 'medium' }));
    const all = [undermining, discouraging, ...fillers];
    const forStaff = rankFindings(all, { audience: 'staff', words: 10 }).shown;
    const forExecutives = rankFindings(all, { audience: 'executive', words: 10 }).shown;
    expect(forStaff).toContain(discouraging);
    expect(forStaff).not.toContain(undermining);
    expect(forExecutives).toContain(undermining);
    expect(forExecutives).not.toContain(discouraging);
  });

  it('counts words for the budget when the caller has no count', () => {
    expect(countWords("We're moving e-mail to the cloud, 2 weeks early.")).toBe(9);
    expect(quietLimit('executive', 0)).toBe(MIN_SHOWN);
    expect(quietLimit('executive', 250)).toBe(10);
  });

  it('quietens the 126-word update to executives to the few marks that matter most', () => {
    const { findings, score } = analyze(UPDATE, { audience: 'executive' });
    const { shown, held } = rankFindings(findings, { audience: 'executive', text: UPDATE });
    const marks = shown.filter((f) => !f.wholeMessage);
    expect(findings.length).toBeGreaterThan(20);
    expect(marks.length).toBeLessThanOrEqual(quietLimit('executive', countWords(UPDATE)));
    expect(marks.length).toBeGreaterThanOrEqual(MIN_SHOWN);
    // What stays is what an executive stumbles on most; repeats and nitpicks wait for "show all".
    expect(marks.every((f) => f.severity !== 'low')).toBe(true);
    expect(held.length).toBe(findings.length - shown.length);
    expect(score.value).toBeGreaterThanOrEqual(0);
    expect(texts(marks)).toContain('MFA');
  });
});
