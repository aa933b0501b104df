// @vitest-environment happy-dom
/**
 * The popup talks to the frame that holds the focused box. On a site the user enabled, the content script runs in
 * every frame of the tab; a request sent to the whole tab reached each of them, the browser kept whichever answer
 * came first, and every frame acted on "Apply". Here two frames answer as content scripts would: the top frame
 * (0) has no box and answers at once, frame 5 holds the box the user is typing in and answers a moment later.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBrowserClient } from '../../../components/popup/client.ts';
import { reportFocusedBoxes, serveFocusedFrames } from '../../../extension/focused-frame.ts';
import { asUser } from '../compose/user-input.ts';

const TAB = 1;
const BOX_FRAME = 5;
let acted: number[];
let stopServing: () => void;

/** The two frames' content scripts, as `tabs.sendMessage` reaches them: all of them, or the one addressed. */
function frameAnswer(frameId: number, request: { type: string }): Promise<unknown> {
  if (request.type === 'bl/get-state') {
    return frameId === BOX_FRAME
      ? new Promise((resolve) => setTimeout(() => resolve({ state: 'ready', text: 'We patched the VPN.' }), 20))
      : Promise.resolve({ state: 'no-box' });
  }
  acted.push(frameId);
  return frameId === BOX_FRAME ? Promise.resolve({ ok: true }) : Promise.resolve({ ok: false, reason: 'No box here.' });
}

/** Sends a message to the background's listeners as a content script in frame `frameId` of the tab would. */
function fromFrame(frameId: number, message: unknown): Promise<unknown[]> {
  const onMessage = fakeBrowser.runtime.onMessage as unknown as { trigger(...args: unknown[]): Promise<unknown[]> };
  return onMessage.trigger(message, { tab: { id: TAB }, frameId, url: 'https://intranet.example/' }, () => undefined);
}

beforeEach(() => {
  fakeBrowser.reset();
  acted = [];
  stopServing = serveFocusedFrames();
  vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: TAB, url: 'https://intranet.example/' } as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((
    tabId: number,
    request: { type: string },
    options?: { frameId?: number },
  ) => {
    if (options?.frameId !== undefined) return frameAnswer(options.frameId, request);
    // Sent to the whole tab: every frame gets it, and the first answer wins.
    return Promise.race([frameAnswer(0, request), frameAnswer(BOX_FRAME, request)]);
  }) as never);
});

afterEach(() => {
  stopServing();
  vi.restoreAllMocks();
});

describe('the popup and the frames of a tab', () => {
  it('reads and acts on the frame where the user focused a box, and no other', async () => {
    await fromFrame(BOX_FRAME, { type: 'bl/box-focused' });
    const client = createBrowserClient(`?tab=${TAB}`);
    expect(await client.look()).toMatchObject({ kind: 'answered', state: { state: 'ready', text: 'We patched the VPN.' } });
    expect(await client.apply('f1', { start: 11, end: 14, expected: 'VPN', text: 'remote access' })).toEqual({ ok: true });
    expect(acted).toEqual([BOX_FRAME]);
  });

  it('still knows the frame after the background was stopped and started again', async () => {
    await fromFrame(BOX_FRAME, { type: 'bl/box-focused' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    stopServing(); // a Manifest V3 worker stopped while idle forgets what it held in memory
    stopServing = serveFocusedFrames();
    const client = createBrowserClient(`?tab=${TAB}`);
    expect(await client.look()).toMatchObject({ state: { state: 'ready' } });
  });

  it('follows the user to another frame', async () => {
    await fromFrame(BOX_FRAME, { type: 'bl/box-focused' });
    await fromFrame(0, { type: 'bl/box-focused' });
    const client = createBrowserClient(`?tab=${TAB}`);
    expect(await client.look()).toMatchObject({ state: { state: 'no-box' } });
  });
});

describe('the content script’s report', () => {
  it('reports the user focusing an editable element, and ignores a script’s focus event and other elements', () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    document.body.innerHTML = '<textarea id="t"></textarea><button id="b">Send</button>';
    const stop = reportFocusedBoxes(document);
    const focus = (id: string, trusted: boolean) => {
      const event = new FocusEvent('focusin', { bubbles: true, composed: true });
      document.getElementById(id)!.dispatchEvent(trusted ? asUser(event) : event);
    };
    focus('t', false);
    focus('b', true);
    expect(sent).not.toHaveBeenCalled();
    focus('t', true);
    expect(sent).toHaveBeenCalledWith({ type: 'bl/box-focused' });
    stop();
  });
});
