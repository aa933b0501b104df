/**
 * One writer for the user's lexicon and allow list: the background. The card in any tab, the popup and the options
 * page each used to read the stored list, change it and write it back, so two of them at once lost one change, and
 * both wrote the same revision number. Now they send the change here as a message; the background applies changes
 * one at a time, in the order they arrive, each reading what the one before it wrote. So no change is lost and
 * every write takes the next revision number.
 *
 * The background runs `serveLexiconWrites()`; everyone else calls the functions at the end of this file, which
 * mirror lexicon-store.ts's and throw the same `LexiconStoreError` (with its issues and field errors) when a change
 * is refused. The store's write functions are the background's alone.
 */
import { browser } from 'wxt/browser';
import type { AllowEntry, LexiconEntry, LexiconIssue } from '../lexicon/schema.ts';
import type { FieldErrors } from './entry-validation.ts';
import type { EntrySource } from './lexicon-layers.ts';
import {
  addAllowedTerm as storeAddAllowedTerm,
  applyImport as storeApplyImport,
  deleteUserEntry as storeDeleteUserEntry,
  LexiconStoreError,
  removeAllowedTerm as storeRemoveAllowedTerm,
  saveUserEntry as storeSaveUserEntry,
  setEntryEnabled as storeSetEntryEnabled,
  updateAllowedTerm as storeUpdateAllowedTerm,
} from './lexicon-store.ts';
import { isCheckedPlan, type ImportPlan, type UserLexicon } from './lexicon-transfer.ts';
import { allowTerm as storeAllowTerm } from './user-lexicon.ts';

/** A change to the user's lexicon or allow list. */
export type LexiconChange =
  | { kind: 'save-entry'; input: unknown; replacingId?: string }
  | { kind: 'delete-entry'; id: string }
  | { kind: 'set-entry-enabled'; source: EntrySource; id: string; enabled: boolean }
  /** From the options page's form: checked, and refused when the term is already allowed. */
  | { kind: 'add-allowed'; term: string; reason?: string }
  /** From the card and the popup: a term already allowed is left as it is. */
  | { kind: 'allow-term'; term: string; reason?: string }
  | { kind: 'remove-allowed'; term: string }
  /** From the options page's allow list: one entry edited in place. */
  | { kind: 'update-allowed'; previous: string; term: string; reason?: string }
  /**
   * A confirmed import: the lexicon after it, what the preview was made from, and whether the page made the plan
   * with `planImport`, which checked every entry (see lexicon-store.ts applyImport).
   */
  | { kind: 'import'; result: UserLexicon; expected: UserLexicon; checked: boolean };

export interface LexiconWriteRequest {
  type: 'bl/lexicon-write';
  change: LexiconChange;
}

/** The background's answer: the change's result, or why it was refused. */
export type LexiconWriteAnswer =
  { ok: true; value?: unknown } | { ok: false; message: string; issues: LexiconIssue[]; fieldErrors: FieldErrors };

/** Changes a web page's content script may ask for: only what the card offers. */
const FROM_WEB_PAGES: ReadonlySet<LexiconChange['kind']> = new Set(['allow-term']);

