/**
 * The rewrite scorer's own checks (tests/eval/rewrites.ts), on sentences written here: which figures a suggestion
 * must keep, and which defects it sees. The corpus is not needed.
 */
import { describe, expect, it } from 'vitest';
import { defectsOf, factsOf, type RewrittenSentence } from '../../eval/rewrites.ts';

const row = (original: string): RewrittenSentence => ({
  id: 'X1',
  start: 0,
  end: original.length,
  audience: 'executive',
  original,
  suggestions: {},
});

describe('factsOf', () => {
  it('keeps figures, times, units and negations', () => {
    expect(factsOf('We will not restart 12 servers at 4:05PM; 10GB over 200 Mbps, 3.5% faster, 25x.')).toEqual([
      '12',
      '4:05',
      '10',
      '200',
      '3.5%',
      '25',
      'not',
    ]);
  });

  it('does not count a digit that is part of a name as a figure', () => {
    expect(factsOf('Turn on 2FA for O365 and B2B accounts.')).toEqual([]);
  });
});

describe('defectsOf', () => {
  it('sees a doubled word and an article clash the original did not have', () => {
    const original = 'We moved the email server to the cloud.';
    expect(defectsOf(row(original), 'plain', 'We moved the email system email service to the online.')).toContain('doubled-word');
    expect(defectsOf(row(original), 'plain', 'We moved a the email system to an cloud.')).toContain('article-clash');
  });

  it('sees a benefit credited to a fault', () => {
    const original = 'The database failed at 02:10.';
    expect(defectsOf(row(original), 'outcome', 'The database failed at 02:10, so that work carries on.')).toContain('benefit-for-fault');
  });

  it('passes a clean plain rewrite', () => {
    const original = 'Please reboot your laptop tonight.';
    expect(defectsOf(row(original), 'plain', 'Please restart your laptop tonight.')).toEqual([]);
  });
});
