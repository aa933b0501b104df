/**
 * The per-site switch compares the page's URL with match patterns from the user's settings and from the
 * organisation's policy, on every settings change. A pattern is data from outside (a policy can hold any
 * string), so no pattern may cost more than a scan of the URL: the review found that "*" became ".*" in a
 * regular expression, and a pattern with a handful of stars backtracked for seconds on a Gmail-length URL.
 */
import { describe, expect, it } from 'vitest';
import { urlMatchesPattern } from '../../../extension/site-match.ts';

const GMAIL = 'https://mail.google.com/';

/** Median milliseconds of a few calls, after one untimed call. */
function medianMs(run: () => unknown): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    for (let k = 0; k < 20; k++) run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[2]!;
}

describe('a match pattern with many stars', () => {
  it('costs a scan of the URL: four times the URL costs about four times as much, not 4³ times', () => {
    const pattern = `${GMAIL}${'*a'.repeat(3)}*b`;
    const url = (n: number) => `${GMAIL}${'a'.repeat(n)}`;
    // The regex .*a.*a.*a.*b tried every way to place the a's: with four stars, 37 ms at 50 characters, 19 s at 200.
    const growth = medianMs(() => urlMatchesPattern(url(160), pattern)) / medianMs(() => urlMatchesPattern(url(40), pattern));
    expect(growth).toBeLessThan(16);
  });

  it('answers at once for hundreds of stars on a long URL', () => {
    const url = `${GMAIL}mail/u/0/${'a'.repeat(2_000)}#inbox`;
    expect(urlMatchesPattern(url, `${GMAIL}${'*a'.repeat(300)}*b`)).toBe(false);
    expect(urlMatchesPattern(url, `${GMAIL}${'*a'.repeat(300)}*`)).toBe(true);
    expect(urlMatchesPattern(url, `${GMAIL}${'*'.repeat(5_000)}`)).toBe(true);
  });
});

describe('what a pattern matches (Chrome match-pattern semantics for the path)', () => {
  it.each<[string, string, boolean]>([
    ['https://mail.google.com/mail/u/0/#inbox', 'https://mail.google.com/*', true],
    ['https://mail.google.com/mail/u/0/', 'https://mail.google.com/mail/*', true],
    ['https://mail.google.com/chat/', 'https://mail.google.com/mail/*', false],
    ['https://mail.google.com/mail/u/0/', 'https://mail.google.com/mail/u/0/', true],
    ['https://mail.google.com/mail/u/0/x', 'https://mail.google.com/mail/u/0/', false],
    ['https://mail.google.com/a/b/c', 'https://mail.google.com/*/b/*', true],
    ['https://mail.google.com/a/c/b', 'https://mail.google.com/*/b/*', false],
    ['https://mail.google.com/ab', 'https://mail.google.com/*a*b', true],
    ['https://mail.google.com/aba', 'https://mail.google.com/*a*b', false],
    ['https://mail.google.com/abab', 'https://mail.google.com/*ab*ab', true],
    ['https://mail.google.com/ab', 'https://mail.google.com/*ab*ab', false],
    ['https://mail.google.com/x?q=1', 'https://mail.google.com/x?q=*', true],
    ['https://mail.google.com/x.y', 'https://mail.google.com/x.y', true],
    ['https://mail.google.com/xzy', 'https://mail.google.com/x.y', false],
    ['https://mail.google.com/(a)', 'https://mail.google.com/(*)', true],
  ])('%s against %s', (url, pattern, expected) => {
    expect(urlMatchesPattern(url, pattern)).toBe(expected);
  });
});
