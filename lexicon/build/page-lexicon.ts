/**
 * The built-in lexicon as content scripts carry it. A content script runs in every mail and chat tab, so it
 * ships only what marking needs: the fields that match a term and the words that replace it. Explanations and
 * reasons, benefits, outcomes per audience and analogies stay in the background and the extension pages: the
 * background sends a term's reason with the card's rewrite, and builds rewrites and analogies from the full
 * lexicon. lexicon/data/page-file.ts describes the shape written here and reads it back in the content script.
 */
import { PAGE_FILE_KEY, PAGE_ITEM_SEPARATOR, PAGE_LIST_FIELDS, PAGE_SENSE_SEPARATOR, pageIdOf, type PageFile } from '../data/page-file.ts';

/** Fields of an entry that only cards' reasons, rewrites and analogies (all from the background) and the options page use. */
const PAGE_OMITS_ENTRY_FIELDS = ['explanation', 'why', 'benefit', 'outcomes', 'analogies'] as const;
/** Switches whose default the schema fills in, so `false` need not be shipped. */
const DEFAULT_FALSE_FIELDS = ['caseSensitive', 'noInflect', 'disabled'] as const;

type Json = Record<string, unknown>;

/** A list as one string; refuses what could not be read back the same. */
function joined(list: unknown, where: string): string {
  if (!Array.isArray(list) || list.length === 0) throw new Error(`${where}: a page file writes only lists of phrases that are not empty`);
  for (const item of list)
    if (typeof item !== 'string' || item === '' || item.includes(PAGE_ITEM_SEPARATOR) || item.includes(PAGE_SENSE_SEPARATOR))
      throw new Error(`${where}: ${JSON.stringify(item)} cannot be written in a page file`);
  return list.join(PAGE_ITEM_SEPARATOR);
}

function compactEntry(entry: Json, category: unknown, where: string): Json {
  const out = { ...entry };
  for (const key of PAGE_OMITS_ENTRY_FIELDS) delete out[key];
  if (typeof out.term === 'string' && out.id === pageIdOf(out.term)) delete out.id;
  if (out.category === category) delete out.category;
  for (const key of DEFAULT_FALSE_FIELDS) if (out[key] === false) delete out[key];
  for (const key of PAGE_LIST_FIELDS) {
    if (out[key] === undefined) continue;
    if (Array.isArray(out[key]) && out[key].length === 0 && key !== 'plain') delete out[key];
    else out[key] = joined(out[key], `${where}.${key}`);
  }
  if (out.sense !== undefined) {
    const sense = out.sense as { it?: unknown[]; ordinary?: unknown[] };
    const side = (list: unknown[] | undefined, name: string) => (list?.length ? joined(list, `${where}.sense.${name}`) : '');
    out.sense = `${side(sense.it, 'it')}${PAGE_SENSE_SEPARATOR}${side(sense.ordinary, 'ordinary')}`;
  }
  for (const [key, value] of Object.entries(out)) {
    if (value === 0 || value === 1) throw new Error(`${where}.${key}: ${value} cannot be written in a page file`);
    if (value === true) out[key] = 1;
  }
  return out;
}

/** Entries as one column per field; `0` marks an entry without the field. */
function columnsOf(entries: readonly Json[]): Record<string, unknown[]> {
  const columns: Record<string, unknown[]> = {};
  entries.forEach((entry, i) => {
    for (const [field, value] of Object.entries(entry)) (columns[field] ??= new Array<unknown>(entries.length).fill(0))[i] = value;
  });
  return columns;
}

/**
 * Returns a lexicon data file as a page file (see page-file.ts): page-only fields removed, entries by column.
 * Anything it does not recognise passes unchanged; data it could not read back the same is refused, which stops
 * the build.
 */
export function compactLexiconFileForPages(file: unknown): unknown {
  if (!file || typeof file !== 'object' || Array.isArray(file)) return file;
  const { entries, analogies, ...rest } = file as Json;
  const out: PageFile = { ...rest, [PAGE_FILE_KEY]: 1 };
  if (Array.isArray(entries) && entries.every((e) => e && typeof e === 'object' && !Array.isArray(e))) {
    const category = (entries[0] as Json | undefined)?.category;
    if (typeof category === 'string') out.category = category;
    out.columns = columnsOf((entries as Json[]).map((e, i) => compactEntry(e, out.category, `entries[${i}]`)));
  } else if (entries !== undefined) out.entries = entries;
  // A page shows no analogy: the card's comes from the background.
  if (analogies !== undefined) out.analogies = [];
  return out;
}
