/**
 * The built-in lexicon as content scripts carry it. A content script runs in every mail and chat tab, so it
 * ships only what marking needs: the fields that match a term and the words that replace it. Benefits,
 * outcomes per audience, reasons and analogy explanations stay in the background and the extension pages,
 * which build rewrites and cards' longer texts from the full lexicon.
 */

/** Fields of an entry that only rewrites, cards' analogies (built by the background) and the options page use. */
const PAGE_OMITS_ENTRY_FIELDS = ['benefit', 'outcomes', 'why', 'analogies'] as const;
/** Switches whose default the schema fills in, so `false` need not be shipped. */
const DEFAULT_FALSE_FIELDS = ['caseSensitive', 'noInflect', 'disabled'] as const;
/** Fields of an analogy that only rewrites and the options page use. */
const PAGE_OMITS_ANALOGY_FIELDS = ['explanation'] as const;

type Json = Record<string, unknown>;

function omit(record: Json, keys: readonly string[]): Json {
  const copy = { ...record };
  for (const key of keys) delete copy[key];
  return copy;
}

function compactEntry(entry: Json): Json {
  const out = omit(entry, PAGE_OMITS_ENTRY_FIELDS);
  for (const key of DEFAULT_FALSE_FIELDS) if (out[key] === false) delete out[key];
  if (Array.isArray(out.exceptions) && out.exceptions.length === 0) delete out.exceptions;
  if (Array.isArray(out.variants) && out.variants.length === 0) delete out.variants;
  return out;
}

/** Returns a lexicon data file with the page-only fields removed; anything it does not recognise passes unchanged. */
export function compactLexiconFileForPages(file: unknown): unknown {
  if (!file || typeof file !== 'object' || Array.isArray(file)) return file;
  const data = file as Json;
  const out: Json = { ...data };
  if (Array.isArray(data.entries))
    out.entries = (data.entries as unknown[]).map((e) => (e && typeof e === 'object' ? compactEntry(e as Json) : e));
  if (Array.isArray(data.analogies)) {
    // The schema wants an explanation; the title says enough in a page, where analogies are not shown in full.
    out.analogies = (data.analogies as unknown[]).map((a) =>
      a && typeof a === 'object' ? { ...omit(a as Json, PAGE_OMITS_ANALOGY_FIELDS), explanation: (a as Json).title } : a,
    );
  }
  return out;
}
