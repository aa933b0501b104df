/**
 * The user's lexicon in storage, and the combined lexicon every part of the extension reads.
 * Every write is checked first and goes to storage in one `storage.local.set` call, which the browser applies
 * whole or not at all: a bad entry, a bad import or a full disk leaves what was stored exactly as it was.
 * Precedence between built-in, organisation and user entries is documented in lexicon-layers.ts.
 */
import { storage } from '#imports';
import { parseLexiconFile, SCHEMA_VERSION, type AllowEntry, type LexiconEntry, type LexiconIssue } from '../lexicon/schema.ts';
import { allowTermProblem } from '../lexicon/match/allow.ts';
import { builtInAnalogies, builtInEntries } from './built-in-lexicon.ts';
import { validateUserEntry, type FieldErrors } from './entry-validation.ts';
import { layerLexicons, type EntrySource, type LayeredLexicon } from './lexicon-layers.ts';
import { isCheckedPlan, type ImportPlan, type UserLexicon } from './lexicon-transfer.ts';
import { EMPTY_POLICY, readOrgPolicy, watchOrgPolicy, type OrgPolicy } from './org-policy.ts';
import { getSettings, updateSettings, watchSettings } from './settings.ts';
import { allowListItem, decodeEntries, encodeEntries, lexiconRevisionItem, userEntriesItem } from './user-lexicon.ts';

/** A write that was refused; nothing was stored. */
export class LexiconStoreError extends Error {
  constructor(
    message: string,
    /** Problems naming the entry and field, when the data was at fault. */
    readonly issues: LexiconIssue[] = [],
    /** Problems by form field, when one entry was at fault. */
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
    this.name = 'LexiconStoreError';
  }
}

/** Reads the user's entries and allow list together, with the revision they were read at. */
export async function readUserLexicon(): Promise<UserLexicon> {
  const [entries, allow, revision] = await Promise.all([
    userEntriesItem.getValue(),
    allowListItem.getValue(),
    lexiconRevisionItem.getValue(),
  ]);
  // Damaged stored data is skipped, not trusted: one bad item must not stop every compose box.
  const allowed = Array.isArray(allow) ? allow.filter((a): a is AllowEntry => !!a && typeof a.term === 'string') : [];
  return { entries: decodeEntries(entries), allow: allowed, revision: typeof revision === 'number' ? revision : 0 };
}

/**
 * Writes any of the entries and the allow list, with the revision one up, in one `storage.local.set`: all of it
 * is stored, or none.
 */
async function write(next: { entries?: readonly LexiconEntry[]; allow?: readonly AllowEntry[] }): Promise<void> {
  try {
    const revision = await lexiconRevisionItem.getValue();
    await storage.setItems([
      ...(next.entries ? [{ item: userEntriesItem, value: encodeEntries(next.entries) }] : []),
      ...(next.allow ? [{ item: allowListItem, value: next.allow }] : []),
      { item: lexiconRevisionItem, value: (revision ?? 0) + 1 },
    ]);
  } catch (error) {
    throw new LexiconStoreError(describeWriteFailure(error));
  }
}

/** Says what went wrong with a storage write in words a user can act on. */
function describeWriteFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/quota/i.test(message))
    return "The browser's storage for Business Lens is full, so nothing was saved. Remove some entries and try again.";
  return `Nothing was saved: the browser refused to store the lexicon (${message}).`;
}

/**
 * Replaces the user's whole lexicon in one write, after checking it with the lexicon schema. Throws
 * LexiconStoreError, with nothing changed, when the data is invalid or the browser refuses the write.
 */
export async function saveUserLexicon(next: UserLexicon): Promise<void> {
  const parsed = parseLexiconFile({ schemaVersion: SCHEMA_VERSION, entries: next.entries, allow: next.allow });
  if (!parsed.ok) throw new LexiconStoreError('The lexicon was not saved because it has problems.', parsed.issues);
  await write(parsed.value);
}

/** Writes the user's entries alone, after the caller has checked them. */
function writeEntries(entries: LexiconEntry[]): Promise<void> {
  return write({ entries });
}

/**
 * Adds or changes one of the user's entries. `replacingId` names the entry being edited (its id may change).
 * Throws LexiconStoreError with `fieldErrors` when the entry is invalid; nothing is stored then.
 */
