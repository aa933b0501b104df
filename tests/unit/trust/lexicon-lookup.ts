/**
 * A small, independent term finder over the built-in lexicon for the rewrite fuzz: it turns hostile text into
 * the `JargonMatch`es the rewrite engine takes, without depending on the analysis core's matcher (the engine's
 * contract is "any lexicon, any matcher"). Word runs of up to five words joined by a space or hyphen are looked
 * up case-insensitively, longest first, with a plural "s".
 */
import type { LexiconEntry } from '../../../lexicon/schema.ts';
import type { JargonMatch } from '../../../lexicon/rewrite/types.ts';

const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;
const MAX_WORDS = 5;

/** Builds a finder for `entries`; later entries never replace an earlier spelling. */
export function termFinder(entries: readonly LexiconEntry[]): (text: string) => JargonMatch[] {
  const bySpelling = new Map<string, LexiconEntry>();
  const add = (spelling: string, entry: LexiconEntry) => {
    const key = spelling
      .toLowerCase()
      .replace(/[\s-]+/g, ' ')
      .trim();
    if (key && !bySpelling.has(key)) bySpelling.set(key, entry);
  };
  for (const entry of entries) {
    for (const spelling of [entry.term, ...entry.variants]) {
      add(spelling, entry);
      if (!entry.noInflect) add(spelling + 's', entry);
    }
  }
  return (text) => {
    const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const found: JargonMatch[] = [];
    let i = 0;
    while (i < words.length) {
      let hit: JargonMatch | null = null;
      let used = 0;
      for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1 && !hit; n--) {
        let joined = true;
        for (let k = i; k < i + n - 1; k++) {
          if (!/^[ -]$/.test(text.slice(words[k]!.end, words[k + 1]!.start))) joined = false;
        }
        if (!joined) continue;
        const start = words[i]!.start;
        const end = words[i + n - 1]!.end;
        const entry = bySpelling.get(
          text
            .slice(start, end)
            .toLowerCase()
            .replace(/[\s-]+/g, ' '),
        );
        if (entry) {
          hit = { start, end, entry };
          used = n;
        }
      }
      if (hit) {
        found.push(hit);
        i += used;
      } else i++;
    }
    return found;
  };
}
