import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../../lexicon/analyze/analyzer.ts';
import { computeScore } from '../../../../lexicon/analyze/score.ts';
import { fixtureConfig } from '../fixture-lexicon.ts';

const score = (text: string, audience: 'board' | 'executive' | 'manager' | 'staff' = 'executive') =>
  analyzeMessage(text, { ...fixtureConfig(), audience }).score;
const part = (s: ReturnType<typeof score>, id: string) => s.parts.find((p) => p.id === id)!;

describe('business-readiness score', () => {
  it('is 100 for plain text that states outcomes', () => {
    const s = score(
      'The new payroll screens are live, so staff can check their payslips from home. This saves the finance team an hour a week.',
    );
    expect(s.value).toBe(100);
    expect(s.summary).toBe('Nothing lowers the score: ready for executives.');
    expect(s.parts.map((p) => p.id)).toEqual(['terms', 'outcome', 'wording', 'sentence-length']);
  });

  it('says in words how many terms are left that the reader may not know, naming them', () => {
    const s = score('We patched the DNS server and the VPN load balancer behind Active Directory.', 'board');
    expect(part(s, 'terms').detail).toBe('6 terms left that the board may not know: patched, DNS, server and 3 more.');
    expect(s.summary).toMatch(/^6 terms left that the board may not know/);
    expect(s.value).toBeLessThan(50);
    expect(score('We patched the VPN.', 'staff').parts[0]!.detail).toBe('2 terms left that staff may not know: patched and VPN.');
  });

  it('counts a term once in what it says, however often it is used', () => {
    const s = score('The VPN is back. The VPN is fast. Use the VPN from home.');
    expect(part(s, 'terms').detail).toBe('1 term left that executives may not know: VPN.');
  });

  it('takes points for sentences that report work and never say what it gives the reader', () => {
    const s = score(
      'Hello team.\nWe migrated the mailboxes on Friday night.\nWe upgraded the printers on Saturday morning.\nWe moved the old files on Sunday afternoon.',
    );
    expect(part(s, 'outcome').penalty).toBeGreaterThan(15);
    expect(part(s, 'outcome').detail).toBe('3 sentences say what was done, not what it gives executives.');
  });

  it('takes points for wording and for sentences over 25 words, and says which', () => {
    const long = `We ${'carefully and thoroughly '.repeat(15)}checked it.`;
    const s = score(`The pilots start today. ${long} Just hopefully fine.`);
    expect(part(s, 'sentence-length').penalty).toBeGreaterThan(0);
    expect(part(s, 'sentence-length').detail).toBe('1 sentence is over 25 words: split it.');
    expect(part(s, 'wording').penalty).toBeGreaterThan(0);
    expect(part(s, 'wording').detail).toBe('2 phrases undersell the work, set IT apart or discourage asking.');
  });

  it('weighs each part per sentence, so a longer message with the same problems scores higher', () => {
    const dense = score('We patched the VPN.');
    const diluted = score('We patched the VPN. The office move went well. Everyone has a desk again. Thank you for your patience.');
    expect(diluted.value).toBeGreaterThan(dense.value);
  });

  it('gives the words it was computed from, for the quiet view’s budget', () => {
    expect(score('We patched the VPN on Friday.').words).toBe(6);
  });

  it('says there is nothing to score for an empty message', () => {
    expect(computeScore({ words: 0, sentenceLengths: [], findings: [], outcome: null })).toEqual(
      expect.objectContaining({ value: 100, summary: 'Nothing to score yet.' }),
    );
  });
});
