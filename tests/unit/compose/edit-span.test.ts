import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { editSpan } from '../../../compose/text/edit-span.ts';

/** The plain character loop the guess must agree with. */
function naive(before: string, after: string) {
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return { prefix, suffix };
}

describe('editSpan finds the changed part of a text', () => {
  test('typing at the end, in the middle and at the start, with the caret as the hint', () => {
    expect(editSpan('the VPN', 'the VPN!', 8)).toEqual({ prefix: 7, suffix: 0 });
    expect(editSpan('the VPN', 'the  VPN', 5)).toEqual({ prefix: 4, suffix: 3 });
    expect(editSpan('the VPN', 'Xthe VPN', 1)).toEqual({ prefix: 0, suffix: 7 });
    expect(editSpan('the VPN', 'the VP', 6)).toEqual({ prefix: 6, suffix: 0 });
  });

  test('a wrong hint gives the same answer', () => {
    expect(editSpan('aaaa', 'aaaaa', 0)).toEqual(naive('aaaa', 'aaaaa'));
    expect(editSpan('abcabc', 'abXabc', 6)).toEqual({ prefix: 2, suffix: 3 });
    expect(editSpan('abc', 'xyz', 99)).toEqual({ prefix: 0, suffix: 0 });
  });

  test('agrees with a plain character loop for any texts and any hint', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '😀'), maxLength: 30 });
    fc.assert(
      fc.property(text, text, fc.integer({ min: -5, max: 40 }), (before, after, hint) => {
        expect(editSpan(before, after, hint)).toEqual(naive(before, after));
      }),
      { numRuns: 2000 },
    );
  });
});
