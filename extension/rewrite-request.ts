/**
 * The one way a sentence's rewrite is asked for, by the in-page card (through the background) and by the popup alike:
 * the sentence, and the terms marked in it, each with its entry from the combined lexicon (the user's own, the
 * organisation's and the built-in ones). Terms that are allowed or ignored are not marked, so they are not in the
 * request, and the rewrite leaves them as written. Pure: no storage, no browser.
 */
import type { Analogy, Audience, LexiconEntry } from '../lexicon/schema.ts';
import type { JargonMatch, RewriteRequest } from '../lexicon/rewrite/types.ts';
import type { SentenceTerm } from '../lexicon/types.ts';

/** Entries of the combined lexicon, by id and (for terms that carry no id) by spelling. */
export interface EntryLookup {
  entry(id: string): LexiconEntry | undefined;
  /** The entry a term or variant belongs to, in any case. */
  entryForTerm?(term: string): LexiconEntry | undefined;
}

/** A lookup over entries (the active entries of a layered lexicon). */
export function lookupOf(entries: readonly LexiconEntry[]): EntryLookup {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const byForm = new Map<string, LexiconEntry>();
  for (const entry of entries) {
    for (const form of [entry.term, ...entry.variants]) if (!byForm.has(form.toLowerCase())) byForm.set(form.toLowerCase(), entry);
  }
  return { entry: (id) => byId.get(id), entryForTerm: (term) => byForm.get(term.toLowerCase()) };
}

/**
 * Checks terms that arrived in a message: each must lie inside the sentence and read what it says there. Anything
 * else is dropped, so a damaged or stale request rewrites fewer words, never other ones.
 */
export function validTerms(sentence: string, terms: unknown): SentenceTerm[] {
  if (!Array.isArray(terms)) return [];
  return terms.filter((t): t is SentenceTerm => {
    const term = t as Partial<SentenceTerm> | null;
    return (
      !!term &&
      Number.isInteger(term.start) &&
      Number.isInteger(term.end) &&
      term.start! >= 0 &&
      term.end! <= sentence.length &&
      term.start! < term.end! &&
      typeof term.text === 'string' &&
      sentence.slice(term.start, term.end) === term.text &&
      (term.entryId === undefined || typeof term.entryId === 'string')
    );
  });
}

/** The lexicon matches a rewrite rewords: the terms with an entry (by id, or for jargon by spelling). */
export function matchesOf(terms: readonly SentenceTerm[], lookup: EntryLookup): JargonMatch[] {
  const matches: JargonMatch[] = [];
  for (const term of terms) {
    const entry = term.entryId ? lookup.entry(term.entryId) : term.check === 'jargon' ? lookup.entryForTerm?.(term.text) : undefined;
    if (entry) matches.push({ start: term.start, end: term.end, entry });
  }
  return matches;
}

/** The request for one sentence's rewrite. */
export function rewriteRequestFor(
  sentence: string,
  terms: readonly SentenceTerm[],
  lookup: EntryLookup,
  analogies: readonly Analogy[],
  audience: Audience,
): RewriteRequest {
  return { text: sentence, matches: matchesOf(terms, lookup), analogies, audience };
}
