/** Which pages the popup treats as off limits, and the site patterns it asks permission for. */
import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../../../components/popup/page-kind.ts';
import { originPattern, siteScriptId } from '../../../../extension/site-access.ts';

const OWN = 'chrome-extension://abcdefghijklmnop/';

describe('classifyPage', () => {
  it.each([
    'chrome://settings/',
    'chrome://newtab/',
    'edge://extensions/',
    'about:blank',
    'about:addons',
    'view-source:https://example.com/',
    'chrome-extension://someotherextension/page.html',
    'moz-extension://1234/page.html',
    'devtools://devtools/bundled/inspector.html',
    'https://chromewebstore.google.com/detail/abc',
    'https://chrome.google.com/webstore/detail/abc',
    'https://addons.mozilla.org/en-GB/firefox/addon/x/',
    'https://microsoftedge.microsoft.com/addons/detail/x',
    'file:///home/sam/notes.html',
    'data:text/html,<p>hi</p>',
  ])('%s is a page where Business Lens cannot run', (url) => {
    const page = classifyPage(url, OWN);
    expect(page.kind).toBe('restricted');
    expect(page.kind === 'restricted' && page.reason.length).toBeGreaterThan(10);
  });

  it.each([
    ['https://mail.google.com/mail/u/0/#inbox', 'https://mail.google.com', 'mail.google.com'],
    ['http://127.0.0.1:8080/page.html', 'http://127.0.0.1:8080', '127.0.0.1'],
    ['https://intranet.example.com/news', 'https://intranet.example.com', 'intranet.example.com'],
    // Only the store's own paths are off limits, not everything on google.com.
    ['https://chrome.google.com/other', 'https://chrome.google.com', 'chrome.google.com'],
  ])('%s is a web page', (url, origin, host) => {
    expect(classifyPage(url, OWN)).toEqual({ kind: 'web', origin, host });
  });

  it('knows its own pages (the playground answers like a content script)', () => {
    expect(classifyPage(`${OWN}playground.html`, OWN)).toEqual({ kind: 'own-page' });
  });

  it('says it does not know when the browser hides the URL', () => {
    expect(classifyPage(undefined, OWN)).toEqual({ kind: 'unknown' });
    expect(classifyPage('not a url', OWN)).toEqual({ kind: 'unknown' });
  });
});

describe('site patterns', () => {
  it('asks for one origin, on every port and path', () => {
    expect(originPattern('https://intranet.example.com')).toBe('https://intranet.example.com/*');
    expect(originPattern('http://127.0.0.1:8080')).toBe('http://127.0.0.1/*');
    expect(originPattern('https://intranet.example.com/*')).toBe('https://intranet.example.com/*');
  });

  it('gives each site one script id, so enabling twice replaces rather than duplicates', () => {
    expect(siteScriptId('https://intranet.example.com')).toBe(siteScriptId('https://intranet.example.com/*'));
    expect(siteScriptId('https://a.example.com')).not.toBe(siteScriptId('https://b.example.com'));
  });
});
