/**
 * Nothing leaves the browser, and nothing from text or a lexicon ever runs as code.
 *
 * A full session in Chromium (typing in the playground and on a Gmail-like page, a fix applied through the card,
 * the popup, a settings change and a lexicon import in the options page) runs with every request recorded in
 * the browser context (pages, extension pages, content scripts, the service worker) and at a refusing proxy that
 * all of the browser's traffic must pass. The extension starts no request: its worker makes none, its pages load
 * only their own files, and the test pages ask the test server only for their own files. Positive controls at
 * the end prove both recorders would have seen a request from the worker and from a page.
 *
 * The imported lexicon and the typed text carry HTML and script payloads; the card, the popup and the options
 * page show them as text: the payload is visible, no element or handler from it exists, no dialog opens.
 *
 * The built manifests are checked too: no remote code, a strict content security policy, and exactly the
 * permissions the README lists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_PATH, launch, PAGES_PATH, type Harness } from '../harness.ts';
import { FIREFOX_EXTENSION_PATH } from '../firefox.ts';
import { CARD, openCardOn, openPage } from '../editors/editor-page.ts';
import { BUILT_IN_SITES } from '../../../extension/sites.ts';
import { proxiedHost, startNetworkRecorder, type NetworkRecorder } from './network-recorder.ts';
import { hoverWord } from './hover-word.ts';

/** The few extension APIs evaluated inside the worker and extension pages. */
declare const chrome: {
  tabs: { query(query: object): Promise<Array<{ id?: number; url?: string }>> };
  storage: {
    local: { get(key: string | null): Promise<Record<string, unknown>> };
    sync: { get(key: string | null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  };
};

/** Payloads that would run if any part of the extension put text into the page as HTML. */
const XSS = {
  plain: `<img src=x onerror="alert('bl-xss-plain');document.title='PWNED'">`,
  explanation: `<script>alert('bl-xss-explanation')</script><b onmouseover="alert('bl-xss-b')">Zorblax</b> is the build robot.`,
  why: `<iframe src="javascript:alert('bl-xss-why')"></iframe> It is an internal name.`,
  page: `<img src=x onerror="alert('bl-xss-page')">`,
};

const HOSTILE_LEXICON = {
  schemaVersion: 1,
  entries: [
    {
      id: 'zorblax',
      term: 'Zorblax',
      category: 'infrastructure',
      severity: 'high',
      plain: [XSS.plain],
      explanation: XSS.explanation,
      why: XSS.why,
      benefit: `builds finish sooner <svg onload="alert('bl-xss-benefit')">`,
      outcomes: { board: 'costs fall', executive: 'teams ship sooner', manager: 'the team waits less', staff: 'you wait less' },
    },
  ],
  allow: [],
};

/** Chromium's own background services (updates, sign-in); the recorders show no page or extension asks for them. */
const BROWSER_SERVICE_HOST = /(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com|googleusercontent\.com)$/;

let h: Harness;
let net: NetworkRecorder;
const dialogs: string[] = [];
let gmail: Page;

function watchDialogs(page: Page): void {
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss().catch(() => undefined);
  });
}

/** Every file the test server can serve from the built test pages, as URL paths. */
function testPagePaths(): Set<string> {
  const paths = new Set<string>(['/', '/favicon.ico']);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else paths.add('/' + relative(PAGES_PATH, file).split('\\').join('/'));
    }
  };
  walk(PAGES_PATH);
  return paths;
}

/**
 * What a page shows of a payload: its visible text (open shadow roots included), and anything the payload
 * would have made had it been parsed as HTML: elements with its handlers, an image with src "x", its script.
 */
function inspect(page: Page): Promise<{ text: string; injected: string[]; title: string }> {
  return page.evaluate(() => {
    const injected: string[] = [];
    let text = '';
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        for (const attr of el.getAttributeNames()) {
          if (/^on/i.test(attr) && (el.getAttribute(attr) ?? '').includes('bl-xss')) injected.push(`${el.tagName} ${attr}`);
        }
        if (el.tagName === 'IMG' && el.getAttribute('src') === 'x') injected.push('IMG src=x');
        if (el.tagName === 'SCRIPT' && (el.textContent ?? '').includes('bl-xss')) injected.push('SCRIPT');
        if (el.tagName === 'IFRAME' && (el.getAttribute('src') ?? '').startsWith('javascript:')) injected.push('IFRAME javascript:');
        if (el.shadowRoot) {
          text += '\n' + [...el.shadowRoot.children].map((c) => (c as HTMLElement).innerText ?? '').join('\n');
          visit(el.shadowRoot);
        }
      }
    };
    visit(document);
    return { text: document.body.innerText + text, injected, title: document.title };
  });
}

