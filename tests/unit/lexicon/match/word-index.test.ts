/**
 * The shared word index (lexicon/match/word-index.ts): one lookup per token serves the lexicon and every check's
 * lists. Lists that register late, and lists that share a bit, must still find exactly their own phrases.
 */
import { describe, expect, it } from 'vitest';
import { analyze, builtInLexicon } from '../../../../lexicon/index.ts';
import { createWordingCheck } from '../../../../lexicon/checks/wording.ts';
import { compilePhraseList } from '../../../../lexicon/match/trie.ts';
import { LATER_TERM } from '../../../../lexicon/match/word-index.ts';
import { prepareUnit } from '../../../../lexicon/analyze/unit.ts';

const context = { lexicon: builtInLexicon(), audience: 'executive' as const };

describe('word index', () => {
  it('finds the phrases of a list compiled after the index was first built', () => {
    analyze('We migrated the server, so staff can sign in.'); // builds the built-in lexicon's index
    const check = createWordingCheck({
      id: 'us-them',
      principle: 'p',
      phrases: [{ pattern: 'zebra crossing', advice: 'Say it plainly.' }],
    });
    const findings = check.inUnit(prepareUnit('Mind the zebra crossing, and the zebra.', builtInLexicon()), context).findings;
    expect(findings.map((f) => [f.start, f.end])).toEqual([[9, 23]]);
  });

  it('keeps lists apart when more lists than bits exist (bits are shared, lookups are not)', () => {
    const words = Array.from({ length: 40 }, (_, i) => `qz${i.toString(36)}word`);
    const lists = words.map((word) => compilePhraseList([{ pattern: `${word} phrase`, value: word }]));
    const text = words.map((w) => `${w} phrase`).join(' and ');
    const unit = prepareUnit(text, builtInLexicon());
    // "phrase" carries every list's later-word bit, so each walk goes on through it.
    for (const list of lists) expect((unit.info[1]?.flags ?? 0) & list.laterBit).toBe(list.laterBit);
    lists.forEach((list, i) => {
      const hits = list.findIn(unit);
      expect(hits.map((h) => h.value)).toEqual([words[i]]);
      expect(list.find(unit.masked, unit.tokens).map((h) => h.value)).toEqual([words[i]]);
    });
  });

  it('gives each token the lexicon node its word starts, and nothing to words no list knows', () => {
    const unit = prepareUnit('Our load balancer and the zzyzx box.', builtInLexicon());
    const at = (word: string) => unit.info[unit.tokens.findIndex((t) => t.lower === word)];
    expect(at('load')?.term).toBeDefined();
    // "balancer" only ever follows another word: walks may go on through it, but nothing starts there.
    expect(at('balancer')?.term).toBeUndefined();
    expect((at('balancer')?.later ?? 0) & LATER_TERM).toBe(LATER_TERM);
    expect(at('zzyzx')).toBeUndefined();
    expect(unit.terms.map((t) => t.text)).toContain('load balancer');
  });
});
