/**
 * The sites the user turned Business Lens on for (beyond the built-in mail and chat apps), and the keyboard
 * shortcuts, as the options page and Your update show them. Granting a site happens in the popup (site-access.ts); here the
 * user reviews and revokes.
 */
import { browser } from 'wxt/browser';
import { BUILT_IN_SITES } from './sites.ts';
import { disableSite } from './site-access.ts';

/**
 * Host permissions the user granted at run time: everything granted minus what the manifest asks for at
 * install (those cannot be revoked one by one and are listed as built-in sites).
 */
export async function listUserSites(): Promise<string[]> {
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const manifest = browser.runtime.getManifest() as { host_permissions?: string[]; permissions?: string[] };
  const fromManifest = new Set<string>([...BUILT_IN_SITES, ...(manifest.host_permissions ?? []), ...(manifest.permissions ?? [])]);
  return granted.filter((origin) => !fromManifest.has(origin)).sort();
}

/** Gives a site's permission back and stops the content script there. */
export async function revokeUserSite(pattern: string): Promise<void> {
  await disableSite(pattern);
}

/** The key the user gave a command ("Alt+Shift+L"), or undefined when it has none. */
async function commandShortcut(name: string): Promise<string | undefined> {
  const commands = await browser.commands?.getAll?.();
  const command = commands?.find((c) => c.name === name);
  return command?.shortcut || undefined;
}

/** The shortcut that moves to the next mark, as the browser shows it ("Alt+Shift+L"), or undefined when none is set. */
export function getNextMarkShortcut(): Promise<string | undefined> {
  return commandShortcut('next-mark');
}

/** The key for "log a win", which has none until the user gives it one. */
export function getLogWinShortcut(): Promise<string | undefined> {
  return commandShortcut('log-win');
}

/**
 * Opens the browser's page for changing extension shortcuts. Chromium has one at chrome://extensions/shortcuts,
 * which a link on a page may not open but an extension API may; Firefox opens its own (Manage Extension Shortcuts)
 * through `commands.openShortcutSettings` (Firefox 137 and later). False where neither can, so the caller explains
 * the way there.
 */
export async function openShortcutSettings(): Promise<boolean> {
  if (import.meta.env.FIREFOX) {
    const commands = browser.commands as { openShortcutSettings?: () => Promise<void> } | undefined;
    if (typeof commands?.openShortcutSettings !== 'function') return false;
    await commands.openShortcutSettings();
    return true;
  }
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  return true;
}
