/**
 * A deliberately simple matcher for the rewrite tests, so they do not depend on the analysis core: each term and
 * variant, with plural and verb endings, longest first, no overlaps, acronyms and case-sensitive entries exact.
 */
import type { LexiconEntry } from '../../../../lexicon/schema.ts';
import type { JargonMatch } from '../../../../lexicon/rewrite/types.ts';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function formsOf(entry: LexiconEntry): { form: string; exact: boolean }[] {
  const out: { form: string; exact: boolean }[] = [];
  for (const base of [entry.term, ...entry.variants]) {
    const exact = entry.caseSensitive || /^[A-Z0-9]{2,}/.test(base);
    out.push({ form: base, exact });
    if (entry.noInflect) continue;
    const words = base.split(' ');
    const last = words[words.length - 1]!;
    const first = words[0]!;
    const rest = words.slice(1).join(' ');
    const plural = /(?:s|sh|ch|x)$/.test(last) ? last + 'es' : last + 's';
    out.push({ form: [...words.slice(0, -1), plural].join(' '), exact });
    if (words.length === 1 || rest) {
      const stem = first.replace(/e$/, '');
      for (const v of [stem + 'ed', stem + 'ing', /(?:s|sh|ch|x)$/.test(first) ? first + 'es' : first + 's'])
        out.push({ form: rest ? `${v} ${rest}` : v, exact });
    }
  }
  return out;
}

/** Finds the fixture's terms in one sentence. */
export function matchFixture(entries: readonly LexiconEntry[], sentence: string): JargonMatch[] {
  const found: JargonMatch[] = [];
  for (const entry of entries) {
    for (const { form, exact } of formsOf(entry)) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(form).replace(/[ -]/g, '[ -]')}(?![\\p{L}\\p{N}])`, exact ? 'gu' : 'giu');
      for (const m of sentence.matchAll(re)) {
        const inException = entry.exceptions.some((x) => sentence.toLowerCase().includes(x.toLowerCase()));
        if (!inException) found.push({ start: m.index, end: m.index + m[0].length, entry });
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: JargonMatch[] = [];
  for (const m of found) if (!kept.length || m.start >= kept[kept.length - 1]!.end) kept.push(m);
  return kept;
}
