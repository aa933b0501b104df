import { describe, expect, test } from 'vitest';
import { sentenceAround } from '../../../compose/text/sentence-span.ts';

function sentenceOf(text: string, word: string) {
  const start = text.indexOf(word);
  const span = sentenceAround(text, start, start + word.length);
  return text.slice(span.start, span.end);
}

describe('sentenceAround', () => {
  test.each([
    ['Hi all. We patched the VPN last night. Thanks!', 'VPN', 'We patched the VPN last night.'],
    ['We patched the VPN', 'VPN', 'We patched the VPN'],
    ['Hello team,\nThe SSO portal is back.\nBest', 'SSO', 'The SSO portal is back.'],
    ['Note: e.g. the DNS is fine. Next one.', 'DNS', 'Note: e.g. the DNS is fine.'],
    ['Did the VPN drop? Try again.', 'VPN', 'Did the VPN drop?'],
    ['He said "the VPN is up." Then left.', 'VPN', 'He said "the VPN is up."'],
    ['Call J. Smith about the DNS change. Thanks.', 'DNS', 'Call J. Smith about the DNS change.'],
  ])('%s', (text, word, expected) => {
    expect(sentenceOf(text, word)).toBe(expected);
  });

  test('a text with no punctuation stays bounded', () => {
    const text = 'word '.repeat(100_000) + 'VPN ' + 'word '.repeat(100_000);
    const started = performance.now();
    const span = sentenceAround(text, 500_000, 500_003);
    expect(performance.now() - started).toBeLessThan(200);
    expect(span.end - span.start).toBeLessThanOrEqual(4_003 + 10);
  });
});