export function isLexiconWriteRequest(message: unknown): message is LexiconWriteRequest {
  const m = message as Partial<LexiconWriteRequest> | null;
  return typeof m === 'object' && m !== null && m.type === 'bl/lexicon-write' && typeof m.change?.kind === 'string';
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Applies one change after every change before it has finished (the background's side). `fromOwnPage`: the change
 * came from one of the extension's pages, whose word that an import plan was checked is taken.
 */
export function applyLexiconChange(change: LexiconChange, fromOwnPage = false): Promise<unknown> {
  const run = queue.then(() => perform(change, fromOwnPage));
  queue = run.catch(() => undefined);
  return run;
}

function perform(change: LexiconChange, fromOwnPage: boolean): Promise<unknown> {
  switch (change.kind) {
    case 'save-entry':
      return storeSaveUserEntry(change.input, change.replacingId);
    case 'delete-entry':
      return storeDeleteUserEntry(change.id);
    case 'set-entry-enabled':
      return storeSetEntryEnabled(change.source, change.id, change.enabled);
    case 'add-allowed':
      return storeAddAllowedTerm(change.term, change.reason);
    case 'allow-term':
      return storeAllowTerm(change.term, change.reason);
    case 'remove-allowed':
      return storeRemoveAllowedTerm(change.term);
    case 'update-allowed':
      return storeUpdateAllowedTerm(change.previous, change.term, change.reason);
    case 'import':
      // A plan our own page made with planImport was checked there (checking 5,000 entries again doubled the time an
      // import takes); anything else is checked in full before it is written.
      return storeApplyImport({ result: change.result } as ImportPlan, change.expected, fromOwnPage && change.checked === true);
    default:
      return Promise.reject(new LexiconStoreError('Business Lens does not know that change.'));
  }
}

function answerOf(error: unknown): LexiconWriteAnswer {
  if (error instanceof LexiconStoreError)
    return { ok: false, message: error.message, issues: error.issues, fieldErrors: error.fieldErrors };
  return { ok: false, message: error instanceof Error ? error.message : String(error), issues: [], fieldErrors: {} };
}

/** Whether a message came from one of our own pages (popup, options, playground) rather than a web page's content script. */
function fromOwnPage(sender: { url?: string; tab?: unknown } | undefined): boolean {
  const url = sender?.url;
  if (url) return url.startsWith(browser.runtime.getURL('/'));
  return !sender?.tab;
}

/**
 * Makes this context (the background) the one writer: answers every `bl/lexicon-write` message. A web page's
 * content script may only allow a term, which is all the card offers. Returns a function that stops.
 */
export function serveLexiconWrites(): () => void {
  const listener = (
    message: unknown,
    sender: { url?: string; tab?: unknown } | undefined,
    sendResponse: (answer: LexiconWriteAnswer) => void,
  ) => {
    if (!isLexiconWriteRequest(message)) return undefined;
    const own = fromOwnPage(sender);
    if (!own && !FROM_WEB_PAGES.has(message.change.kind)) {
      sendResponse({ ok: false, message: 'A web page may not change the lexicon.', issues: [], fieldErrors: {} });
      return undefined;
    }
    applyLexiconChange(message.change, own).then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => sendResponse(answerOf(error)),
    );
    // The answer comes later: keep the channel open (the same in Chromium, Firefox and the test browser).
    return true;
  };
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  return () => browser.runtime.onMessage.removeListener(listener as Parameters<typeof browser.runtime.onMessage.removeListener>[0]);
}

/** Sends a change to the background and waits for it to be stored; throws LexiconStoreError when it was not. */
async function send(change: LexiconChange): Promise<unknown> {
  const request: LexiconWriteRequest = { type: 'bl/lexicon-write', change };
  let answer: LexiconWriteAnswer | undefined;
  try {
    answer = await browser.runtime.sendMessage<LexiconWriteRequest, LexiconWriteAnswer | undefined>(request);
  } catch (error) {
    throw new LexiconStoreError(`Nothing was saved: Business Lens could not reach its background (${String(error)}). Try again.`);
  }
  if (!answer || typeof answer !== 'object') throw new LexiconStoreError('Nothing was saved: Business Lens did not answer. Try again.');
  if (!answer.ok) throw new LexiconStoreError(answer.message, answer.issues, answer.fieldErrors);
  return answer.value;
}

/** Adds or changes one of the user's entries (see lexicon-store.ts saveUserEntry). */
export async function saveUserEntry(input: unknown, replacingId?: string): Promise<LexiconEntry> {
  return (await send({ kind: 'save-entry', input, replacingId })) as LexiconEntry;
}

export async function deleteUserEntry(id: string): Promise<void> {
  await send({ kind: 'delete-entry', id });
}

export async function setEntryEnabled(source: EntrySource, id: string, enabled: boolean): Promise<void> {
  await send({ kind: 'set-entry-enabled', source, id, enabled });
}

/** The options page's "Allow term": refuses an empty, too long or duplicate term. */
export async function addAllowedTerm(term: string, reason = ''): Promise<AllowEntry> {
  return (await send({ kind: 'add-allowed', term, reason })) as AllowEntry;
}

/** The card's and the popup's "Always allow": a term already allowed stays as it is. */
export async function allowTerm(term: string, reason = ''): Promise<AllowEntry[]> {
  return (await send({ kind: 'allow-term', term, reason })) as AllowEntry[];
}

export async function removeAllowedTerm(term: string): Promise<void> {
  await send({ kind: 'remove-allowed', term });
}

/** The options page's "Edit" on an allowed term: refuses an empty, too long or duplicate term. */
export async function updateAllowedTerm(previous: string, term: string, reason = ''): Promise<AllowEntry> {
  return (await send({ kind: 'update-allowed', previous, term, reason })) as AllowEntry;
}

/**
 * Stores a confirmed import, unless the lexicon changed since the preview was made from `expected` (compared by
 * its revision when it has one, so a large lexicon is not sent back and forth).
 */
export async function applyImport(plan: ImportPlan, expected: UserLexicon): Promise<void> {
  const seen = expected.revision !== undefined ? { entries: [], allow: [], revision: expected.revision } : expected;
  await send({ kind: 'import', result: plan.result, expected: seen, checked: isCheckedPlan(plan) });
}
