// @vitest-environment happy-dom
/**
 * "Insert into compose box" on the update page, over WXT's fake browser: the background follows the user's focus
 * across tabs and forgets a box whose tab closes or loads a new page; the update page asks the frame that holds the
 * box whether it is still there, sends the draft to that frame alone, and says in words why it cannot when it cannot.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findComposeTarget, insertIntoComposeBox, whyNoTarget } from '../../../extension/compose-target.ts';
import { lastFocusedBox, serveLastBox, watchLastBox } from '../../../extension/last-box.ts';

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox';
let stopServing: () => void;
/** What each frame's content script answers, by "tabId/frameId"; a frame missing here has no script. */
let frames: Map<string, (request: { type: string; text?: string }) => unknown>;
let sent: Array<{ tabId: number; frameId?: number; type: string; text?: string }>;

/** A content script in a frame of a tab tells the background the user focused a box there. */
function focusIn(tabId: number, frameId: number, url: string): Promise<unknown> {
  const onMessage = fakeBrowser.runtime.onMessage as unknown as { trigger(...args: unknown[]): Promise<unknown[]> };
  return onMessage.trigger({ type: 'bl/box-focused' }, { tab: { id: tabId, url }, frameId, url }, () => undefined);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  fakeBrowser.reset();
  stopServing = serveLastBox();
  frames = new Map();
  sent = [];
  // The update page's questions reach the background's listener, as runtime messages from an extension page do.
  const fromUpdatePage = (message: unknown) => {
    const onMessage = fakeBrowser.runtime.onMessage as unknown as { trigger(...args: unknown[]): Promise<unknown[]> };
    return new Promise((resolve) => {
      void onMessage.trigger(message, { url: fakeBrowser.runtime.getURL('/update.html') }, resolve);
    });
  };
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) => fromUpdatePage(message) as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((
    tabId: number,
    request: { type: string; text?: string },
    options?: { frameId?: number },
  ) => {
    sent.push({ tabId, frameId: options?.frameId, ...request });
    const answer = frames.get(`${tabId}/${options?.frameId}`);
    return answer ? Promise.resolve(answer(request)) : Promise.reject(new Error('Could not establish connection.'));
  }) as never);
});

afterEach(() => {
  stopServing();
  vi.restoreAllMocks();
});

describe('the box the user focused last', () => {
  it('follows the user across tabs and frames, named by the page’s host', async () => {
    expect(await lastFocusedBox()).toEqual({ state: 'none' });
    await focusIn(1, 0, 'http://127.0.0.1:4000/textarea.html');
    await focusIn(7, 3, GMAIL);
    expect(await lastFocusedBox()).toEqual({ state: 'known', tabId: 7, frameId: 3, host: 'mail.google.com' });
  });

  it('is forgotten, saying so, when its tab closes or loads a page; another tab closing changes nothing', async () => {
    await focusIn(7, 0, GMAIL);
    await fakeBrowser.tabs.onRemoved.trigger(8, { windowId: 1, isWindowClosing: false });
    await settle();
    expect(await lastFocusedBox()).toMatchObject({ state: 'known', tabId: 7 });
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await settle();
    expect(await lastFocusedBox()).toEqual({ state: 'closed', host: 'mail.google.com' });

    await focusIn(9, 0, GMAIL);
    // A single-page app changing its address keeps the box; a page load does not.
    await fakeBrowser.tabs.onUpdated.trigger(9, { url: `${GMAIL}/compose` }, { id: 9 } as never);
    await settle();
    expect(await lastFocusedBox()).toMatchObject({ state: 'known', tabId: 9 });
    await fakeBrowser.tabs.onUpdated.trigger(9, { status: 'loading' }, { id: 9 } as never);
    await settle();
    expect(await lastFocusedBox()).toEqual({ state: 'left', host: 'mail.google.com' });
  });

  it('tells a watching page each time it changes', async () => {
    const changed = vi.fn();
    const unwatch = watchLastBox(changed);
    await focusIn(7, 0, GMAIL);
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1));
    await focusIn(8, 0, 'http://127.0.0.1:4000/textarea.html');
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(2));
    unwatch();
  });

  it('is still known after the background was stopped and started again', async () => {
    await focusIn(7, 0, GMAIL);
    await settle();
    stopServing();
    stopServing = serveLastBox();
    expect(await lastFocusedBox()).toMatchObject({ state: 'known', tabId: 7, host: 'mail.google.com' });
  });

  it('is not told to a web page’s content script', async () => {
    await focusIn(7, 0, GMAIL);
    const onMessage = fakeBrowser.runtime.onMessage as unknown as { trigger(...args: unknown[]): Promise<unknown[]> };
    const answers: unknown[] = [];
    await onMessage.trigger({ type: 'bl/last-box' }, { tab: { id: 2 }, frameId: 0, url: 'https://evil.example/' }, (a: unknown) =>
      answers.push(a),
    );
    await settle();
    expect(answers).toEqual([]);
  });
});

