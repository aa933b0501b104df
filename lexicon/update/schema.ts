/**
 * The one schema for wins: the stored list, export files and imports all pass through `parseWinsFile`.
 * Versioned so stored data can be migrated; every problem names the win (row) and field.
 */
import * as v from 'valibot';
import { shortIssueMessage } from '../schema.ts';
import { isDateKey } from './period.ts';
import { FIGURE_KINDS, type Win } from './types.ts';

/** Bump when the stored shape changes, and add a step to `migrateWinsFile`. */
export const WINS_SCHEMA_VERSION = 1;
/** Most wins kept: years of weekly logging, far under storage.local's quota. */
export const MAX_WINS = 5_000;

const text = (max: number) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max, `must be at most ${max} characters`));
const optionalText = (max: number) => v.optional(v.pipe(v.string(), v.trim(), v.maxLength(max, `must be at most ${max} characters`)), '');

export const FigureSchema = v.strictObject({
  kind: v.picklist(FIGURE_KINDS, `must be one of: ${FIGURE_KINDS.join(', ')}`),
  amount: v.pipe(
    v.number('must be a number'),
    v.finite('must be a finite number'),
    v.minValue(0, 'must not be negative'),
    v.maxValue(1e12, 'is too large'),
  ),
  currency: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(8, 'must be at most 8 characters'))),
  detail: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(80, 'must be at most 80 characters'))),
});

export const WinSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1 to 64 letters, digits, - or _')),
  what: text(500),
  date: v.pipe(
    v.string(),
    v.check((s) => isDateKey(s), 'must be a date written YYYY-MM-DD'),
  ),
  people: v.optional(v.pipe(v.array(text(80)), v.maxLength(20, 'must name at most 20 people')), []),
  goal: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/, 'must be a goal id (lower-case words joined by hyphens)'),
      v.maxLength(80),
    ),
    '',
  ),
  benefit: optionalText(400),
  beneficiary: optionalText(120),
  figure: v.optional(FigureSchema),
  created: v.pipe(v.string(), v.isoTimestamp('must be an ISO timestamp')),
  updated: v.pipe(v.string(), v.isoTimestamp('must be an ISO timestamp')),
});

export const WinsFileSchema = v.strictObject({
  schemaVersion: v.literal(WINS_SCHEMA_VERSION, `must be the number ${WINS_SCHEMA_VERSION}`),
  wins: v.pipe(v.array(v.unknown()), v.maxLength(MAX_WINS, `must hold at most ${MAX_WINS} wins`)),
});

/** One thing wrong with a win or a file: where (`wins[2]`, `row 4`, `file`), which field, and what. */
export interface WinIssue {
  where: string;
  field: string;
  message: string;
}

export type WinsParse = { ok: true; wins: Win[] } | { ok: false; issues: WinIssue[] };

/** Upgrades older files to the current version. Version 1 is the first. */
export function migrateWinsFile(data: unknown): unknown {
  return data;
}

function fieldOf(issue: v.BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map((p) => (p as { key: unknown }).key);
  return (
    keys
      .map((k) => (typeof k === 'number' ? `[${k}]` : String(k)))
      .join('.')
      .replace(/\.\[/g, '[') || '(whole)'
  );
}

/** Checks one win; `where` names it in messages ("wins[3]", "row 5"). */
export function parseWin(data: unknown, where: string): { ok: true; win: Win } | { ok: false; issues: WinIssue[] } {
  const result = v.safeParse(WinSchema, data);
  if (result.success) return { ok: true, win: result.output };
  return { ok: false, issues: result.issues.map((i) => ({ where, field: fieldOf(i), message: shortIssueMessage(i.message) })) };
}

/** Checks a list of wins: each one, then ids used twice. */
export function parseWinList(list: readonly unknown[], whereOf: (index: number) => string): WinsParse {
  const issues: WinIssue[] = [];
  const wins: Win[] = [];
  const seen = new Map<string, number>();
  list.forEach((item, index) => {
    const parsed = parseWin(item, whereOf(index));
    if (!parsed.ok) {
      issues.push(...parsed.issues);
      return;
    }
    const first = seen.get(parsed.win.id);
    if (first !== undefined) issues.push({ where: whereOf(index), field: 'id', message: `is used twice (also ${whereOf(first)})` });
    else seen.set(parsed.win.id, index);
    wins.push(parsed.win);
  });
  return issues.length ? { ok: false, issues: issues.slice(0, 50) } : { ok: true, wins };
}

/** Reads a wins file (JSON already parsed). Nothing partial: any issue fails the whole file. */
export function parseWinsFile(data: unknown): WinsParse {
  const migrated = migrateWinsFile(data);
  const file = v.safeParse(WinsFileSchema, migrated);
  if (!file.success)
    return {
      ok: false,
      issues: file.issues.slice(0, 10).map((i) => ({ where: 'file', field: fieldOf(i), message: shortIssueMessage(i.message) })),
    };
  return parseWinList(file.output.wins, (i) => `wins[${i}]`);
}

/** The file an export writes. */
export function winsFile(wins: readonly Win[]): { schemaVersion: number; wins: Win[] } {
  return { schemaVersion: WINS_SCHEMA_VERSION, wins: [...wins] };
}
