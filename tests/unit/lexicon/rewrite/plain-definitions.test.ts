/**
 * Plain wording around definitions and clause words (issue #15, item 4), in sentences written for these tests:
 * an acronym defined in brackets right after its words stays as written, and "that" after "ensure" opens a clause,
 * so a countable phrase after it still takes its article.
 */
import { describe, expect, it } from 'vitest';
import { rewriteText } from '../../../../lexicon/rewrite/with-lexicon.ts';

const plainOf = (text: string) => rewriteText(text, { audience: 'staff' }).plain;

describe('an acronym defined in brackets after its own words', () => {
  it('stays as written, whichever entry the words belong to', () => {
    expect(plainOf('We will share the Root Cause Analysis (RCA) document next week.') ?? '').not.toMatch(/\((?!RCA\))/);
  });

  it('is still replaced where it stands alone', () => {
    expect(plainOf('We will share the RCA with every customer next week.')).not.toContain('RCA');
  });
});

describe('"that" opening a clause is no determiner', () => {
  it.each([
    ['Please check that email migration has finished before you log in.', /that the email move/],
    ['We made sure that email migration would not stop any team.', /that the email move/],
  ])('%s', (sentence, expected) => {
    expect(plainOf(sentence)).toMatch(expected);
  });

  it('"that" before a noun is still one', () => {
    expect(plainOf('That email migration finished early last night.')).not.toMatch(/That the/);
  });
});
