/**
 * The user's own lexicon entries and allow list, kept in `storage.local` (large, not synced).
 * Both are stored in the lexicon file schema so export and import are the same shape.
 */
import { storage } from '#imports';
import type { AllowEntry, LexiconEntry } from '../lexicon/index.ts';

export const userEntriesItem = storage.defineItem<LexiconEntry[]>('local:userEntries', { fallback: [], version: 1 });
export const allowListItem = storage.defineItem<AllowEntry[]>('local:allowList', { fallback: [], version: 1 });
/**
 * Goes up by one with every write to the entries or the allow list, in the same storage call. A reader can tell
 * whether the lexicon changed since it looked by reading this number instead of the whole (possibly large) lexicon.
 */
export const lexiconRevisionItem = storage.defineItem<number>('local:userLexiconRevision', { fallback: 0 });

/** Adds a term to the allow list (once), so it is never flagged for this user. */
export async function allowTerm(term: string, reason = ''): Promise<AllowEntry[]> {
  const list = await allowListItem.getValue();
  if (list.some((a) => a.term.toLowerCase() === term.toLowerCase())) return list;
  const next = [...list, { term, reason, added: new Date().toISOString() }];
  await storage.setItems([
    { item: allowListItem, value: next },
    { item: lexiconRevisionItem, value: (await lexiconRevisionItem.getValue()) + 1 },
  ]);
  return next;
}