async function expectShownAsText(page: Page, payloads: string[], where: string): Promise<void> {
  const seen = await inspect(page);
  for (const payload of payloads) expect(seen.text, `${where} shows ${payload} as text`).toContain(payload);
  expect(seen.injected, `${where} made nothing from the payloads`).toEqual([]);
  expect(seen.title).not.toBe('PWNED');
}

function tabIdOf(url: string): Promise<number> {
  return h.serviceWorker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)!.id!, url);
}

beforeAll(async () => {
  net = await startNetworkRecorder();
  h = await launch({ args: [net.proxyArg] });
  net.watch(h.context);
  // Every finding shown ("Show all"): the session marks and fixes terms wherever they are typed.
  await h.showAll();
  for (const page of h.context.pages()) watchDialogs(page);
  h.context.on('page', watchDialogs);
});
afterAll(async () => {
  await h?.close();
  await net?.close();
});

describe('a full session sends nothing anywhere', () => {
  it('types in the playground and applies a fix from the card', async () => {
    const page = await h.openExtensionPage('playground.html');
    const body = page.locator('#body');
    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' We patched the Kubernetes cluster tonight.', { delay: 5 });
    const before = await body.innerText();
    const term = await hoverWord(page, '#body', 'Kubernetes');
    const plain = await page.locator(`${CARD} [data-field="plain"]`).innerText();
    await page.locator(`${CARD} [data-action="replace"]`).click();
    await expect.poll(() => body.innerText(), { timeout: 5_000 }).toBe(before.replace(term, plain));
  });

  it('imports a lexicon with HTML and script in its fields, and the options page shows them as text', async () => {
    const options = await h.openExtensionPage('options.html#transfer');
    await options.setInputFiles('#bl-import-file', {
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(HOSTILE_LEXICON)),
    });
    const preview = options.getByTestId('import-preview');
    await preview.waitFor({ timeout: 10_000 });
    await preview.getByRole('button', { name: 'Import' }).click();
    await preview.waitFor({ state: 'detached', timeout: 10_000 });
    // The user's entries are stored as one JSON string (extension/user-lexicon.ts).
    const stored = await h.serviceWorker.evaluate(
      async () => JSON.parse((await chrome.storage.local.get('userEntries')).userEntries as string) as Array<{ id: string }>,
    );
    expect(stored.map((e) => e.id)).toEqual(['zorblax']);

    await options.goto(options.url().replace(/#.*$/, '#lexicon'));
    await options.getByLabel('Search').fill('Zorblax');
    await options.getByRole('list', { name: 'Lexicon entries' }).getByRole('button').first().click();
    await options.getByRole('article', { name: 'Zorblax' }).waitFor({ timeout: 5_000 });
    await expectShownAsText(options, [XSS.plain, XSS.explanation, XSS.why], 'the options page');
    await h.screenshot(options, 'trust-options-payload');
  });

  it('changes a setting in the options page', async () => {
    const options = await h.openExtensionPage('options.html#settings');
    await options.locator('input[name="bl-options-audience"][value="manager"]').check();
    await expect
      .poll(
        async () =>
          (
            (await h.serviceWorker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings)) as
              { audience?: string } | undefined
          )?.audience,
        { timeout: 5_000 },
      )
      .toBe('manager');
  });

  it('types on a Gmail-like page, marks the hostile term, and the card shows its fields as text', async () => {
    gmail = await openPage(h, 'gmail.html');
    await gmail.evaluate(() => window.testPage.caretToEnd(0));
    await gmail.keyboard.type(` Zorblax broke ${XSS.page} during the VPN patch.`, { delay: 5 });
    await openCardOn(gmail, 'Zorblax');
    await expect.poll(() => gmail.locator(`${CARD} [data-field="plain"]`).innerText(), { timeout: 5_000 }).toBe(XSS.plain);
    await expectShownAsText(gmail, [XSS.plain, XSS.page], 'the card');
    await h.screenshot(gmail, 'trust-card-payload');

    // A fix through the card: Replace puts the plain wording in, as text, and it still makes nothing.
    await gmail.locator(`${CARD} [data-action="replace"]`).click();
    await expect.poll(() => gmail.evaluate(() => window.testPage.userText(0)), { timeout: 5_000 }).toContain(XSS.plain);
    const seen = await inspect(gmail);
    expect(seen.injected).toEqual([]);
  });

  it('opens the popup on that page, which shows the payloads as text', async () => {
    const tab = await tabIdOf(gmail.url());
    await gmail.evaluate(() => window.testPage.caretToEnd(0));
    await gmail.keyboard.type(' Zorblax again.', { delay: 5 });
    const popup = await h.openExtensionPage(`popup.html?tab=${tab}`);
    await popup.getByRole('meter', { name: 'Business readiness' }).waitFor({ timeout: 10_000 });
    await expect.poll(async () => (await inspect(popup)).text, { timeout: 10_000 }).toContain(XSS.plain);
    await expectShownAsText(popup, [XSS.plain, XSS.page], 'the popup');
    await h.screenshot(popup, 'trust-popup-payload');
  });

  it('recorded no request outside the test server and the extension, none from the extension, and no dialog', () => {
    const extensionOrigin = `chrome-extension://${h.extensionId}/`;
    const local = (url: string) =>
      url.startsWith(`${h.server.origin}/`) || url.startsWith(extensionOrigin) || /^(data|blob|about):/.test(url);
    const requests = [...net.requests];
    const proxied = [...net.proxied];
    expect(requests.length, 'the recorder saw the session').toBeGreaterThan(10);

    expect(requests.filter((r) => !local(r.url))).toEqual([]);
    // The extension itself starts none: its worker asks for nothing, its pages load only their own files.
    expect(requests.filter((r) => r.from === 'service-worker')).toEqual([]);
    expect(
      requests.filter((r) => r.from.startsWith(extensionOrigin) && !r.url.startsWith(extensionOrigin) && !/^(data|blob):/.test(r.url)),
    ).toEqual([]);
    // Content scripts' requests count as their page's: the test server was asked only for the pages' own files.
    const known = testPagePaths();
    const asked = requests.filter((r) => r.url.startsWith(`${h.server.origin}/`)).map((r) => new URL(r.url).pathname);
    expect(asked.filter((path) => !known.has(path))).toEqual([]);
    expect(asked).toContain('/gmail.html');

    // Anything at the proxy is Chromium's own (update and sign-in services), never something a page or the extension asked for.
    const hosts = [...new Set(proxied.map(proxiedHost))];
    if (hosts.length) console.log(`Chromium's own background requests, refused at the proxy: ${hosts.join(', ')}`);
    expect(hosts.filter((host) => !BROWSER_SERVICE_HOST.test(host))).toEqual([]);
    expect(requests.filter((r) => hosts.some((host) => r.url.includes(`//${host}`)))).toEqual([]);

    expect(dialogs).toEqual([]);
  });

  it('would have seen a request from the worker and from a page (positive controls)', async () => {
    net.clear();
    await h.serviceWorker.evaluate(async (origin) => {
      await fetch(`${origin}/control-from-worker`).catch(() => undefined);
      await fetch('http://control.invalid/from-worker').catch(() => undefined);
    }, h.server.origin);
    await gmail.evaluate(() => fetch('https://control.invalid/from-page').catch(() => undefined));
    await expect
      .poll(() => net.requests.map((r) => `${r.from === 'service-worker' ? 'worker' : 'page'} ${r.url}`), { timeout: 5_000 })
      .toEqual(
        expect.arrayContaining([
          `worker ${h.server.origin}/control-from-worker`,
          'worker http://control.invalid/from-worker',
          'page https://control.invalid/from-page',
        ]),
      );
    await expect.poll(() => net.proxied.map(proxiedHost), { timeout: 5_000 }).toEqual(expect.arrayContaining(['control.invalid']));
  });
});

