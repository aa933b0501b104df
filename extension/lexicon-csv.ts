/**
 * The user's lexicon as a spreadsheet: CSV export and import of the common fields (term, variants, plain,
 * explanation, category, severity), one entry a row, lists separated by " | ". Pure, like lexicon-transfer.ts:
 * an imported sheet becomes a lexicon file that goes through the same plan, preview and confirm as a JSON file.
 *
 * A row whose term is already one of the user's entries updates that entry's common fields and keeps the rest
 * (outcomes, analogies…), so exporting, editing in a spreadsheet and importing loses nothing. A new row needs a
 * term and a plain wording; an empty category, severity or explanation takes its default, and the id is made
 * from the term. Every problem comes back at once, naming the row, the column and what to write instead.
 */
import * as v from 'valibot';
import { EntrySchema, SCHEMA_VERSION, shortIssueMessage, type LexiconEntry, type LexiconIssue } from '../lexicon/schema.ts';
import { idFromTerm } from './entry-validation.ts';
import { DEFAULT_CATEGORY, MAX_PLAIN_WORDS, plainTooLong, whatToWrite, wordCount } from './issue-words.ts';
import type { ReadResult, UserLexicon } from './lexicon-transfer.ts';

/** The columns, in the order an export writes them. */
export const CSV_FIELDS = ['term', 'variants', 'plain', 'explanation', 'category', 'severity'] as const;
type CsvField = (typeof CSV_FIELDS)[number];
/** Columns holding a list, written as items separated by " | ". */
const LIST_FIELDS = new Set<CsvField>(['variants', 'plain']);
/** Header spellings people use for each column. */
const ALIASES: Record<string, CsvField> = {
  term: 'term',
  variants: 'variants',
  'other spellings': 'variants',
  plain: 'plain',
  'plain wording': 'plain',
  explanation: 'explanation',
  category: 'category',
  severity: 'severity',
};
/** The most rows one import reads, as many as a JSON import's entries may be. */
const MAX_ROWS = 5000;
/** The most problems listed; a sheet with more is probably in another shape altogether. */
const MAX_ISSUES = 50;

/** A file name that sorts by date: business-lens-lexicon-2026-11-22.csv. */
export function csvFileName(now = new Date()): string {
  return `business-lens-lexicon-${now.toISOString().slice(0, 10)}.csv`;
}

/**
 * One cell, quoted when it must be. A cell a spreadsheet would run as a formula (=, +, -, @ first) gets a
 * leading apostrophe, which spreadsheets hide and the import takes off again.
 */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The user's entries as CSV, a header row first; the allow list stays in the JSON export. */
export function exportCsv(lexicon: UserLexicon): string {
  const rows = lexicon.entries.map((entry) =>
    CSV_FIELDS.map((field) => {
      const value = entry[field];
      return cell(Array.isArray(value) ? value.join(' | ') : String(value ?? ''));
    }).join(','),
  );
  return [CSV_FIELDS.join(','), ...rows].join('\r\n') + '\r\n';
}

/** CSV text as rows of cells (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        value += '"';
        i++;
      } else if (c === '"') quoted = false;
      else value += c;
    } else if (c === '"' && value === '') quoted = true;
    else if (c === delimiter) {
      row.push(value);
      value = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      row.push(value);
      rows.push(row);
      row = [];
      value = '';
    } else value += c;
  }
  if (value !== '' || row.length) {
    row.push(value);
    rows.push(row);
  }
  return rows;
}

const unformula = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);
const listOf = (value: string) =>
  value
    .split('|')
    .map((item) => item.trim())
    .filter(Boolean);

/** Column names as a person reads them in a message. */
const COLUMN_WORDS: Record<string, string> = {
  term: 'term',
  variants: 'variants',
  plain: 'plain',
  explanation: 'explanation',
  category: 'category',
  severity: 'severity',
};

/**
 * Reads a CSV sheet into a lexicon file. `current` is the user's lexicon: a row whose term matches one of its
 * entries updates that entry. Spreadsheets in some languages write ";" between cells; both are read.
 */
