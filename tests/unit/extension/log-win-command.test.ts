/**
 * The "log a win" keyboard command in the background, with fakes for the browser: it asks the frame holding the
 * focused box for its words, stores a win, and says what happened on the toolbar badge of that tab alone, which
 * goes back to its everyday look afterwards. Without a focused box it stores nothing and says so.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background.ts';
import { LOG_WIN_COMMAND, NO_FOCUSED_BOX, logWinFromActiveTab, type LogWinApi } from '../../../extension/log-win-command.ts';
import { loadWins } from '../../../extension/wins-store.ts';
import type { Win } from '../../../lexicon/update/index.ts';
import { fakeButton } from './fake-badge.ts';

function fakeApi(answer: (tabId: number, message: unknown, options?: { frameId?: number }) => Promise<unknown>, mv2 = false) {
  const badge = fakeButton();
  const sendMessage = vi.fn(answer);
  const api: LogWinApi = {
    tabs: { query: () => Promise.resolve([{ id: 7 }]), sendMessage },
    ...(mv2 ? { browserAction: badge.button } : { action: badge.button }),
  };
  return { api, badge, sendMessage };
}

const NOW = new Date(2026, 2, 4, 9, 30);
const deps = { now: () => NOW, newId: () => 'win-1', flashMs: 4_000 };

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.useRealTimers());

describe('logWinFromActiveTab', () => {
  it('logs the focused frame’s words as a win for today and shows "+1" on that tab only, then restores it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { api, badge, sendMessage } = fakeApi(() =>
      Promise.resolve({ ok: true, text: 'We moved invoice approval to the new finance app.' }),
    );
    badge.global.text = '3'; // a reminder waiting on every tab
    const result = await logWinFromActiveTab({ ...deps, api, frameOf: () => Promise.resolve(4) });

    expect(result).toEqual({ logged: true, what: 'We moved invoice approval to the new finance app.' });
    expect(sendMessage).toHaveBeenCalledWith(7, { type: 'bl/win-words' }, { frameId: 4 });
    const [win] = await loadWins();
    expect(win).toMatchObject<Partial<Win>>({
      id: 'win-1',
      what: 'We moved invoice approval to the new finance app.',
      date: '2026-03-04',
      goal: '',
      benefit: '',
    });
    expect(badge.shown(7)).toMatchObject({ text: '+1', title: expect.stringContaining('Logged as a win: “We moved invoice') as string });
    expect(badge.global.text).toBe('3');

    await vi.advanceTimersByTimeAsync(4_000);
    expect(badge.shown(7)).toMatchObject({ text: '3', title: 'Business Lens' });
  });

  it('with no frame known, asks the whole tab', async () => {
    const { api, sendMessage } = fakeApi(() => Promise.resolve({ ok: true, text: 'We patched the VPN.' }));
    await logWinFromActiveTab({ ...deps, api, frameOf: () => Promise.resolve(null) });
    expect(sendMessage).toHaveBeenCalledWith(7, { type: 'bl/win-words' });
  });

  it.each([
    ['no frame answers (no focused box, or no content script)', () => Promise.reject(new Error('Could not establish connection'))],
    ['the answer is not ours', () => Promise.resolve({ ok: true, text: '   ' })],
    ['nothing answers in time', () => new Promise(() => undefined)],
  ])('stores nothing and says so when %s', async (_name, answer) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { api, badge } = fakeApi(answer);
    const run = logWinFromActiveTab({ ...deps, api, frameOf: () => Promise.resolve(null) });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await run).toEqual({ logged: false, reason: NO_FOCUSED_BOX });
    expect(await loadWins()).toEqual([]);
    expect(badge.shown(7)).toMatchObject({ text: '!', title: NO_FOCUSED_BOX });
  });

  it('passes on why the box has no words, and why the store refused', async () => {
    const empty = fakeApi(() => Promise.resolve({ ok: false, reason: 'There are no words at the cursor to log.' }));
    expect(await logWinFromActiveTab({ ...deps, api: empty.api, frameOf: () => Promise.resolve(0) })).toEqual({
      logged: false,
      reason: 'Nothing logged: There are no words at the cursor to log.',
    });
    const full = fakeApi(() => Promise.resolve({ ok: true, text: 'We patched the VPN.' }));
    const save = vi.fn(() => Promise.reject(new Error('wins: must hold at most 5000 wins')));
    const result = await logWinFromActiveTab({ ...deps, api: full.api, frameOf: () => Promise.resolve(0), save });
    expect(result).toEqual({ logged: false, reason: 'Nothing logged: wins: must hold at most 5000 wins' });
    expect(full.badge.shown(7).text).toBe('!');
  });

  it('uses browserAction in the Manifest V2 (Firefox) build', async () => {
    const { api, badge } = fakeApi(() => Promise.resolve({ ok: true, text: 'We patched the VPN.' }), true);
    await logWinFromActiveTab({ ...deps, api, frameOf: () => Promise.resolve(0) });
    expect(badge.shown(7).text).toBe('+1');
  });
});

describe('the background', () => {
  it('runs the command by its manifest name, and only that name', async () => {
    let onCommand: ((command: string) => void) | undefined;
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((listener) => {
      onCommand = listener;
    });
    for (const event of [fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved])
      vi.spyOn(event, 'addListener').mockImplementation(() => undefined);
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(() => Promise.resolve([]) as never);
    background.main();
    onCommand?.('something-else');
    expect(query).not.toHaveBeenCalled();
    onCommand?.(LOG_WIN_COMMAND);
    await vi.waitFor(() => expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true }));
  });
});
