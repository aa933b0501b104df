/**
 * "Log a win" from the keyboard: a browser command with no key of its own (the user binds one in the browser's
 * shortcut settings). The background asks the frame holding the focused compose box for the selection or the
 * sentence at the caret, stores it as a win for today, exactly as the popup's "Log sentence as a win" does, and
 * says what happened on the toolbar button's badge: the page keeps the focus and its text is only read.
 */
import { browser } from 'wxt/browser';
import { newWin } from '../lexicon/update/index.ts';
import type { WinWords } from '../compose/types.ts';
import { knownFocusedFrame } from './focused-frame.ts';
import { AMBER, GREEN, flashBadge, type BadgeApi } from './toolbar-badge.ts';
import { saveWin } from './wins-store.ts';

/** The command's name in the manifest. */
export const LOG_WIN_COMMAND = 'log-win';

/** Background → the focused frame: which words would a win hold? Only a frame whose box has the focus answers. */
export interface WinWordsRequest {
  type: 'bl/win-words';
}

const REQUEST: WinWordsRequest = { type: 'bl/win-words' };

/** How long a frame gets to answer; a tab without the content script never does. */
const ANSWER_TIMEOUT_MS = 2_000;

export const NO_FOCUSED_BOX =
  'Nothing logged: no message box has the cursor on this page. Click in your message (or select the words), then press the shortcut again.';

/** What the command did, for its badge and for tests. */
export type LogWinResult = { logged: true; what: string } | { logged: false; reason: string };

/** The extension APIs the command uses, so tests can fake them. */
export interface LogWinApi extends BadgeApi {
  tabs: {
    query(query: { active: boolean; currentWindow: boolean }): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  };
}

export interface LogWinDeps {
  api?: LogWinApi;
  /** Which frame of the tab holds the focused box (focused-frame.ts). */
  frameOf?: (tabId: number) => Promise<number | null>;
  save?: typeof saveWin;
  now?: () => Date;
  newId?: () => string;
  /** How long the result stays on the badge. */
  flashMs?: number;
}

function isWinWords(answer: unknown): answer is WinWords {
  if (!answer || typeof answer !== 'object') return false;
  const a = answer as { ok?: unknown; text?: unknown; reason?: unknown };
  return a.ok === true ? typeof a.text === 'string' && a.text.trim() !== '' : a.ok === false && typeof a.reason === 'string';
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      () => (clearTimeout(timer), resolve(undefined)),
    );
  });
}

/** "Logged as a win: “We moved…”" with long words cut, for the tooltip. */
function quoted(text: string): string {
  return text.length > 120 ? `“${text.slice(0, 117)}…”` : `“${text}”`;
}

/** Runs the command on the active tab: logs the win, or says on the badge why nothing was logged. */
export async function logWinFromActiveTab(deps: LogWinDeps = {}): Promise<LogWinResult> {
  const api = deps.api ?? (browser as unknown as LogWinApi);
  const [tab] = await api.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  const tabId = tab?.id;
  if (tabId === undefined) return { logged: false, reason: NO_FOCUSED_BOX };

  const result = await logFrom(tabId, api, deps);
  const flash = result.logged
    ? { text: '+1', color: GREEN, title: `Logged as a win: ${quoted(result.what)}. Add the details in Your update.` }
    : { text: '!', color: AMBER, title: result.reason };
  await flashBadge(tabId, flash, api, deps.flashMs).catch(() => undefined);
  return result;
}

async function logFrom(tabId: number, api: LogWinApi, deps: LogWinDeps): Promise<LogWinResult> {
  const frameId = await (deps.frameOf ?? knownFocusedFrame)(tabId).catch(() => null);
  // With no frame known, the whole tab is asked: only a frame whose box has the focus answers.
  const sent = frameId === null ? api.tabs.sendMessage(tabId, REQUEST) : api.tabs.sendMessage(tabId, REQUEST, { frameId });
  const answer = await withTimeout(sent, ANSWER_TIMEOUT_MS);
  if (!isWinWords(answer)) return { logged: false, reason: NO_FOCUSED_BOX };
  if (!answer.ok) return { logged: false, reason: `Nothing logged: ${answer.reason}` };
  const now = (deps.now ?? (() => new Date()))();
  const win = newWin({ what: answer.text }, now, (deps.newId ?? (() => crypto.randomUUID()))());
  try {
    await (deps.save ?? saveWin)(win);
  } catch (error) {
    return { logged: false, reason: `Nothing logged: ${error instanceof Error ? error.message : String(error)}` };
  }
  return { logged: true, what: win.what };
}
