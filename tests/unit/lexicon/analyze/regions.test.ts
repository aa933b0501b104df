import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findInlineSkips, layoutMessage, maskRanges, MAX_UNIT_CHARS, mayHoldAnchor } from '../../../../lexicon/analyze/regions.ts';

const unitsOf = (text: string) => layoutMessage(text).units.map((u) => text.slice(u.start, u.end));

describe("what is the user's new text", () => {
  it('splits paragraphs at blank lines and list items', () => {
    expect(unitsOf('Hi team,\nthe update.\n\nSecond para.\n- item one\n- item two')).toEqual([
      'Hi team,\nthe update.',
      'Second para.',
      '- item one',
      '- item two',
    ]);
  });

  it('skips quoted lines', () => {
    expect(unitsOf('My reply.\n> their text\n> more\nAfter.')).toEqual(['My reply.', 'After.']);
  });

  it.each([
    ['Gmail', 'Thanks!\n\nOn Mon, 3 Jun 2024 at 10:02, Sam Smith <sam@example.com> wrote:\nold text\nmore old'],
    ['Gmail, wrapped header', 'Thanks!\n\nOn Mon, 3 Jun 2024 at 10:02, Sam Smith <sam@example.com>\nwrote:\nold text'],
    ['Outlook', 'Thanks!\n\n________________________________\nFrom: Sam Smith\nSent: Monday\nTo: Team\nSubject: Old\nold text'],
    ['Outlook without a rule', 'Thanks!\n\nFrom: Sam Smith <sam@example.com>\nSent: Monday, 3 June 2024 10:02\nold text'],
    ['original message', 'Thanks!\n-----Original Message-----\nold text'],
    ['forwarded', 'Thanks!\n---------- Forwarded message ---------\nFrom: x\nold text'],
    ['signature', 'Thanks!\n-- \nSam Smith\nHead of IT, server team'],
  ])('stops at a %s header and skips everything after it', (_name, text) => {
    expect(unitsOf(text)).toEqual(['Thanks!']);
    const { skipped } = layoutMessage(text);
    expect(skipped[skipped.length - 1]!.end).toBe(text.length);
  });

  it('skips fenced code blocks', () => {
    expect(unitsOf('Run this:\n```\nkubectl get pods\n```\nDone.')).toEqual(['Run this:', 'Done.']);
  });

  it('keeps a sentence that merely starts with "On"', () => {
    expect(unitsOf('On Monday we wrote the plan.')).toEqual(['On Monday we wrote the plan.']);
  });

  it('cuts very long paragraphs at sentence ends, keeping every character', () => {
    const sentence = 'We moved the files to the new shared drive. ';
    const text = sentence.repeat(500);
    const units = layoutMessage(text).units;
    expect(units.length).toBeGreaterThan(1);
    for (const u of units) expect(u.end - u.start).toBeLessThanOrEqual(MAX_UNIT_CHARS);
    expect(units.map((u) => text.slice(u.start, u.end)).join('')).toBe(text);
    for (const u of units.slice(0, -1)) expect(text.slice(u.end - 2, u.end)).toBe('. ');
  });

  it('masks URLs, addresses, domains and code in a paragraph without moving offsets', () => {
    const text =
      'See https://x.example.com/a?b=1, www.acme.org, acme.com/pricing or mail sam@acme.com; run `server restart`. Keep db01.corp.local.';
    const masked = maskRanges(text, findInlineSkips(text));
    expect(masked.length).toBe(text.length);
    expect(masked).not.toContain('https');
    expect(masked).not.toContain('acme');
    expect(masked).not.toContain('server restart');
    expect(masked).toContain('db01.corp.local');
    expect(masked.trimEnd().endsWith('.')).toBe(true);
  });
});

describe('the quick test before looking for addresses and code', () => {
  it('never rules out a paragraph in which the address anchor can match', () => {
    // The anchor findInlineSkips looks for; the quick test may say yes too often, never too rarely.
    const anchor = /:\/\/|\bwww\.|\bmailto:|@|\.[a-z]{2}/i;
    const pieces = ['www', 'WwW', '.', '..', 'a', 'Z', 'ab', 'é', 'ſ', 'K', ':', '//', '@', 'mailto', ' ', '\n', 'x.y', '1', '-', '`'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        if (anchor.test(text)) expect(mayHoldAnchor(text)).toBe(true);
      }),
      { numRuns: 20000, seed: 2211 },
    );
    expect(mayHoldAnchor('We patched the servers. Thanks to everyone.')).toBe(false);
  });
});
