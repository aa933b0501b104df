/**
 * "Open in popup" in either build: the Firefox build is Manifest V2, where the toolbar button is
 * `browserAction` and `action` does not exist (the background called `browser.action.openPopup` and threw). The
 * end-to-end check in Firefox ESR is tests/e2e/trust/firefox.spec.ts.
 */
import { describe, expect, it, vi } from 'vitest';
import { openPopupFor, type PopupOpenerApi } from '../../../extension/open-popup.ts';

function api(shape: { action?: () => Promise<void>; browserAction?: () => Promise<void> }) {
  const create = vi.fn(() => Promise.resolve({}));
  const value: PopupOpenerApi = {
    ...(shape.action ? { action: { openPopup: shape.action } } : {}),
    ...(shape.browserAction ? { browserAction: { openPopup: shape.browserAction } } : {}),
    tabs: { create },
    runtime: { getURL: (path) => `moz-extension://abc${path}` },
  };
  return { value, create };
}

describe('Open in popup', () => {
  it('uses browserAction in a Manifest V2 build, which has no action', async () => {
    const openPopup = vi.fn(() => Promise.resolve());
    const { value, create } = api({ browserAction: openPopup });
    await expect(openPopupFor(7, value)).resolves.toBe('popup');
    expect(openPopup).toHaveBeenCalledOnce();
    expect(create).not.toHaveBeenCalled();
  });

  it('uses action in a Manifest V3 build', async () => {
    const openPopup = vi.fn(() => Promise.resolve());
    await expect(openPopupFor(7, api({ action: openPopup }).value)).resolves.toBe('popup');
    expect(openPopup).toHaveBeenCalledOnce();
  });

  it('opens the same page in a tab, about the writer’s tab, when the browser refuses the popup', async () => {
    const refused = vi.fn(() => Promise.reject(new Error('openPopup requires a user gesture')));
    const { value, create } = api({ browserAction: refused });
    await expect(openPopupFor(7, value)).resolves.toBe('tab');
    expect(create).toHaveBeenCalledWith({ url: 'moz-extension://abc/popup.html?tab=7' });
  });

  it('opens the tab when the build has no way to open the popup at all', async () => {
    const { value, create } = api({});
    await expect(openPopupFor(undefined, value)).resolves.toBe('tab');
    expect(create).toHaveBeenCalledWith({ url: 'moz-extension://abc/popup.html' });
  });
});
