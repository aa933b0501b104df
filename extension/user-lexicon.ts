/**
 * The user's own lexicon entries and allow list, kept in `storage.local` (large, not synced).
 * Both are stored in the lexicon file schema so export and import are the same shape.
 */
import { storage } from '#imports';
import { allowTermProblem, type AllowEntry, type LexiconEntry } from '../lexicon/index.ts';

/**
 * The user's entries as one JSON string. Chromium stores, reads and announces a string of a few megabytes
 * several times faster than the same data as objects (measured: 5,000 entries, 2 MB), which keeps a large
 * import under a second. Version 1 stored an array; use `decodeEntries` to read either.
 */
export const userEntriesItem = storage.defineItem<string>('local:userEntries', {
  fallback: '[]',
  version: 2,
  // A string is already version 2 (written before its version mark was); only an array needs encoding.
  migrations: { 2: (entries: unknown) => (typeof entries === 'string' ? entries : encodeEntries(Array.isArray(entries) ? entries : [])) },
});

/** The stored form of a list of entries. */
export function encodeEntries(entries: readonly LexiconEntry[]): string {
  return JSON.stringify(entries);
}

/**
 * The entries from their stored form: a JSON string (version 2) or an array (version 1, before its
 * migration ran). Anything unreadable counts as no entries rather than breaking every compose box.
 */
export function decodeEntries(stored: unknown): LexiconEntry[] {
  if (Array.isArray(stored)) return stored.filter(isEntryShaped);
  if (typeof stored !== 'string') return [];
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) ? parsed.filter(isEntryShaped) : [];
  } catch {
    return [];
  }
}

/**
 * A cheap check that stored data has the shape every reader relies on. Writes are validated in full; this only
 * keeps a damaged item from breaking every compose box, so it skips rather than repairs.
 */
function isEntryShaped(value: unknown): value is LexiconEntry {
  const e = value as Partial<LexiconEntry> | null;
  return (
    !!e &&
    typeof e.id === 'string' &&
    typeof e.term === 'string' &&
    Array.isArray(e.variants) &&
    Array.isArray(e.plain) &&
    Array.isArray(e.analogies) &&
    Array.isArray(e.exceptions)
  );
}
export const allowListItem = storage.defineItem<AllowEntry[]>('local:allowList', { fallback: [], version: 1 });
/**
 * Goes up by one with every write to the entries or the allow list, in the same storage call. A reader can tell
 * whether the lexicon changed since it looked by reading this number instead of the whole (possibly large) lexicon.
 */
export const lexiconRevisionItem = storage.defineItem<number>('local:userLexiconRevision', { fallback: 0 });

/**
 * Adds a term to the allow list (once), so it is never flagged for this user: the card's and the popup's "Always
 * allow". The term is checked as the options page checks it (trimmed, at most 80 characters: `allowTermProblem`),
 * so everything on the list can be exported and imported again; a term that fails is refused with the reason.
 */
export async function allowTerm(term: string, reason = ''): Promise<AllowEntry[]> {
  const problem = allowTermProblem(term);
  if (problem) throw new Error(problem);
  const trimmed = term.trim();
  const list = await allowListItem.getValue();
  if (list.some((a) => a.term.toLowerCase() === trimmed.toLowerCase())) return list;
  const next = [...list, { term: trimmed, reason: reason.trim().slice(0, 200), added: new Date().toISOString() }];
  await storage.setItems([
    { item: allowListItem, value: next },
    { item: lexiconRevisionItem, value: (await lexiconRevisionItem.getValue()) + 1 },
  ]);
  return next;
}