describe('inserting from the update page', () => {
  it('names the site when the box is there, and sends the draft to that frame alone', async () => {
    frames.set('7/3', (request) => (request.type === 'bl/draft-target' ? { target: 'ready' } : { ok: true }));
    await focusIn(7, 3, GMAIL);
    expect(await findComposeTarget()).toEqual({ state: 'ready', host: 'mail.google.com' });
    expect(await insertIntoComposeBox('Hello,\n\nNews.')).toEqual({ ok: true, host: 'mail.google.com' });
    expect(sent.at(-1)).toEqual({ tabId: 7, frameId: 3, type: 'bl/insert-draft', text: 'Hello,\n\nNews.' });
  });

  it('says why there is nowhere to insert: no box yet, its tab closed, the box gone, the site switched off', async () => {
    expect(await findComposeTarget()).toEqual({ state: 'none' });
    expect(await insertIntoComposeBox('x')).toEqual({ ok: false, reason: 'Click into a compose box first, then come back.' });

    await focusIn(7, 0, GMAIL);
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await settle();
    expect(await insertIntoComposeBox('x')).toEqual({
      ok: false,
      reason: 'The tab with your compose box on mail.google.com was closed. Click into a compose box, then come back.',
    });

    // The frame answers no more (replaced, or the extension updated since the page loaded), or its box went.
    await focusIn(8, 0, GMAIL);
    expect(await findComposeTarget()).toEqual({ state: 'gone', host: 'mail.google.com' });
    frames.set('8/0', () => ({ target: 'gone' }));
    expect(await findComposeTarget()).toEqual({ state: 'gone', host: 'mail.google.com' });

    frames.set('8/0', (request) =>
      request.type === 'bl/draft-target' ? { target: 'site-off' } : { ok: false, reason: 'Business Lens is switched off on this site.' },
    );
    expect(await findComposeTarget()).toEqual({ state: 'site-off', host: 'mail.google.com' });
    expect(await insertIntoComposeBox('x')).toEqual({
      ok: false,
      reason: 'Business Lens is switched off on mail.google.com. Turn it on there from the toolbar button, or copy the draft instead.',
    });
  });

  it('passes on the page’s own refusal', async () => {
    frames.set('7/0', () => ({ ok: false, reason: 'The editor did not take the change.' }));
    await focusIn(7, 0, GMAIL);
    expect(await insertIntoComposeBox('x')).toEqual({ ok: false, reason: 'The editor did not take the change.' });
  });

  it('has words for every state but a ready box', () => {
    expect(whyNoTarget({ state: 'ready', host: 'a' })).toBeNull();
    for (const state of ['closed', 'left', 'gone', 'site-off'] as const)
      expect(whyNoTarget({ state, host: 'mail.google.com' })).toContain('mail.google.com');
  });
});
