/**
 * What kind of page the popup is looking at, from its URL alone: one where Business Lens may run, or one the
 * browser keeps every extension out of. Pure, so it is tested without a browser.
 */

export type PageKind =
  /** An http(s) page: Business Lens runs if the site is built in or the user turned it on. */
  | { kind: 'web'; origin: string; host: string }
  /** One of Business Lens's own pages (the playground answers like a content script). */
  | { kind: 'own-page' }
  /** A page no extension may touch: browser pages, the extension stores, other extensions, source views. */
  | { kind: 'restricted'; reason: string }
  /** The URL is not known (the browser hides it); ask the page and see. */
  | { kind: 'unknown' };

/** Extension stores block every content script, whatever the permissions. */
const STORE_HOSTS: Array<[host: string, path: string]> = [
  ['chromewebstore.google.com', '/'],
  ['chrome.google.com', '/webstore'],
  ['microsoftedge.microsoft.com', '/addons'],
  ['addons.mozilla.org', '/'],
  ['addons.opera.com', '/'],
];

const BROWSER_SCHEMES = [
  'chrome:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'about:',
  'view-source:',
  'devtools:',
  'chrome-search:',
  'chrome-untrusted:',
  'resource:',
  'moz-extension:',
  'chrome-extension:',
  'data:',
  'javascript:',
  'blob:',
];

/** Classifies a tab's URL. `ownOrigin` is this extension's origin, e.g. "chrome-extension://abc…". */
export function classifyPage(url: string | undefined, ownOrigin: string): PageKind {
  if (!url) return { kind: 'unknown' };
  if (url.startsWith('view-source:')) return { kind: 'restricted', reason: 'Browsers keep extensions out of source views.' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'unknown' };
  }
  // Compare scheme and host: `URL.origin` is "null" for extension schemes in some engines, which would match anything.
  const own = new URL(ownOrigin);
  if (parsed.protocol === own.protocol && parsed.host === own.host && parsed.host !== '') return { kind: 'own-page' };
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
    const store = STORE_HOSTS.find(([host, path]) => parsed.hostname === host && parsed.pathname.startsWith(path));
    if (store) return { kind: 'restricted', reason: 'Browsers keep every extension out of their extension stores.' };
    return { kind: 'web', origin: parsed.origin, host: parsed.hostname };
  }
  if (parsed.protocol === 'file:')
    return {
      kind: 'restricted',
      reason: 'Files opened from your computer are off limits unless you allow file access in the browser’s extension settings.',
    };
  if (BROWSER_SCHEMES.includes(parsed.protocol))
    return { kind: 'restricted', reason: 'Browser pages, new tabs and other extensions’ pages are off limits to every extension.' };
  return { kind: 'restricted', reason: 'Business Lens only runs on web pages.' };
}
