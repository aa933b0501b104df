/**
 * Which frame of a tab holds the box the user is writing in. On sites the user enabled, the content script runs in
 * every frame, so a popup request sent to the whole tab reached each of them: more than one could answer (the
 * browser keeps the first answer, from whichever frame was quickest) or act. Now a content script tells the
 * background when the user focuses an editable element in its frame; the background keeps the frame id (in session
 * storage too, since a Manifest V3 worker is stopped when idle), and the popup addresses that frame alone.
 */
import { browser } from 'wxt/browser';
import { sendQuietly } from './send-quietly.ts';

/** Content script → background: the user focused an editable element in this frame. */
export interface BoxFocusedMessage {
  type: 'bl/box-focused';
}

/** Popup → background: which frame of this tab holds the focused box? Answered with a frame id, or null. */
export interface FocusedFrameQuery {
  type: 'bl/focused-frame';
  tabId: number;
}

const key = (tabId: number) => `focusedFrame:${tabId}`;
const frames = new Map<number, number>();

function sessionArea() {
  return (browser.storage as { session?: typeof browser.storage.local }).session;
}

async function frameOf(tabId: number): Promise<number | null> {
  const known = frames.get(tabId);
  if (known !== undefined) return known;
  const stored = await sessionArea()
    ?.get(key(tabId))
    .catch(() => undefined);
  const value = stored?.[key(tabId)];
  return typeof value === 'number' ? value : null;
}

/** The background's side: the frame of a tab the user last focused a box in, or null when none is known. */
export function knownFocusedFrame(tabId: number): Promise<number | null> {
  return frameOf(tabId);
}

/** The background's side: remembers the frame each tab last focused a box in, and answers the popup. */
export function serveFocusedFrames(): () => void {
  const listener = (
    message: unknown,
    sender: { tab?: { id?: number }; frameId?: number; url?: string } | undefined,
    sendResponse: (frameId: number | null) => void,
  ) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (type === 'bl/box-focused') {
      const tabId = sender?.tab?.id;
      const frameId = sender?.frameId;
      if (tabId === undefined || typeof frameId !== 'number') return undefined;
      frames.set(tabId, frameId);
      void sessionArea()
        ?.set({ [key(tabId)]: frameId })
        .catch(() => undefined);
      return undefined;
    }
    if (type === 'bl/focused-frame') {
      // Only the extension's own pages (the popup) ask; a web page's content script has no tab to ask about.
      if (sender?.tab && !sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
      const tabId = (message as FocusedFrameQuery).tabId;
      if (typeof tabId !== 'number') return undefined;
      void frameOf(tabId).then(sendResponse, () => sendResponse(null));
      return true;
    }
    return undefined;
  };
  const forget = (tabId: number) => {
    frames.delete(tabId);
    void sessionArea()
      ?.remove(key(tabId))
      .catch(() => undefined);
  };
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  browser.tabs.onRemoved.addListener(forget);
  return () => {
    browser.runtime.onMessage.removeListener(listener as Parameters<typeof browser.runtime.onMessage.removeListener>[0]);
    browser.tabs.onRemoved.removeListener(forget);
    frames.clear();
  };
}

/** The popup's side: the frame to address in a tab, or undefined to address the tab as a whole. */
export async function focusedFrameOf(tabId: number): Promise<number | undefined> {
  try {
    const query: FocusedFrameQuery = { type: 'bl/focused-frame', tabId };
    const answer: unknown = await browser.runtime.sendMessage(query);
    return typeof answer === 'number' ? answer : undefined;
  } catch {
    return undefined;
  }
}

/** The content script's side: tells the background when the user (not a script) focuses an editable element here. */
export function reportFocusedBoxes(doc: Document): () => void {
  const onFocusIn = (event: FocusEvent) => {
    if (!event.isTrusted) return;
    const target = event.composedPath()[0] as HTMLElement | undefined;
    if (!target || !(target.tagName === 'TEXTAREA' || target.isContentEditable || isSameOriginFrame(target))) return;
    // After an update or reload of the extension this script's context is gone: stop listening.
    if (!sendQuietly({ type: 'bl/box-focused' } satisfies BoxFocusedMessage)) doc.removeEventListener('focusin', onFocusIn, true);
  };
  doc.addEventListener('focusin', onFocusIn, true);
  return () => doc.removeEventListener('focusin', onFocusIn, true);
}

/** A same-origin frame's boxes are handled by this frame's content script; a cross-origin one reports for itself. */
function isSameOriginFrame(element: HTMLElement): boolean {
  if (element.tagName !== 'IFRAME') return false;
  try {
    return (element as HTMLIFrameElement).contentDocument !== null;
  } catch {
    return false;
  }
}
