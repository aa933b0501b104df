import { describe, expect, it } from 'vitest';
import { checkSentenceQuality } from '../../../../lexicon/rewrite/quality.ts';
import { capitalizeFirst, ensureFinalPunctuation, repairSentence } from '../../../../lexicon/rewrite/repair.ts';

describe('checkSentenceQuality', () => {
  it.each([
    'We moved our email to the cloud.',
    'An hour later, a user reported an MFA prompt.',
    'Did the backup run?',
    'iPhones now get updates automatically!',
    '40 laptops were updated (all of them).',
    'He said that that was fine.',
  ])('passes a good sentence: %s', (s) => {
    expect(checkSentenceQuality(s)).toEqual([]);
  });

  it.each([
    ['we moved it.', 'does not start with a capital'],
    ['We moved it', 'has no final punctuation'],
    ['We added a extra check.', '"a" before "extra"'],
    ['We added an second check.', '"an" before "second"'],
    ['We moved the the files.', 'doubled word "the"'],
    ['We moved the our files.', 'two determiners "the our"'],
    ['We moved  it.', 'has a double space'],
    ['We moved it , then left.', 'has a space before punctuation'],
    ['We moved it,, then left.', 'has doubled punctuation'],
    ['We moved it (today.', 'has unbalanced brackets'],
    ['   ', 'the sentence is empty'],
  ])('flags %j', (s, problem) => {
    expect(checkSentenceQuality(s)).toContain(problem);
  });
});

describe('repairSentence', () => {
  it.each([
    ['we enabled a MFA prompt', 'We enabled an MFA prompt.'],
    ['The our email system moved .', 'Our email system moved.'],
    ['We added a a second check', 'We added a second check.'],
    ['the email email server is back!', 'The email server is back!'],
    ['It is an secure link,', 'It is a secure link.'],
    ['an hour and a half', 'An hour and a half.'],
  ])('%j → %j', (input, expected) => {
    const repaired = repairSentence(input);
    expect(repaired).toBe(expected);
    expect(checkSentenceQuality(repaired)).toEqual([]);
  });

  it('keeps brands and existing punctuation', () => {
    expect(capitalizeFirst('iPhone users are fine.')).toBe('iPhone users are fine.');
    expect(ensureFinalPunctuation('Done?')).toBe('Done?');
    expect(ensureFinalPunctuation('He said "done."')).toBe('He said "done."');
  });
});