describe('the built manifests', () => {
  const chromeManifest = () => JSON.parse(readFileSync(join(EXTENSION_PATH, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const firefoxManifest = () => JSON.parse(readFileSync(join(FIREFOX_EXTENSION_PATH, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  /** The e2e build adds this origin so its content script runs on the test server; the production build does not. */
  const E2E_ORIGIN = 'http://127.0.0.1/*';
  const strictCsp = (csp: string) => {
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1)]),
    );
    return { scriptSrc: directives['script-src'], objectSrc: directives['object-src'] };
  };

  it('Chrome: exactly the minimal permissions, a strict CSP, and only packaged scripts', () => {
    const m = chromeManifest();
    expect(m.manifest_version).toBe(3);
    expect([...(m.permissions as string[])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect([...(m.host_permissions as string[])].sort()).toEqual([...BUILT_IN_SITES, E2E_ORIGIN].sort());
    expect([...(m.optional_host_permissions as string[])].sort()).toEqual(['http://*/*', 'https://*/*']);
    // The weekly reminder's alarm, asked for only when the user turns the reminder on (extension/reminder.ts).
    expect(m.optional_permissions).toEqual(['alarms']);
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    const csp = strictCsp((m.content_security_policy as { extension_pages: string }).extension_pages);
    expect(csp.scriptSrc).toEqual(["'self'"]);
    expect(csp.objectSrc).toEqual(["'self'"]);
    expect((m.background as { service_worker: string }).service_worker).toBe('background.js');
    for (const script of m.content_scripts as Array<{ js: string[]; matches: string[] }>) {
      for (const js of script.js) expect(existsSync(join(EXTENSION_PATH, js)), js).toBe(true);
      expect([...script.matches].sort()).toEqual([...BUILT_IN_SITES, E2E_ORIGIN].sort());
    }
  });

  it('Firefox: the same permissions (optional origins included), a strict CSP, and no data collection', () => {
    const m = firefoxManifest();
    expect(m.manifest_version).toBe(2);
    expect([...(m.permissions as string[])].sort()).toEqual(['activeTab', 'scripting', 'storage', ...BUILT_IN_SITES, E2E_ORIGIN].sort());
    expect([...((m.optional_permissions as string[] | undefined) ?? [])].sort()).toEqual(['http://*/*', 'https://*/*']);
    // Firefox refuses `alarms` as optional; the reminder runs on a timer in the background page, which must stay loaded.
    expect((m.background as { persistent?: boolean }).persistent).not.toBe(false);
    const csp = strictCsp(m.content_security_policy as string);
    expect(csp.scriptSrc).toEqual(["'self'"]);
    expect(csp.objectSrc).toEqual(["'self'"]);
    expect((m.browser_specific_settings as { gecko: { data_collection_permissions: unknown } }).gecko.data_collection_permissions).toEqual({
      required: ['none'],
    });
    expect(m.web_accessible_resources).toBeUndefined();
  });

  it.each([
    ['Chrome', EXTENSION_PATH],
    ['Firefox', FIREFOX_EXTENSION_PATH],
  ])('%s: the "log a win" command has no key of its own, so it takes none from the user or the page', (_browser, dir) => {
    const commands = (
      JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { commands: Record<string, { suggested_key?: unknown }> }
    ).commands;
    expect(commands['log-win']).toBeDefined();
    expect(commands['log-win']!.suggested_key).toBeUndefined();
  });

  it.each([
    ['Chrome', EXTENSION_PATH],
    ['Firefox', FIREFOX_EXTENSION_PATH],
  ])('%s: no remote code, no eval, and no network API in any packaged script', (_browser, dir) => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const name of readdirSync(d)) {
        const file = join(d, name);
        if (statSync(file).isDirectory()) walk(file);
        else files.push(file);
      }
    };
    walk(dir);
    const scripts = files.filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(2);
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      // Every script a page loads is a packaged file: no remote source and no inline code.
      for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []) {
        expect(tag, file).toMatch(/\bsrc="\/?(?!\/|[a-z]+:)[^"]+\.js"/);
        expect(tag.replace(/<script\b[^>]*>|<\/script>/g, '').trim(), file).toBe('');
      }
      expect(html, file).not.toMatch(/<link\b[^>]*href="(?:https?:)?\/\//);
    }
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      const where = relative(dir, file);
      expect(code, where).not.toMatch(/\bimportScripts\s*\(|\bimport\s*\(\s*["'`]https?:|\bfrom\s*["']https?:/);
      expect(code, where).not.toMatch(/\beval\s*\(|\bnew\s+Function\s*\(/);
      expect(code, where).not.toMatch(/\bXMLHttpRequest\b|\bWebSocket\b|\bsendBeacon\b|\bEventSource\b|\bRTCPeerConnection\b/);
      // The only fetch is Vite's module-preload helper, which fetches the extension's own <link rel=modulepreload> files.
      for (const m of code.matchAll(/\bfetch\s*\(/g)) {
        expect(code.slice(Math.max(0, m.index - 1500), m.index), `${where}: a fetch outside the module-preload helper`).toContain(
          'modulepreload',
        );
      }
    }
  });
});
