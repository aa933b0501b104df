/**
 * A suggestion fitted to the text it goes into: rows that must be adjusted (and how the message then reads), rows
 * that must be refused, the check of the joins after, and a property: the edit never reaches beyond the words it
 * replaces except over a space, a comma, an article or the next word's capital.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitReplacement, fitSentenceInsertion, joinProblems } from '../../../../lexicon/fix/index.ts';
import { messageSentences } from '../../../../lexicon/index.ts';
import { canModify } from '../../../../lexicon/fix/words.ts';

/** Applies the fitted edit of `replacement` over the first `words` of `text`; the message as it then reads, or the refusal. */
function apply(text: string, words: string, replacement: string): string {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  const fit = fitReplacement(text, start, start + words.length, replacement);
  return fit.ok ? text.slice(0, fit.start) + fit.text + text.slice(fit.end) : `REFUSED ${fit.reason}`;
}

describe('fitReplacement adjusts', () => {
  it.each([
    // Removals take the comma or space they would strand, and a sentence start keeps its capital.
    ['Hopefully, we will finish on Friday.', 'Hopefully', '', 'We will finish on Friday.'],
    ['We will finish on Friday, hopefully.', 'hopefully', '', 'We will finish on Friday.'],
    ['We will, hopefully, finish on Friday.', 'hopefully', '', 'We will finish on Friday.'],
    ['It was a small fix and hopefully done.', 'hopefully', '', 'It was a small fix and done.'],
    ['Thanks. Hopefully we can close it.', 'Hopefully', '', 'Thanks. We can close it.'],
    ['We fixed it hopefully.', 'hopefully', '', 'We fixed it.'],
    ['We patched it . Done.', 'it', '', 'We patched. Done.'],
    ['Hopefully. We will finish on Friday.', 'Hopefully', '', 'We will finish on Friday.'],
    // A capital where the words start a sentence; none for a plain "The" mid-sentence.
    ['VPN is back.', 'VPN', 'the office connection', 'The office connection is back.'],
    ['Done. VPN is back.', 'VPN', 'the office connection', 'Done. The office connection is back.'],
    ['The team fixed the VPN today.', 'VPN', 'The office connection', 'The team fixed the office connection today.'],
    // "a"/"an" agrees with the first word it now stands before.
    ['Staff get an MFA prompt.', 'MFA', 'a second sign-in check', 'Staff get a second sign-in check prompt.'],
    ['Staff get an MFA prompt.', 'an MFA', 'a second sign-in check', 'Staff get a second sign-in check prompt.'],
    ['An SSO login works.', 'SSO', 'single sign-on', 'A single sign-on login works.'],
    ['We need a SLA for this.', 'SLA', 'agreed service level', 'We need an agreed service level for this.'],
    // No article twice, no word twice at a join.
    ['We restarted the VPN today.', 'VPN', 'the office connection', 'We restarted the office connection today.'],
    ['Please talk to IT to reset it.', 'IT', 'to the service desk', 'Please talk to the service desk to reset it.'],
    // Spaces: none doubled, none missing.
    ['We patched the VPN today.', 'VPN', '  the office connection ', 'We patched the office connection today.'],
    ['Ask about SSO.', 'SSO', 'single sign-on', 'Ask about single sign-on.'],
    // A whole sentence: its own full stop where the text has one already.
    [
      'Hi. We patched the VPN. Thanks.',
      'We patched the VPN',
      'We patched the office connection.',
      'Hi. We patched the office connection. Thanks.',
    ],
    // A short plain phrase may describe the noun after it.
    ['Get the SSO token now.', 'SSO', 'single sign-on', 'Get the single sign-on token now.'],
    ['Our users love it.', 'users', 'colleagues', 'Our colleagues love it.'],
    [
      'The DNS propagation is slow.',
      'DNS propagation',
      'time for an address change to spread',
      'The time for an address change to spread is slow.',
    ],
  ])('%j: %j → %j reads %j', (text, words, replacement, expected) => {
    expect(apply(text, words, replacement)).toBe(expected);
  });
});

describe('fitReplacement refuses', () => {
  it.each([
    // The term describes the noun after it; a long phrase, a preposition or an -ing word cannot.
    ['Sorry, the DNS propagation issue is fixed.', 'DNS propagation', 'an address change spreading across the internet', 'issue'],
    ['The DNS server restarted.', 'DNS', 'the system that turns names into addresses', 'server'],
    ['Open the VPN client first.', 'VPN', 'secure connection to the office network', 'client'],
    // Words that would leave the text broken at a join.
    ['We fixed the VPN.', 'VPN', 'office connection,', '",."'],
  ])('%j: %j → %j', (text, words, replacement, reason) => {
    const result = apply(text, words, replacement);
    expect(result).toMatch(/^REFUSED /);
    expect(result).toContain(reason);
  });

  it('refuses offsets that do not fit the text', () => {
    expect(fitReplacement('short', 3, 10, 'x').ok).toBe(false);
    expect(fitReplacement('short', 4, 2, 'x').ok).toBe(false);
  });
});