export function readImportCsv(text: string, current: UserLexicon): ReadResult {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows = parseCsv(text, delimiter).filter((row) => row.some((c) => c.trim()));
  const fail = (message: string, field = '(whole)'): ReadResult => ({ ok: false, issues: [{ where: 'The sheet', field, message }] });
  if (!rows.length) return fail(`is empty. The first row names the columns: ${CSV_FIELDS.join(', ')}; then one term a row.`);
  const header = rows[0]!.map((name) => name.trim().toLowerCase());
  const columns = header.map((name) => ALIASES[name]);
  const unknown = header.filter((name, i) => name && !columns[i]);
  if (unknown.length)
    return fail(
      `has ${unknown.length === 1 ? 'a column' : 'columns'} this import does not know: ${unknown.map((n) => `“${n}”`).join(', ')}. Use the column names ${CSV_FIELDS.join(', ')} (the first row names them), or remove the others.`,
      'first row',
    );
  for (const needed of ['term', 'plain'] as const)
    if (!columns.includes(needed))
      return fail(`has no “${needed}” column. The first row must name the columns, at least term and plain.`, 'first row');
  if (rows.length - 1 > MAX_ROWS) return fail(`has ${rows.length - 1} rows; import at most ${MAX_ROWS} at a time.`);

  const byTerm = new Map(current.entries.map((entry) => [entry.term.toLowerCase(), entry]));
  const taken = new Set(current.entries.map((entry) => entry.id));
  const issues: LexiconIssue[] = [];
  const entries: LexiconEntry[] = [];
  rows.slice(1).forEach((row, r) => {
    const cells: Partial<Record<CsvField, string>> = {};
    columns.forEach((field, i) => {
      if (field) cells[field] = unformula((row[i] ?? '').trim());
    });
    const term = cells.term ?? '';
    const where = `Row ${r + 2}${term ? ` (“${term}”)` : ''}`;
    const existing = byTerm.get(term.toLowerCase());
    const input: Record<string, unknown> = existing ? { ...existing } : {};
    for (const field of CSV_FIELDS) {
      const value = cells[field];
      if (value === undefined || (existing && value === '')) continue;
      input[field] = LIST_FIELDS.has(field) ? listOf(value) : value;
    }
    if (!existing) {
      let id = idFromTerm(term) || 'entry';
      for (let n = 2; taken.has(id); n++) id = `${idFromTerm(term) || 'entry'}-${n}`;
      taken.add(id);
      input.id = id;
      if (!input.category) input.category = DEFAULT_CATEGORY;
      if (!input.severity) input.severity = 'medium';
      if (!input.explanation) input.explanation = `Readers outside IT may not know what “${term || 'this term'}” means.`;
      if (!input.variants) input.variants = [];
    }
    if (typeof input.severity === 'string') input.severity = input.severity.toLowerCase();
    if (typeof input.category === 'string') input.category = input.category.toLowerCase();
    const rowIssues = new Map<string, string>();
    const result = v.safeParse(EntrySchema, input);
    if (!result.success)
      for (const issue of result.issues) {
        const key = (issue.path?.[0] as { key?: unknown } | undefined)?.key;
        const field = typeof key === 'string' ? key : '(row)';
        if (!rowIssues.has(field)) rowIssues.set(field, whatToWrite(field, shortIssueMessage(issue.message)));
      }
    const plain = Array.isArray(input.plain) ? (input.plain as string[]) : [];
    const long = plain.find((p) => wordCount(p) > MAX_PLAIN_WORDS);
    if (long && !rowIssues.has('plain')) rowIssues.set('plain', plainTooLong(wordCount(long)));
    for (const [field, message] of rowIssues) issues.push({ where, field: `column “${COLUMN_WORDS[field] ?? field}”`, message });
    if (result.success && !rowIssues.size) entries.push(result.output);
  });
  // The same term twice in one sheet: the second would silently win.
  const seen = new Map<string, number>();
  entries.forEach((entry, i) => {
    for (const form of [entry.term, ...entry.variants]) {
      const first = seen.get(form.toLowerCase());
      if (first !== undefined && first !== i)
        issues.push({
          where: `The row for “${entry.term}”`,
          field: 'column “term”',
          message: `“${form}” is also in the row for “${entries[first]!.term}”. Keep one row per term; put other spellings in “variants”.`,
        });
      else seen.set(form.toLowerCase(), i);
    }
  });
  if (issues.length) return { ok: false, issues: issues.slice(0, MAX_ISSUES) };
  return { ok: true, file: { schemaVersion: SCHEMA_VERSION, entries, analogies: [], allow: [] } };
}
