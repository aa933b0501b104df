/**
 * Which compose box the user focused last, in any tab: "Insert into compose box" on the update page puts the draft
 * there. The content script already tells the background when the user focuses an editable element (focused-frame.ts);
 * this keeps the latest of those across tabs, with the page's host to name it, in session storage too (a Manifest V3
 * worker is stopped when idle). It forgets the box when its tab closes or loads another page, and says so, so the
 * update page can tell the user why there is nowhere to insert rather than insert somewhere unexpected.
 */
import { browser } from 'wxt/browser';

/** The box the user focused last, or why there is none now. */
export type LastBox =
  | { state: 'none' }
  | { state: 'known'; tabId: number; frameId: number; host: string }
  /** Its tab was closed, or it loaded another page (or the same one again). */
  | { state: 'closed' | 'left'; host: string };

/** Extension page → background: where is the box the user focused last? Answered with a `LastBox`. */
export interface LastBoxQuery {
  type: 'bl/last-box';
}

const KEY = 'lastBox';
const NONE: LastBox = { state: 'none' };
let current: LastBox | null = null;

function sessionArea() {
  return (browser.storage as { session?: typeof browser.storage.local }).session;
}

async function load(): Promise<LastBox> {
  if (current) return current;
  const stored = await sessionArea()
    ?.get(KEY)
    .catch(() => undefined);
  const value = stored?.[KEY] as LastBox | undefined;
  current = value && typeof value === 'object' && typeof value.state === 'string' ? value : NONE;
  return current;
}

function remember(box: LastBox): void {
  current = box;
  void sessionArea()
    ?.set({ [KEY]: box })
    .catch(() => undefined);
}

/** What to call the page a box is on: its host, or "the playground" for the extension's own page. */
export function hostLabel(url: string | undefined, ownOrigin: string): string {
  if (!url) return 'a page';
  if (url.startsWith(ownOrigin)) return 'the playground';
  try {
    return new URL(url).host || 'a page';
  } catch {
    return 'a page';
  }
}

/** The background's side: follows the user's focus across tabs, forgets a box whose tab closes or leaves its page. */
export function serveLastBox(): () => void {
  const ownOrigin = browser.runtime.getURL('/');
  const listener = (
    message: unknown,
    sender: { tab?: { id?: number; url?: string }; frameId?: number; url?: string } | undefined,
    sendResponse: (box: LastBox) => void,
  ) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (type === 'bl/box-focused') {
      const tabId = sender?.tab?.id;
      const frameId = sender?.frameId;
      if (tabId === undefined || typeof frameId !== 'number') return undefined;
      remember({ state: 'known', tabId, frameId, host: hostLabel(sender?.tab?.url ?? sender?.url, ownOrigin) });
      return undefined;
    }
    if (type === 'bl/last-box') {
      // Only the extension's own pages ask; a web page's content script is not told where the user writes elsewhere.
      if (sender?.tab && !sender.url?.startsWith(ownOrigin)) return undefined;
      void load().then(sendResponse, () => sendResponse(NONE));
      return true;
    }
    return undefined;
  };
  const closed = (tabId: number) => {
    void load().then((box) => {
      if (box.state === 'known' && box.tabId === tabId) remember({ state: 'closed', host: box.host });
    });
  };
  // A new page in the tab (a link, a reload) has no box the user focused. Single-page apps changing their URL do not
  // load a page, and keep the box.
  const updated = (tabId: number, change: { status?: string }) => {
    if (change.status !== 'loading') return;
    void load().then((box) => {
      if (box.state === 'known' && box.tabId === tabId) remember({ state: 'left', host: box.host });
    });
  };
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  browser.tabs.onRemoved.addListener(closed);
  browser.tabs.onUpdated.addListener(updated);
  return () => {
    browser.runtime.onMessage.removeListener(listener as Parameters<typeof browser.runtime.onMessage.removeListener>[0]);
    browser.tabs.onRemoved.removeListener(closed);
    browser.tabs.onUpdated.removeListener(updated);
    current = null;
  };
}

/**
 * Calls back whenever the box the user focused last changes (focus in another box, its tab closed or left). The update
 * page looks again then: a page left open in its own tab hears no focus or visibility event when the user merely
 * clicks into a box in another window.
 */
export function watchLastBox(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && KEY in changes) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The extension page's side: the box the user focused last, or why there is none. */
export async function lastFocusedBox(): Promise<LastBox> {
  try {
    const query: LastBoxQuery = { type: 'bl/last-box' };
    const answer: unknown = await browser.runtime.sendMessage(query);
    return answer && typeof answer === 'object' && typeof (answer as LastBox).state === 'string' ? (answer as LastBox) : NONE;
  } catch {
    return NONE;
  }
}