describe('joinProblems', () => {
  it.each([
    ['two spaces', 'We patched  it.', 11, 11],
    ['no space after', 'See the intranet.We also moved it.', 17, 17],
    ['twice', 'We patched the the VPN.', 11, 14],
    ['"a office"', 'We got a office.', 7, 8],
    ['lower case', 'Done. the rest is fine.', 6, 9],
    ['starts with ","', 'Done. , we fixed it.', 6, 6],
    ['space before', 'We fixed it .', 12, 12],
    ['",."', 'We fixed it,.', 12, 12],
  ])('finds %s', (problem, text, start, end) => {
    expect(joinProblems(text, start, end).join('; ')).toContain(problem.replace(/^"|"$/g, ''));
  });

  it('finds nothing at clean joins', () => {
    expect(joinProblems('We patched the office connection today.', 15, 32)).toEqual([]);
    expect(joinProblems('Hi. We fixed it. Thanks.', 4, 16)).toEqual([]);
    expect(joinProblems('Use v2.1 now.', 4, 8)).toEqual([]);
  });
});

describe('fitSentenceInsertion', () => {
  const insert = (text: string, offset: number, sentence: string) => {
    const fit = fitSentenceInsertion(text, offset, sentence, messageSentences(text));
    return fit.ok ? text.slice(0, fit.start) + fit.text + text.slice(fit.end) : `REFUSED ${fit.reason}`;
  };

  it.each([
    // Right after a full stop: a space before, and one after where a word follows.
    [
      'The guide is on the intranet. We also moved it.',
      'The guide is on the intranet.'.length,
      'Staff can find it.',
      'The guide is on the intranet. Staff can find it. We also moved it.',
    ],
    [
      'The guide is on the intranet. We also moved it.',
      'The guide is on the intranet. '.length,
      'Staff can find it.',
      'The guide is on the intranet. Staff can find it. We also moved it.',
    ],
    [
      'The guide is on the intranet. We also moved it.',
      'The guide is on the intranet.'.length,
      'staff can find it',
      'The guide is on the intranet. Staff can find it. We also moved it.',
    ],
    // Inside a sentence: at its end, never in the middle of it.
    [
      'We patched the VPN last night. Thanks.',
      8,
      'Staff can work from home again.',
      'We patched the VPN last night. Staff can work from home again. Thanks.',
    ],
    ['', 0, 'Staff can work from home again.', 'Staff can work from home again.'],
  ])('%j at %i, %j → %j', (text, offset, sentence, expected) => {
    expect(insert(text, offset, sentence)).toBe(expected);
  });
});

describe('the fitted edit', () => {
  const words = [
    'we',
    'patched',
    'the',
    'VPN',
    'an',
    'a',
    'hopefully',
    'Hopefully',
    'issue',
    'server',
    'staff',
    'today',
    'MFA',
    'the office',
    'it',
  ];
  const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', ', ', '. ', '  ', '.\n'));
  it('reaches beyond the replaced words only over spaces, punctuation, an article or a capital, and reads cleanly at its joins', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 14 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('', 'the office connection', 'a second check', 'colleagues', 'Single sign-on'),
        (parts, a, b, replacement) => {
          const text = parts.join('');
          const start = a % (text.length + 1);
          const end = start + (b % (text.length - start + 1));
          const fit = fitReplacement(text, start, end, replacement);
          if (!fit.ok) return;
          expect(fit.start).toBeLessThanOrEqual(start);
          expect(fit.end).toBeGreaterThanOrEqual(end);
          const reachedBefore = text.slice(fit.start, start);
          const reachedAfter = text.slice(end, fit.end);
          expect(reachedBefore).toMatch(/^(?:[\s,]*|an?\s+)$/i);
          // After: spaces and punctuation, or (for a removal at a sentence's start) the next word, which keeps its letters.
          if (!/^[\s,;:.!?…)]*$/.test(reachedAfter)) {
            expect(fit.text.toLowerCase()).toBe(reachedAfter.replace(/^[\s,;:.!?…]*/, '').toLowerCase());
          }
          const result = text.slice(0, fit.start) + fit.text + text.slice(fit.end);
          const before = new Set(joinProblems(text, start, end));
          expect(joinProblems(result, fit.start, fit.start + fit.text.length).filter((p) => !before.has(p))).toEqual([]);
        },
      ),
      { numRuns: 3000, seed: 19 },
    );
  });
});

describe('canModify (shared by the card fit and the rewrite engine)', () => {
  it.each(['secure remote connection', 'second sign-in check', 'security barrier'])('lets "%s" stand before a noun', (phrase) => {
    expect(canModify(phrase)).toBe(true);
  });

  it.each([
    'connection point between systems', // a preposition: "a connection point between systems failure"
    'link between systems',
    'computer that runs a shared service',
    'checking the site from outside', // an -ing word and a preposition
    'one big shared office network map', // too long
  ])('refuses "%s"', (phrase) => {
    expect(canModify(phrase)).toBe(false);
  });
});
