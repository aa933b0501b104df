import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gapClass,
  hashWord,
  normalizePhrase,
  SHAPE_CAPITAL,
  SHAPE_DIGIT,
  SHAPE_INNER_CAPITAL,
  SHAPE_LOWER,
  SHAPE_OTHER,
  tokenize,
  tokenizeHashed,
} from '../../../../lexicon/match/tokenize.ts';

describe('tokenizer', () => {
  it('cuts words, keeps offsets, and leaves joints in the gaps', () => {
    const text = "We're on the load-balancer (Node.js) — café 2024!";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['We', 're', 'on', 'the', 'load', 'balancer', 'Node', 'js', 'café', '2024']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens[0]!.lower).toBe('we');
  });

  it('handles scripts without spaces, RTL text, combining marks and emoji', () => {
    expect(tokenize('مرحبا بالعالم').map((t) => t.text)).toEqual(['مرحبا', 'بالعالم']);
    expect(tokenize('e\u0301te\u0301').map((t) => t.text)).toEqual(['e\u0301te\u0301']);
    expect(tokenize('👍🏽👍🏽').length).toBe(0);
    expect(tokenize('a\u200bb').map((t) => t.text)).toEqual(['a', 'b']);
  });

  it('classifies gaps', () => {
    const gap = (s: string) => gapClass(`a${s}b`, 1, 1 + s.length);
    expect(gap(' ')).toBe(' ');
    expect(gap('-')).toBe(' ');
    expect(gap('  ')).toBe(' ');
    expect(gap("'")).toBe("'");
    expect(gap('’')).toBe("'");
    expect(gap('/')).toBe('/');
    expect(gap(' / ')).toBe('/');
    expect(gap('.')).toBe('.');
    expect(gap('. ')).toBeNull();
    expect(gap('\n\n')).toBeNull();
    expect(gap('      ')).toBeNull();
  });

  it('normalizes phrases for allow lists', () => {
    expect(normalizePhrase('Load-Balancer’s')).toBe('load balancer');
    expect(normalizePhrase('  CI / CD ')).toBe('ci/cd');
  });

  it('tokenizes a range only', () => {
    expect(tokenize('one two three', 4, 9).map((t) => t.text)).toEqual(['two', 't']);
  });

  it('cuts exactly where the regex [\\p{L}\\p{M}\\p{N}_]+ does, on any text and range', () => {
    // The tokenizer scans characters for speed; this is the definition it must keep to.
    const byRegex = (text: string, from: number, to: number) => {
      const re = /[\p{L}\p{M}\p{N}_]+/gu;
      re.lastIndex = from;
      const out: Array<{ start: number; end: number; text: string; lower: string }> = [];
      for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
        const word = m.index + m[0].length > to ? m[0].slice(0, to - m.index) : m[0];
        out.push({ start: m.index, end: m.index + word.length, text: word, lower: word.toLowerCase() });
      }
      return out;
    };
    const pieces = [
      'a',
      'Z',
      'é',
      'E\u0301',
      '_',
      '9',
      '٣',
      'İ',
      'ß',
      'Σ',
      '𝐀',
      '𝟙',
      '😀',
      '\ud835',
      '\udc00',
      '\u200b',
      ' ',
      '-',
      "'",
      '.',
      '\n',
      'مر',
      'שלום',
      '中文',
      'ǅ',
    ];
    const textArb = fc.oneof(
      fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join('')),
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
    );
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (text, a, b) => {
        expect(tokenize(text)).toEqual(byRegex(text, 0, text.length));
        // The hashes and shapes taken during the scan are those of the words.
        const hashes: number[] = [];
        const shapes: number[] = [];
        const tokens = tokenizeHashed(text, hashes, shapes);
        expect(tokens).toEqual(byRegex(text, 0, text.length));
        expect(hashes).toEqual(tokens.map((t) => hashWord(t.lower)));
        const shapeOf = (w: string) =>
          (/[0-9]/.test(w) ? SHAPE_DIGIT : 0) |
          (/[A-Z]/.test(w) ? SHAPE_CAPITAL : 0) |
          (/[^a-zA-Z0-9]/.test(w) ? SHAPE_OTHER : 0) |
          (/[a-z]/.test(w) ? SHAPE_LOWER : 0) |
          (/[A-Z]/.test(w.slice(1)) ? SHAPE_INNER_CAPITAL : 0);
        expect(shapes).toEqual(tokens.map((t) => shapeOf(t.text)));
        const from = text.length ? a % (text.length + 1) : 0;
        const to = from + (b % (text.length - from + 1));
        expect(tokenize(text, from, to)).toEqual(byRegex(text, from, to));
      }),
      { numRuns: 5000, seed: 1122 },
    );
  });

  it('classifies any short gap as the plain rules do (character-code fast paths included)', () => {
    // The rules as first written: whitespace with at most one line break joins; one "/", "&" or "+" between
    // spaces is its own joint; other gaps of one or two characters without whitespace are joints; nothing else.
    const HYPHENS = ['-', '\u2010', '\u2011'];
    const APOSTROPHES = ["'", '\u2019', '\u2018', '\u02BC'];
    const byRules = (gap: string): string | null => {
      if (gap.length === 1) {
        if (gap === ' ' || HYPHENS.includes(gap) || gap === '\t' || gap === '\n' || gap === '\u00A0' || gap === '\r') return ' ';
        return APOSTROPHES.includes(gap) ? "'" : gap;
      }
      if (gap.length === 0 || gap.length > 4) return null;
      if (/^[ \t\r\u00a0\n]+$/.test(gap)) return (gap.match(/\n/g)?.length ?? 0) <= 1 ? ' ' : null;
      const trimmed = gap.trim();
      if (trimmed.length === 1 && !HYPHENS.includes(trimmed) && !APOSTROPHES.includes(trimmed) && /[/&+]/.test(trimmed)) return trimmed;
      return gap.length <= 2 && !/\s/.test(gap) ? gap : null;
    };
    const chars = [
      ' ',
      '\t',
      '\n',
      '\r',
      '\v',
      '\f',
      '\u00a0',
      '\u2003',
      ',',
      '.',
      '-',
      "'",
      '’',
      '/',
      '&',
      '+',
      '(',
      ')',
      '…',
      '—',
      ':',
      '#',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 5 }), (parts) => {
        const gap = parts.join('');
        expect(gapClass(`a${gap}b`, 1, 1 + gap.length)).toBe(byRules(gap));
      }),
      { numRuns: 5000, seed: 2611 },
    );
  });
});
