/**
 * Wins as CSV, for a spreadsheet: one row a win, people separated by "; ". Import names the row (the header is
 * row 1) and the column of every problem, and fails whole.
 */
import { parseWinList, type WinIssue, type WinsParse } from './schema.ts';
import type { Win } from './types.ts';

export const CSV_COLUMNS = [
  'id',
  'date',
  'what',
  'people',
  'goal',
  'benefit',
  'beneficiary',
  'figure_kind',
  'figure_amount',
  'figure_currency',
  'figure_detail',
  'created',
  'updated',
] as const;

/** A cell a spreadsheet would run as a formula ("=HYPERLINK(…)") gets a leading apostrophe, which import removes. */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The wins as CSV text, with a header row. */
export function winsToCsv(wins: readonly Win[]): string {
  const rows = wins.map((w) =>
    [
      w.id,
      w.date,
      w.what,
      w.people.join('; '),
      w.goal,
      w.benefit,
      w.beneficiary,
      w.figure?.kind ?? '',
      w.figure ? String(w.figure.amount) : '',
      w.figure?.currency ?? '',
      w.figure?.detail ?? '',
      w.created,
      w.updated,
    ]
      .map(cell)
      .join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

/** Splits CSV text into rows of cells (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
export function parseCsvRows(text: string): { rows: string[][]; error?: string } {
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        value += '"';
        i++;
      } else if (c === '"') quoted = false;
      else value += c;
    } else if (c === '"' && value === '') quoted = true;
    else if (c === ',') {
      row.push(value);
      value = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(value);
      rows.push(row);
      row = [];
      value = '';
    } else value += c;
  }
  if (quoted) return { rows, error: `row ${rows.length + 1}: a quoted cell is never closed` };
  if (value !== '' || row.length) {
    row.push(value);
    rows.push(row);
  }
  return { rows: rows.filter((r) => !(r.length === 1 && r[0] === '')) };
}

function uncell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/**
 * Reads wins from CSV. `id`, `created` and `updated` may be left empty (a new id and `now` are used); every other
 * problem is reported as "row N, column".
 */
export function parseWinsCsv(text: string, fill: { newId: () => string; now: string }): WinsParse {
  const { rows, error } = parseCsvRows(text);
  if (error) return { ok: false, issues: [{ where: 'file', field: '(whole)', message: error }] };
  if (!rows.length) return { ok: false, issues: [{ where: 'file', field: '(whole)', message: 'is empty: expected a header row' }] };
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const issues: WinIssue[] = [];
  for (const column of ['date', 'what'] as const) {
    if (!header.includes(column)) issues.push({ where: 'row 1', field: column, message: 'column is missing from the header' });
  }
  const unknown = header.filter((h) => h && !(CSV_COLUMNS as readonly string[]).includes(h));
  for (const column of unknown)
    issues.push({ where: 'row 1', field: column, message: `is not a column (expected: ${CSV_COLUMNS.join(', ')})` });
  if (issues.length) return { ok: false, issues };

  const records: unknown[] = [];
  rows.slice(1).forEach((cells, index) => {
    const rowNumber = index + 2;
    if (cells.length > header.length) {
      issues.push({
        where: `row ${rowNumber}`,
        field: '(whole)',
        message: `has ${cells.length} cells, but the header has ${header.length}`,
      });
      return;
    }
    const get = (column: string) => {
      const at = header.indexOf(column);
      return at < 0 ? '' : uncell(cells[at] ?? '').trim();
    };
    const kind = get('figure_kind');
    const amountText = get('figure_amount').replace(/,/g, '');
    let figure: unknown;
    if (kind || amountText) {
      const amount = amountText === '' ? NaN : Number(amountText);
      if (!kind) issues.push({ where: `row ${rowNumber}`, field: 'figure_kind', message: 'must be set when figure_amount is' });
      else if (!Number.isFinite(amount))
        issues.push({ where: `row ${rowNumber}`, field: 'figure_amount', message: `must be a number (got "${amountText.slice(0, 40)}")` });
      figure = {
        kind,
        amount,
        ...(get('figure_currency') ? { currency: get('figure_currency') } : {}),
        ...(get('figure_detail') ? { detail: get('figure_detail') } : {}),
      };
    }
    records.push({
      id: get('id') || fill.newId(),
      date: get('date'),
      what: get('what'),
      people: get('people')
        .split(';')
        .map((p) => p.trim())
        .filter(Boolean),
      goal: get('goal'),
      benefit: get('benefit'),
      beneficiary: get('beneficiary'),
      ...(figure ? { figure } : {}),
      created: get('created') || fill.now,
      updated: get('updated') || fill.now,
    });
  });
  if (issues.length) return { ok: false, issues };
  const parsed = parseWinList(records, (i) => `row ${i + 2}`);
  if (parsed.ok) return parsed;
  // valibot names figure fields "figure.amount"; the CSV calls them figure_amount.
  return { ok: false, issues: parsed.issues.map((issue) => ({ ...issue, field: issue.field.replace(/^figure\./, 'figure_') })) };
}