export async function saveUserEntry(input: unknown, replacingId?: string): Promise<LexiconEntry> {
  const { entries } = await readUserLexicon();
  const checked = validateUserEntry(input, entries, replacingId);
  if (!checked.ok) throw new LexiconStoreError('The entry was not saved because some fields need attention.', [], checked.errors);
  const index = replacingId === undefined ? -1 : entries.findIndex((entry) => entry.id === replacingId);
  const next = [...entries];
  if (index >= 0) next[index] = checked.entry;
  else next.push(checked.entry);
  await writeEntries(next);
  return checked.entry;
}

/** Deletes one of the user's entries. */
export async function deleteUserEntry(id: string): Promise<void> {
  const { entries } = await readUserLexicon();
  if (!entries.some((entry) => entry.id === id)) return;
  await writeEntries(entries.filter((entry) => entry.id !== id));
}

/**
 * Switches an entry on or off. The user's own entries keep the switch in their `disabled` field; built-in and
 * organisation entries, which cannot be edited, are listed in settings.disabledEntries.
 */
export async function setEntryEnabled(source: EntrySource, id: string, enabled: boolean): Promise<void> {
  if (source === 'user') {
    const { entries } = await readUserLexicon();
    await writeEntries(entries.map((entry) => (entry.id === id ? { ...entry, disabled: !enabled } : entry)));
    return;
  }
  const { disabledEntries } = await getSettings();
  const without = disabledEntries.filter((other) => other !== id);
  await updateSettings({ disabledEntries: enabled ? without : [...without, id] });
}

/** Takes a term off the user's allow list, so it is flagged again. */
export async function removeAllowedTerm(term: string): Promise<void> {
  const list = await allowListItem.getValue();
  const next = list.filter((item) => item.term.toLowerCase() !== term.toLowerCase());
  if (next.length === list.length) return;
  await write({ allow: next });
}

/**
 * Checks a term and reason for the allow list with the rules every way of allowing shares (`allowTermProblem`:
 * trimmed, not empty, at most 80 characters; a reason of at most 200), and that no other entry has the term
 * (`except` is the term being edited). Returns the entry to store, or throws LexiconStoreError by field.
 */
function checkedAllowEntry(list: readonly AllowEntry[], term: string, reason: string, added: string, except?: string): AllowEntry {
  const item: AllowEntry = { term: term.trim(), reason: reason.trim(), added };
  const problem = allowTermProblem(term);
  if (problem) throw new LexiconStoreError(problem, [], { term: problem });
  if (item.reason && item.reason.length > 200)
    throw new LexiconStoreError('The reason is too long.', [], { reason: 'must be at most 200 characters' });
  const key = item.term.toLowerCase();
  if (list.some((other) => other.term.toLowerCase() === key && other.term.toLowerCase() !== except?.toLowerCase())) {
    throw new LexiconStoreError('That term is already allowed.', [], { term: `"${item.term}" is already on your allow list` });
  }
  return item;
}

/** Adds a term to the allow list with a reason, refusing an empty term, one too long, or one already there. */
export async function addAllowedTerm(term: string, reason = '', now = new Date()): Promise<AllowEntry> {
  const list = await allowListItem.getValue();
  const item = checkedAllowEntry(list, term, reason, now.toISOString());
  await write({ allow: [...list, item] });
  return item;
}

/**
 * Changes an allowed term or its reason, keeping the date it was first allowed and its place in the list. Refused,
 * with nothing stored, when the new term breaks the same rules as adding one, or when the term is no longer there.
 */
export async function updateAllowedTerm(previous: string, term: string, reason = ''): Promise<AllowEntry> {
  const list = await allowListItem.getValue();
  const index = list.findIndex((item) => item.term.toLowerCase() === previous.toLowerCase());
  if (index < 0) throw new LexiconStoreError(`"${previous}" is no longer on your allow list, so nothing was changed.`);
  const item = checkedAllowEntry(list, term, reason, list[index]!.added, previous);
  const next = [...list];
  next[index] = item;
  await write({ allow: next });
  return item;
}

/**
 * Stores a confirmed import. `expected` is the lexicon the plan was made from: if it changed meanwhile (another
 * tab, the in-page card), the import is refused so the user never overwrites what they have not seen.
 * `checkedElsewhere` says one of the extension's own pages made the plan with `planImport` (the background gets a
 * copy of it, which `isCheckedPlan` cannot recognise), so its entries need no second check.
 */
