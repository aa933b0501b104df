/**
 * The user's wins, kept in `storage.local` (never synced, never sent anywhere), as one versioned item. Every
 * write is validated with the wins schema first; a refused write (bad data, or a full list) changes nothing.
 * The organisation's own goals come from the policy and from the user's options, both read here.
 */
import { storage } from '#imports';
import { MAX_WINS, parseWin, parseWinList, type OrgGoal, type Win, type WinIssue } from '../lexicon/update/index.ts';
import { readOrgPolicy, watchOrgPolicy } from './org-policy.ts';

/** The wins, newest first. Version 1 is the first shape; a later one adds a migration here. */
export const winsItem = storage.defineItem<Win[]>('local:wins', { fallback: [], version: 1 });

/** Goals the user added in the options page (an organisation's policy goals come first and cannot be removed here). */
export const userGoalsItem = storage.defineItem<OrgGoal[]>('local:goals', { fallback: [], version: 1 });

/** A write that was refused, with each problem named by win and field. */
export class WinsStoreError extends Error {
  constructor(readonly issues: WinIssue[]) {
    super(issues.map((i) => `${i.where}: ${i.field} ${i.message}`).join('; '));
  }
}

/**
 * The stored wins. A damaged item (edited by hand, written by a broken build) keeps its readable wins rather
 * than losing them all.
 */
export async function loadWins(): Promise<Win[]> {
  const stored: unknown = await winsItem.getValue();
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((item, i) => {
    const parsed = parseWin(item, `wins[${i}]`);
    return parsed.ok ? [parsed.win] : [];
  });
}

function newestFirst(wins: Win[]): Win[] {
  return [...wins].sort((a, b) => b.date.localeCompare(a.date) || b.created.localeCompare(a.created));
}

async function write(wins: Win[]): Promise<Win[]> {
  if (wins.length > MAX_WINS)
    throw new WinsStoreError([{ where: 'wins', field: '(whole)', message: `must hold at most ${MAX_WINS} wins` }]);
  const parsed = parseWinList(wins, (i) => `wins[${i}]`);
  if (!parsed.ok) throw new WinsStoreError(parsed.issues);
  const sorted = newestFirst(parsed.wins);
  await winsItem.setValue(sorted);
  return sorted;
}

/** Adds a win, or replaces the one with its id. */
export async function saveWin(win: Win): Promise<Win[]> {
  const parsed = parseWin(win, 'win');
  if (!parsed.ok) throw new WinsStoreError(parsed.issues);
  const wins = await loadWins();
  return write([parsed.win, ...wins.filter((w) => w.id !== win.id)]);
}

export async function deleteWin(id: string): Promise<Win[]> {
  return write((await loadWins()).filter((w) => w.id !== id));
}

export async function deleteAllWins(): Promise<void> {
  await winsItem.setValue([]);
}

/**
 * Stores imported wins: `merge` adds them, replacing stored wins with the same id; `replace` stores only them.
 * All or nothing.
 */
export async function importWins(imported: readonly Win[], mode: 'merge' | 'replace'): Promise<Win[]> {
  const ids = new Set(imported.map((w) => w.id));
  const kept = mode === 'merge' ? (await loadWins()).filter((w) => !ids.has(w.id)) : [];
  return write([...imported, ...kept]);
}

/** Calls back with the wins whenever they change (in this page, another tab, or the popup). */
export function watchWins(callback: (wins: Win[]) => void): () => void {
  return winsItem.watch(() => void loadWins().then(callback));
}

/** The organisation's goals: the policy's first (locked), then the user's own; ids are unique. */
export async function readGoals(): Promise<Array<OrgGoal & { locked: boolean }>> {
  const [policy, mine] = await Promise.all([readOrgPolicy(), userGoalsItem.getValue()]);
  const fromPolicy = policy.goals.map((g) => ({ ...g, locked: true }));
  const seen = new Set(fromPolicy.map((g) => g.id));
  const own = (Array.isArray(mine) ? mine : []).filter((g) => g && typeof g.id === 'string' && !seen.has(g.id));
  return [...fromPolicy, ...own.map((g) => ({ ...g, locked: false }))];
}

export function watchGoals(callback: (goals: Array<OrgGoal & { locked: boolean }>) => void): () => void {
  const again = () => void readGoals().then(callback);
  const unwatch = [userGoalsItem.watch(again), watchOrgPolicy(again)];
  return () => unwatch.forEach((u) => u());
}

/** A goal id from its label: "Open the Leeds site" → "open-the-leeds-site". */
export function goalId(label: string): string {
  return (
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'goal'
  );
}

/** Adds one of the user's own goals; refuses an empty label or one that is already a goal. */
export async function addUserGoal(label: string): Promise<string | null> {
  const text = label.trim();
  if (!text) return 'Write the goal first.';
  if (text.length > 80) return 'Keep the goal under 80 characters.';
  const id = goalId(text);
  const goals = await readGoals();
  if (goals.some((g) => g.id === id || g.label.toLowerCase() === text.toLowerCase())) return 'That goal is already in the list.';
  await userGoalsItem.setValue([...(await userGoalsItem.getValue()), { id, label: text }]);
  return null;
}

export async function removeUserGoal(id: string): Promise<void> {
  await userGoalsItem.setValue((await userGoalsItem.getValue()).filter((g) => g.id !== id));
}
