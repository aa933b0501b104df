import { describe, expect, it } from 'vitest';
import { gapClass, normalizePhrase, tokenize } from '../../../lexicon/tokenize.ts';

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
});