export async function applyImport(plan: ImportPlan, expected: UserLexicon, checkedElsewhere = false): Promise<void> {
  // The revision answers "did anything change?" without reading a large lexicon back; a copy without one is compared whole.
  const changed =
    expected.revision !== undefined
      ? (await lexiconRevisionItem.getValue()) !== expected.revision
      : await readUserLexicon().then(
          (now) => JSON.stringify([now.entries, now.allow]) !== JSON.stringify([expected.entries, expected.allow]),
        );
  if (changed) {
    throw new LexiconStoreError(
      'Your lexicon changed since this preview was made. Nothing was imported; choose the file again to see a fresh preview.',
    );
  }
  if (checkedElsewhere || isCheckedPlan(plan)) await write(plan.result);
  else await saveUserLexicon(plan.result);
}

/** Everything the options page and the analysis need: the three lexicons combined, and the policy behind them. */
export interface LexiconState {
  layered: LayeredLexicon;
  /** The user's entries and allow list. */
  user: UserLexicon;
  /** The stored revision `user` was read at; pass it with `user` to `applyImport`. */
  revision: number;
  policy: OrgPolicy;
  disabledIds: string[];
}

/**
 * The analysis options that apply the combined lexicon: user and organisation entries ahead of the built-in
 * ones, the built-in entries that are switched off or replaced left out, and both allow lists. Pass them to
 * `analyze` / `createAnalyzer` (lexicon/index.ts); keep the same state object between calls so the compiled
 * lexicon is reused.
 */
export function analyzeOptionsOf(state: Pick<LexiconState, 'layered'>): {
  entries: LexiconEntry[];
  disabledEntryIds: string[];
  allow: AllowEntry[];
} {
  return { entries: state.layered.extraEntries, disabledEntryIds: state.layered.suppressedBuiltInIds, allow: state.layered.allow };
}

/** Reads and combines the built-in, organisation and user lexicons. */
export async function loadLexicon(): Promise<LexiconState> {
  const [user, policy, settings] = await Promise.all([readUserLexicon(), readOrgPolicy().catch(() => EMPTY_POLICY), getSettings()]);
  return combine(user, policy, settings.disabledEntries);
}

function combine({ revision = 0, ...user }: UserLexicon, policy: OrgPolicy, disabledIds: string[]): LexiconState {
  const layered = layerLexicons({
    builtIn: builtInEntries,
    organisation: policy.entries,
    user: user.entries,
    disabledIds,
    builtInAnalogies,
    organizationAnalogies: policy.analogies,
    userAllow: user.allow,
    organizationAllow: policy.allow,
  });
  return { layered, user, revision, policy, disabledIds };
}

/**
 * Calls back with the combined lexicon whenever the user's entries, allow list, switched-off entries or the
 * organisation's policy change, in any tab. Open compose boxes use this to update without a reload. The user's
 * lexicon is taken from the change itself rather than read again, since it can be megabytes.
 */
export function watchLexicon(callback: (state: LexiconState) => void): () => void {
  let user: UserLexicon | undefined;
  let settingsChanged = true;
  let disabledIds: string[] = [];
  let queued = false;
  let stopped = false;
  const recombineNow = async () => {
    queued = false;
    try {
      user ??= await readUserLexicon();
      if (settingsChanged) {
        settingsChanged = false;
        disabledIds = (await getSettings()).disabledEntries;
      }
      const policy = await readOrgPolicy().catch(() => EMPTY_POLICY);
      if (!stopped) callback(combine(user, policy, disabledIds));
    } catch {
      // Storage can vanish under an extension being reloaded; the next change tries again.
      user = undefined;
      settingsChanged = true;
    }
  };
  // Several keys change together (an import writes three); recombine once for all of them.
  const recombine = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => void recombineNow());
  };
  const unwatchers = [
    userEntriesItem.watch((entries) => {
      if (user) user = { ...user, entries: decodeEntries(entries) };
      recombine();
    }),
    allowListItem.watch((allow) => {
      if (user) user = { ...user, allow: allow ?? [] };
      recombine();
    }),
    lexiconRevisionItem.watch((revision) => {
      if (user) user = { ...user, revision: revision ?? 0 };
      recombine();
    }),
    watchSettings(() => {
      settingsChanged = true;
      recombine();
    }),
    watchOrgPolicy(recombine),
  ];
  return () => {
    stopped = true;
    unwatchers.forEach((unwatch) => unwatch());
  };
}
