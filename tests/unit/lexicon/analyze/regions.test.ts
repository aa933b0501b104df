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

/** Median milliseconds of `runs` calls, after one untimed call. */
function medianMs(run: () => unknown, runs = 5): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/**
 * How much dearer each character gets when the runs in a text are `long` rather than `short` characters, at the
 * same total length. A linear scan costs the same per character whatever the runs (ratio about 1); a scan that
 * restarts inside a run costs in proportion to the run (ratio about long / short). This compares two timings of
 * the same machine in the same moment, so it measures the shape of the cost, not its speed.
 */
function costGrowth(make: (run: number) => string, scan: (text: string) => unknown, short: number, long: number): number {
  const a = make(short);
  const b = make(long);
  const ratios: number[] = [];
  for (let i = 0; i < 3; i++) ratios.push(medianMs(() => scan(b)) / b.length / (medianMs(() => scan(a)) / a.length));
  return ratios.sort((x, y) => x - y)[1]!;
}

const repeatTo = (piece: string, chars: number) => piece.repeat(Math.ceil(chars / piece.length));

describe('every scan of the user text is linear', () => {
  it('a run of dots, brackets or quotes at the end of an address-like chunk', () => {
    for (const punctuation of ['.', ')', '"']) {
      const chunks = (run: number) => repeatTo(`http://a${punctuation.repeat(run)}x `, 100_000);
      // Before: each chunk cost run² (a 2,000-dot chunk ~9 ms), so the long runs cost about 8 times as much a character.
      expect(costGrowth(chunks, findInlineSkips, 250, 2000), punctuation).toBeLessThan(3);
    }
  });

  it('a line of spaces under a line that starts like a wrapped Gmail header', () => {
    const lines = (run: number) => repeatTo(`On x\n${' '.repeat(run)}\n`, 100_000);
    // Before: /^\s*.{0,200}wrote:\s*$/ tried every split of the spaces, about run × 200 steps a line.
    expect(costGrowth(lines, layoutMessage, 30, 290)).toBeLessThan(3);
  });

  it('leaves the same trailing punctuation outside an address as the regex did', () => {
    const regex = /[.,;:!?)\]}"'”’>]+$/;
    const pieces = ['.', ')', ']', '}', '"', "'", '”', '’', '>', '!', '?', ',', ';', ':', 'x', '/', '(', '-'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const chunk = `http://a${parts.join('')}`;
        const core = chunk.slice(0, chunk.length - (regex.exec(chunk)?.[0].length ?? 0));
        expect(findInlineSkips(`see ${chunk} ok`)).toEqual([{ start: 4, end: 4 + core.length }]);
      }),
      { numRuns: 5000, seed: 1609 },
    );
  });

  it('finds the same wrapped Gmail headers as the regex did', () => {
    const regex = /^\s*.{0,200}wrote:\s*$/;
    const pieces = [' ', '\t', '\u00a0', '\ufeff', '\u2028', '\u3000', 'wrote:', 'wrote', ':', 'x', 'a'.repeat(60), '\u200b'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const next = parts.join('');
        const text = `Thanks!\n\nOn Mon, 3 Jun 2024, Sam Smith\n${next}`;
        expect(unitsOf(text).length === 1, JSON.stringify(next)).toBe(regex.test(next.slice(0, 300)));
      }),
      { numRuns: 5000, seed: 1610 },
    );
  });
});
