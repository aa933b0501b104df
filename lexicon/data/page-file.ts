/**
 * Built-in lexicon files as content scripts carry them, turned back into the schema's shape before they are
 * validated. The content script is loaded into every mail and chat tab, so the build (lexicon/build/page-lexicon.ts)
 * writes these files without what a page never shows, in a shape that compresses well:
 * - no explanation or reason: the background sends a term's reason with the card's rewrite, so here an entry's
 *   explanation is the jargon check's general reason, which the card and the popup replace with the entry's
 *   own (see checks/jargon-reason.ts);
 * - one column per field (all terms, then all variants...), so that similar words sit together; `0` where an
 *   entry has no value;
 * - lists as one string, their items joined by `|` (a sense's two lists joined by `>`);
 * - no id where it is the term in lower-case words joined by hyphens, and the file's category once.
 */
import { FALLBACK_REASON } from '../checks/jargon-reason.ts';

/** The key that marks a file written for pages; files without it pass through unchanged. */
export const PAGE_FILE_KEY = 'page';

/** Fields that hold a list of phrases, written as one string. */
export const PAGE_LIST_FIELDS: readonly string[] = ['variants', 'plain', 'exceptions'];
/** Between a list's items, and between a sense's IT and ordinary cues. No lexicon phrase holds either. */
export const PAGE_ITEM_SEPARATOR = '|';
export const PAGE_SENSE_SEPARATOR = '>';

/** A page file: the file's other keys, and its entries by field. */
export interface PageFile {
  [PAGE_FILE_KEY]: 1;
  /** The category of every entry whose column holds none. */
  category?: string;
  columns?: Record<string, unknown[]>;
  [key: string]: unknown;
}

type Json = Record<string, unknown>;

/** The id an entry of a page file without one has: its term in lower-case words joined by hyphens. */
export function pageIdOf(term: string): string {
  return term
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const items = (list: string) => (list ? list.split(PAGE_ITEM_SEPARATOR) : []);

function fieldValue(field: string, value: unknown): unknown {
  if (typeof value !== 'string') return value === 1 ? true : value;
  if (PAGE_LIST_FIELDS.includes(field)) return items(value);
  if (field === 'sense') {
    const [it = '', ordinary = ''] = value.split(PAGE_SENSE_SEPARATOR);
    return { it: items(it), ordinary: items(ordinary) };
  }
  return value;
}

/** A page file in the schema's shape; any other data is returned as it is. */
export function expandPageFile(data: unknown): unknown {
  if (!data || typeof data !== 'object' || (data as Json)[PAGE_FILE_KEY] !== 1) return data;
  const { [PAGE_FILE_KEY]: _mark, category, columns, ...file } = data as PageFile;
  if (!columns) return file;
  const fields = Object.entries(columns);
  const count = Math.max(0, ...fields.map(([, values]) => values.length));
  const entries: Json[] = [];
  for (let i = 0; i < count; i++) {
    const entry: Json = {};
    for (const [field, values] of fields) if (values[i] !== 0 && values[i] !== undefined) entry[field] = fieldValue(field, values[i]);
    if (typeof entry.term === 'string') entry.id ??= pageIdOf(entry.term);
    entry.category ??= category;
    entry.explanation = FALLBACK_REASON;
    entries.push(entry);
  }
  return { ...file, entries };
}
