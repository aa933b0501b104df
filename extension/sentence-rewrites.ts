/**
 * Rewrites one sentence for the in-page card: finds the sentence's lexicon terms, and runs the rewrite
 * engine with the user's combined lexicon. Runs in the background (content scripts stay small) and in
 * the playground page.
 */
import { analyze } from '../lexicon/index.ts';
import { rewriteSentence } from '../lexicon/rewrite/index.ts';
import type { JargonMatch } from '../lexicon/rewrite/types.ts';
import type { Audience } from '../lexicon/types.ts';
import type { SentenceRewrites } from '../compose/types.ts';
import { loadLexicon, watchLexicon, type LexiconState } from './lexicon-store.ts';

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

/** The three rewrites of a sentence for an audience; `declined` says why when only plain wording is safe. */
export async function rewriteForCard(sentence: string, audience: Audience): Promise<SentenceRewrites | null> {
  if (!sentence.trim()) return null;
  const state = await currentLexicon();
  const entries = new Map(state.layered.active.map((entry) => [entry.id, entry]));
  const matches: JargonMatch[] = [];
  for (const finding of analyze(sentence, { audience }).findings) {
    const entry = finding.entryId ? entries.get(finding.entryId) : undefined;
    if (entry) matches.push({ start: finding.start, end: finding.end, entry });
  }
  const result = rewriteSentence({ text: sentence, matches, analogies: [...state.layered.analogies.values()], audience });
  return {
    plain: result.plain ?? undefined,
    replacements: result.replacements.map((r) => ({ start: r.start, end: r.end, text: r.plain })),
    outcome: result.outcome && result.outcome !== sentence ? result.outcome : undefined,
    analogy: result.analogy ?? undefined,
    declined: result.unsafe?.message,
  };
}
