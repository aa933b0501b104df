/**
 * Rewrites one sentence for the in-page card: the terms the card's box marks in it, each with its entry from the
 * user's combined lexicon (their own, the organisation's and the built-in entries), through the same request the
 * popup builds (rewrite-request.ts). Runs in the background (content scripts stay small) and in the playground page.
 */
import { analyze, termsInSentence } from '../lexicon/index.ts';
import { reasonOf } from '../lexicon/checks/jargon-reason.ts';
import { rewriteSentence } from '../lexicon/rewrite/index.ts';
import type { Audience, SentenceTerm } from '../lexicon/types.ts';
import type { SentenceRewrites } from '../compose/types.ts';
import { analyzeOptionsOf, loadLexicon, watchLexicon, type LexiconState } from './lexicon-store.ts';
import { lookupOf, rewriteRequestFor, validTerms, type EntryLookup } from './rewrite-request.ts';

let lexicon: Promise<LexiconState> | null = null;
let unwatch: (() => void) | null = null;

function currentLexicon(): Promise<LexiconState> {
  if (!lexicon) {
    const loading = loadLexicon();
    // A failed load is not kept: the next request tries again, rather than every card going without a rewrite
    // until the lexicon happens to change.
    loading.catch(() => {
      if (lexicon === loading) lexicon = null;
    });
    lexicon = loading;
    unwatch ??= watchLexicon((state) => {
      lexicon = Promise.resolve(state);
    });
  }
  return lexicon;
}

/** Lookups by lexicon state: the state object changes whenever the lexicon does. */
const lookups = new WeakMap<LexiconState, EntryLookup>();

/**
 * The three rewrites of a sentence for an audience, and why each term is marked; `declined` says why when only plain
 * wording is safe. `terms` are
 * the terms marked in the sentence (offsets into it); without them the sentence is analysed here with the combined
 * lexicon and allow list, as the page would.
 */
export async function rewriteForCard(
  sentence: string,
  audience: Audience,
  terms?: readonly SentenceTerm[],
): Promise<SentenceRewrites | null> {
  if (typeof sentence !== 'string' || !sentence.trim()) return null;
  const state = await currentLexicon();
  let lookup = lookups.get(state);
  if (!lookup) lookups.set(state, (lookup = lookupOf(state.layered.active)));
  const marked =
    terms === undefined
      ? termsInSentence(analyze(sentence, { audience, ...analyzeOptionsOf(state) }).findings, { start: 0, end: sentence.length })
      : validTerms(sentence, terms);
  const request = rewriteRequestFor(sentence, marked, lookup, [...state.layered.analogies.values()], audience);
  const result = rewriteSentence(request);
  return {
    plain: result.plain ?? undefined,
    replacements: result.replacements.map((r) => ({ start: r.start, end: r.end, text: r.plain })),
    outcome: result.outcome && result.outcome !== sentence ? result.outcome : undefined,
    analogy: result.analogy ?? undefined,
    declined: result.unsafe?.message,
    choice: result.choice && result.choice !== sentence ? result.choice : undefined,
    reasons: request.matches.map((m) => ({ start: m.start, end: m.end, text: reasonOf(m.entry) })),
  };
}

/** For tests: forget the cached lexicon, so each test reads the storage it set up (tests/unit/extension/card-rewrites.test.ts). */
export function resetRewriteLexicon(): void {
  unwatch?.();
  unwatch = null;
  lexicon = null;
}
