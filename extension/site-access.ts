/**
 * Turning Business Lens on for a site the user chooses. No broad host permission is granted at install: the
 * user grants one origin at a time (from the popup's "Enable on this site"), and the content script is then
 * registered for that origin only, so it runs there on every later visit too.
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

/** The match pattern that covers every page of an origin, e.g. "https://intranet.example.com/*". */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  // Match patterns carry no port: "http://127.0.0.1/*" covers every port of that host.
  return `${url.protocol}//${url.hostname}/*`;
}

/** The id of the registered script for an origin, so registering twice replaces rather than duplicates. */
export function siteScriptId(origin: string): string {
  return `bl-site:${new URL(origin).hostname}`;
}

/** The built content script's files, read from the manifest so a renamed bundle cannot break this. */
function contentScriptFiles(): { js: string[]; css: string[] } {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  return {
    js: [...new Set(scripts.flatMap((s) => s.js ?? []))],
    css: [...new Set(scripts.flatMap((s) => s.css ?? []))],
  };
}

/** True when the user has already granted this origin. */
export async function hasSiteAccess(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(origin)] });
}

/**
 * Asks the browser for access to one origin. Must be called straight from a click handler, before any `await`:
 * browsers only show the prompt in response to a user gesture.
 */
export function requestSiteAccess(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(origin)] });
}

/**
 * Registers the content script for an origin the user has granted, and starts it in an open tab of that
 * origin so the user need not reload. Safe to call again, and from two places at once: a registration that
 * exists is kept. (The content script guards against starting twice in one page.)
 */
export async function enableSite(origin: string, tabId?: number): Promise<void> {
  const id = siteScriptId(origin);
  const { js, css } = contentScriptFiles();
  if (js.length === 0) throw new Error('The extension has no content script to register.');
  const registered = async () => (await browser.scripting.getRegisteredContentScripts({ ids: [id] })).length > 0;
  if (!(await registered())) {
    try {
      await browser.scripting.registerContentScripts([
        {
          id,
          matches: [originPattern(origin)],
          js,
          ...(css.length ? { css } : {}),
          runAt: 'document_idle',
          allFrames: true,
          persistAcrossSessions: true,
        },
      ]);
    } catch (error) {
      // The popup and the background both register on a grant; whoever comes second finds it done.
      if (!(await registered())) throw error;
    }
  }
  if (tabId !== undefined) {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: js as ScriptPublicPath[] }).catch(() => undefined);
  }
}

/** Undoes `enableSite`: unregisters the script and gives the permission back. */
export async function disableSite(origin: string): Promise<void> {
  const id = siteScriptId(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [id] });
  await browser.permissions.remove({ origins: [originPattern(origin)] });
}

/** True for a single site's pattern; "all sites" patterns granted through the browser's menu are left alone. */
function isSingleSite(pattern: string): boolean {
  try {
    const host = new URL(pattern.replace(/\/\*$/, '/')).hostname;
    return !!host && !host.includes('*');
  } catch {
    return false;
  }
}

/**
 * Keeps the registered scripts in step with the permissions, whoever changed them: a grant from the popup whose
 * window closed before it could register (Firefox closes popups for the prompt), or a site revoked in the
 * browser's own extension settings. Call once from the background.
 */
export function keepSiteScriptsInStep(): void {
  browser.permissions.onAdded.addListener(({ origins }) => {
    for (const origin of origins ?? []) if (isSingleSite(origin)) void enableSite(origin).catch(() => undefined);
  });
  browser.permissions.onRemoved.addListener(({ origins }) => {
    for (const origin of origins ?? []) {
      if (!isSingleSite(origin)) continue;
      const id = siteScriptId(origin);
      void browser.scripting.unregisterContentScripts({ ids: [id] }).catch(() => undefined);
    }
  });
}
