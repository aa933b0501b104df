/**
 * Search and filters for the lexicon browser. Searching 5,000 entries on every keystroke must stay instant, so
 * each entry's searchable text is built once per lexicon (see `indexEntries`) and a search is one pass of
 * `includes` over those strings.
 */
import type { Category, Severity } from '../../lexicon/schema.ts';
import type { EntrySource, LayeredEntry } from '../../extension/lexicon-layers.ts';

export interface EntryFilters {
  query: string;
  category: Category | 'all';
  source: EntrySource | 'all';
  severity: Severity | 'all';
}

export const NO_FILTERS: EntryFilters = { query: '', category: 'all', source: 'all', severity: 'all' };

export interface IndexedEntry {
  layered: LayeredEntry;
  /** Term, variants and plain phrases, lower case, for matching anywhere. */
  haystack: string;
  /** Term and variants, lower case, to rank name matches above matches in the wording. */
  names: string[];
}

/** Prepares entries for searching; call once whenever the lexicon changes. */
export function indexEntries(entries: readonly LayeredEntry[]): IndexedEntry[] {
  return entries.map((layered) => {
    const { entry } = layered;
    const names = [entry.term, ...entry.variants].map((s) => s.toLowerCase());
    return { layered, names, haystack: [...names, ...entry.plain.map((s) => s.toLowerCase()), entry.id].join('\n') };
  });
}

/**
 * The entries that pass the filters. With a query, entries whose name starts with it come first, then names
 * containing it, then entries that only mention it in their plain wording; otherwise the order is kept.
 */
export function filterEntries(indexed: readonly IndexedEntry[], filters: EntryFilters): LayeredEntry[] {
  const query = filters.query.trim().toLowerCase();
  const starts: LayeredEntry[] = [];
  const names: LayeredEntry[] = [];
  const others: LayeredEntry[] = [];
  for (const item of indexed) {
    const { entry, source } = item.layered;
    if (filters.category !== 'all' && entry.category !== filters.category) continue;
    if (filters.severity !== 'all' && entry.severity !== filters.severity) continue;
    if (filters.source !== 'all' && source !== filters.source) continue;
    if (!query) {
      others.push(item.layered);
      continue;
    }
    if (!item.haystack.includes(query)) continue;
    if (item.names.some((name) => name.startsWith(query))) starts.push(item.layered);
    else if (item.names.some((name) => name.includes(query))) names.push(item.layered);
    else others.push(item.layered);
  }
  return [...starts, ...names, ...others];
}

/** The slice of results one page shows, and where it sits in the whole. */
export function pageOf<T>(
  items: readonly T[],
  page: number,
  pageSize: number,
): { items: T[]; page: number; pages: number; from: number; to: number } {
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(Math.max(0, page), pages - 1);
  const from = current * pageSize;
  const slice = items.slice(from, from + pageSize);
  return { items: slice, page: current, pages, from: slice.length ? from + 1 : 0, to: from + slice.length };
}

/** A stable key for an entry across sources ("user:dns"). */
export function entryKey(layered: Pick<LayeredEntry, 'source' | 'entry'>): string {
  return `${layered.source}:${layered.entry.id}`;
}
