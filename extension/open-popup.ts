/**
 * "Open in popup" from the card or the badge menu: the background opens the toolbar popup, or, where the browser
 * will not open it from here, the same page in a tab pointed at the tab the user was writing in.
 *
 * The toolbar button is `browser.action` in Manifest V3 (Chromium) and `browser.browserAction` in Manifest V2
 * (the Firefox build), which has no `action` at all: calling `browser.action.openPopup` there threw, and the
 * button did nothing. Firefox also refuses `openPopup` outside a handler of a user action on the toolbar or
 * menus, and a message from a content script is not one; Chromium refuses when no window has focus.
 */
import { browser } from 'wxt/browser';

/** The part of the extension API this needs, so tests can give a browser of either manifest version. */
export interface PopupOpenerApi {
  action?: { openPopup?: () => Promise<void> };
  browserAction?: { openPopup?: () => Promise<void> };
  tabs: { create(properties: { url: string }): Promise<unknown> };
  runtime: { getURL(path: string): string };
}

/** The popup page for a tab, as a tab of its own (the popup reads `?tab=ID`, see components/popup/client.ts). */
export function popupPageUrl(api: Pick<PopupOpenerApi, 'runtime'>, tabId?: number): string {
  return api.runtime.getURL(tabId === undefined ? '/popup.html' : `/popup.html?tab=${tabId}`);
}

/** Opens the popup for the tab `tabId` (the sender's), in a tab when the toolbar popup cannot open. */
export async function openPopupFor(
  tabId: number | undefined,
  api: PopupOpenerApi = browser as unknown as PopupOpenerApi,
): Promise<'popup' | 'tab'> {
  const button = api.action ?? api.browserAction;
  try {
    if (typeof button?.openPopup === 'function') {
      await button.openPopup();
      return 'popup';
    }
  } catch {
    // Refused (no user action, no focused window): the tab below shows the same page.
  }
  await api.tabs.create({ url: popupPageUrl(api, tabId) });
  return 'tab';
}
