/**
 * The toolbar button's badge and tooltip, the one place Business Lens can tell the user something without touching
 * the page or taking the focus: the "log a win" command flashes its result on the tab it acted on, and the weekly
 * reminder sits on the button everywhere until the user opens the popup or Your update.
 *
 * The button is `browser.action` in Manifest V3 (Chromium) and `browser.browserAction` in Manifest V2 (the Firefox
 * build, which has no `action`); both take the same calls.
 */
import { browser } from 'wxt/browser';

type Color = string | [number, number, number, number];

/** The part of the button API used here, so tests can give either manifest version's shape. */
export interface BadgeButton {
  setBadgeText(details: { text: string | null; tabId?: number }): Promise<void>;
  getBadgeText(details: { tabId?: number }): Promise<string>;
  setBadgeBackgroundColor(details: { color: Color; tabId?: number }): Promise<void>;
  getBadgeBackgroundColor(details: { tabId?: number }): Promise<Color>;
  setTitle(details: { title: string | null; tabId?: number }): Promise<void>;
  getTitle(details: { tabId?: number }): Promise<string>;
}

export interface BadgeApi {
  action?: Partial<BadgeButton>;
  browserAction?: Partial<BadgeButton>;
}

/** The toolbar button of either manifest version, or undefined where it has no badge (never in our builds). */
export function toolbarButton(api: BadgeApi = browser as unknown as BadgeApi): BadgeButton | undefined {
  const button = api.action ?? api.browserAction;
  return typeof button?.setBadgeText === 'function' ? (button as BadgeButton) : undefined;
}

/** What the manifest names the button ("Business Lens"): the tooltip when nothing is waiting. */
export const DEFAULT_TITLE = 'Business Lens';

export const GREEN = '#1e6b34';
export const AMBER = '#8a4b00';

/** How long the command's result stays on the tab's button. */
export const FLASH_MS = 4_000;

/**
 * Shows a short badge and a tooltip on one tab's button, then gives that tab the button's everyday look back (the
 * reminder, if one is waiting, or nothing). Resolves once the badge is shown; the restore follows on its own.
 */
export async function flashBadge(
  tabId: number,
  flash: { text: string; title: string; color: string },
  api: BadgeApi = browser as unknown as BadgeApi,
  ms = FLASH_MS,
): Promise<void> {
  const button = toolbarButton(api);
  if (!button) return;
  await Promise.all([
    button.setBadgeText({ tabId, text: flash.text }),
    button.setBadgeBackgroundColor({ tabId, color: flash.color }),
    button.setTitle({ tabId, title: flash.title }),
  ]);
  setTimeout(() => void restoreTab(button, tabId).catch(() => undefined), ms);
}

/** The tab follows the button's global badge again: text reset with null (both browsers), colour and title copied. */
async function restoreTab(button: BadgeButton, tabId: number): Promise<void> {
  const [color, title] = await Promise.all([button.getBadgeBackgroundColor({}), button.getTitle({})]);
  await Promise.all([
    button.setBadgeText({ tabId, text: null }),
    button.setBadgeBackgroundColor({ tabId, color }),
    button.setTitle({ tabId, title }),
  ]);
}

/** Puts the weekly reminder on the button in every tab: the count on the badge, the question in the tooltip. */
export async function showReminderBadge(count: number, title: string, api: BadgeApi = browser as unknown as BadgeApi): Promise<void> {
  const button = toolbarButton(api);
  if (!button) return;
  await Promise.all([
    button.setBadgeText({ text: String(Math.min(count, 999)) }),
    button.setBadgeBackgroundColor({ color: GREEN }),
    button.setTitle({ title }),
  ]);
}

/** Takes the reminder off the button. */
export async function clearReminderBadge(api: BadgeApi = browser as unknown as BadgeApi): Promise<void> {
  const button = toolbarButton(api);
  if (!button) return;
  await Promise.all([button.setBadgeText({ text: '' }), button.setTitle({ title: DEFAULT_TITLE })]);
}
