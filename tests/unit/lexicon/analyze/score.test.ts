import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../../lexicon/analyze/analyzer.ts';
import { computeScore } from '../../../../lexicon/analyze/score.ts';
import { fixtureConfig } from '../fixture-lexicon.ts';

const score = (text: string) => analyzeMessage(text, fixtureConfig()).score;

describe('business-readiness score', () => {
  it('is 100 for plain text that states outcomes', () => {
    const s = score(
      'The new payroll screens are live, so staff can check their payslips from home. This saves the finance team an hour a week.',
    );
    expect(s.value).toBe(100);
    expect(s.summary).toMatch(/Nothing lowers the score/);
    expect(s.parts.map((p) => p.id)).toEqual(['jargon-density', 'outcome', 'acronyms', 'sentence-length', 'wording']);
  });

  it('drops with jargon density and says so', () => {
    const s = score('We patched the DNS server and the VPN load balancer behind Active Directory.');
    const jargon = s.parts.find((p) => p.id === 'jargon-density')!;
    expect(jargon.penalty).toBeGreaterThan(20);
    expect(s.summary).toMatch(/^Jargon lowers the score most/);
    expect(s.value).toBeLessThan(70);
  });

  it('takes the most off for a message that reports work and never states an outcome', () => {
    const s = score(
      'Hello team.\nWe migrated the mailboxes on Friday night.\nWe upgraded the printers on Saturday morning.\nWe moved the old files on Sunday afternoon.',
    );
    expect(s.parts.find((p) => p.id === 'outcome')!.penalty).toBe(25);
    expect(s.summary).toMatch(/^Outcome stated lowers the score most/);
  });

  it('counts unexplained acronyms, long sentences and wording', () => {
    const long = `We ${'carefully and thoroughly '.repeat(15)}checked it.`;
    const s = score(`The ZTNA and SIEM pilots start. ${long} Just hopefully fine.`);
    expect(s.parts.find((p) => p.id === 'acronyms')!.penalty).toBe(10);
    expect(s.parts.find((p) => p.id === 'sentence-length')!.penalty).toBeGreaterThan(0);
    expect(s.parts.find((p) => p.id === 'wording')!.penalty).toBe(6);
  });

  it('says there is nothing to score for an empty message', () => {
    expect(computeScore({ words: 0, sentenceLengths: [], findings: [], outcome: null })).toEqual(
      expect.objectContaining({ value: 100, summary: 'Nothing to score yet.' }),
    );
  });
});
