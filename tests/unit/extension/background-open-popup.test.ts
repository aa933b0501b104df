/**
 * The background as the Firefox build runs it (Manifest V2: `browserAction`, no `action`), asked by the card's
 * "Open in popup". It used to call `browser.action.openPopup` and throw.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background.ts';

type Api = Record<string, unknown>;
const api = fakeBrowser as unknown as Api;
const saved = { action: api.action, browserAction: api.browserAction };

afterEach(() => {
  api.action = saved.action;
  api.browserAction = saved.browserAction;
  fakeBrowser.reset();
});

/** Starts the background with the listeners the fake browser does not implement left inert. */
function startBackground(): void {
  for (const event of [fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved, fakeBrowser.commands.onCommand])
    vi.spyOn(event, 'addListener').mockImplementation(() => undefined);
  background.main();
}

/** Sends a message to the background's listeners as a content script in tab 7 would. */
async function ask(message: unknown): Promise<unknown[]> {
  return (fakeBrowser.runtime.onMessage as unknown as { trigger(...args: unknown[]): Promise<unknown[]> }).trigger(
    message,
    { tab: { id: 7 }, url: 'https://mail.google.com/mail/u/0/' },
    () => undefined,
  );
}

describe('"Open in popup" in the Manifest V2 (Firefox) background', () => {
  it('opens the toolbar popup through browserAction', async () => {
    const openPopup = vi.fn(() => Promise.resolve());
    api.action = undefined;
    api.browserAction = { openPopup };
    startBackground();
    await expect(ask({ type: 'bl/open-popup', findingId: 'f1' })).resolves.toBeDefined();
    expect(openPopup).toHaveBeenCalledOnce();
  });

  it('opens the popup page in a tab, about the writer’s tab, when Firefox refuses the toolbar popup', async () => {
    api.action = undefined;
    api.browserAction = { openPopup: () => Promise.reject(new Error('openPopup requires a user gesture')) };
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    startBackground();
    await ask({ type: 'bl/open-popup' });
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/popup\.html\?tab=7$/) as string });
  });
});
