/**
 * Launches headless Chromium with the built extension (the e2e build in .output/e2e/chrome-mv3, whose content
 * script also runs on http://127.0.0.1) in a fresh profile, and serves the test pages. One per spec file. With
 * `realHosts`, the pages are also served over HTTPS under the built-in sites' own host names (see hosts.ts).
 */
import { chromium, type BrowserContext, type ConsoleMessage, type Page, type Worker } from 'playwright-core';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from './browser-path.ts';
import { startServer, type TestServer } from './server.ts';
import { E2E_INSPECTABLE_KEY } from '../../extension/e2e-inspection.ts';
import { chromiumHostArgs, MAPPED_HOSTS } from './hosts.ts';
import { selfSignedCertificate } from './tls.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_PATH = join(ROOT, '.output/e2e/chrome-mv3');
export const PAGES_PATH = join(ROOT, 'tests/pages/dist');
export const SCREENSHOTS = join(ROOT, 'test-results/screenshots');

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  server: TestServer;
  /** The HTTPS server behind the real host names, when launched with `realHosts`. */
  hostServer?: TestServer;
  /** Opens a test page served from tests/pages/dist (e.g. "textarea.html") and waits for it to load. */
  openTestPage(path: string): Promise<Page>;
  /** Opens a test page under a real host name (e.g. "teams.cloud.microsoft", "teams.html"); needs `realHosts`. */
  openOnHost(host: string, path: string): Promise<Page>;
  /** Opens an extension page (e.g. "popup.html?tab=3") in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Saves a screenshot under test-results/screenshots/NAME.png. */
  screenshot(page: Page, name: string): Promise<string>;
  /** Console errors and uncaught page errors seen on a page since it was watched. */
  watchErrors(page: Page): string[];
  /**
   * Switches "Show all" on (the picky setting), as the badge menu does: every finding is shown, where the quiet
   * default would hold repeats and anything past its budget per 100 words back. Open pages follow the change.
   */
  showAll(): Promise<void>;
  /**
   * Sets a page's viewport. Use this, not `page.setViewportSize`: after that call headless Chromium ran the page's
   * animation frames about once a second (10 frames took 9-10 s) until the page was brought to the front again, so
   * marks and cards drew late and every click waited some 2 s for its target to hold still across two frames.
   */
  resize(page: Page, width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionPath?: string;
  /** Extra Chromium flags. */
  args?: string[];
  /** Reuse this profile directory instead of a fresh one. */
  userDataDir?: string;
  /**
   * Ask the e2e build for an open shadow root and readable highlight names, so specs can read and click what is
   * drawn (extension/e2e-inspection.ts). Default true; false gives exactly what users get: a closed root and
   * random names, readable only through the DevTools protocol (see trust/page-attacks.spec.ts).
   */
  inspectable?: boolean;
  /** Also serve the pages over HTTPS under the built-in sites' host names, mapped to 127.0.0.1. */
  realHosts?: boolean;
}

/** The extension storage the harness writes to, from an extension page or the service worker. */
interface ChromeStorage {
  chrome: { storage: { local: { set(items: object): Promise<void> }; sync: { set(items: object): Promise<void> } } };
}

/** Starts Chromium with the extension loaded and a server for the test pages. */
export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  const extensionPath = options.extensionPath ?? EXTENSION_PATH;
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}. Run \`npm run build:e2e\` first (npm run test:e2e does).`);
  }
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'business-lens-profile-')));
  const roots = [PAGES_PATH, join(ROOT, 'tests/e2e/fixtures')];
  const hostServer = options.realHosts ? await startServer(roots, { tls: selfSignedCertificate(MAPPED_HOSTS) }) : undefined;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless=new',
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      // Chromium still calls Google services at start-up despite the flags above. Route everything through a
      // closed local port so those calls fail at once and nothing leaves the machine; loopback (the test
      // server) bypasses proxies by default. A spec that records traffic passes its own --proxy-server.
      ...(options.args?.some((a) => a.startsWith('--proxy-server=')) ? [] : ['--proxy-server=127.0.0.1:9']),
      ...(hostServer ? chromiumHostArgs(hostServer.port) : []),
      ...(options.args ?? []),
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  if (options.inspectable ?? true) {
    // From an extension page, not the service worker: after an early evaluate in the worker, headless Chromium
    // announced no new worker when a spec reloaded the extension (trust/reload.spec.ts).
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.evaluate((key) => (globalThis as unknown as ChromeStorage).chrome.storage.local.set({ [key]: true }), E2E_INSPECTABLE_KEY);
    await page.close();
  }
  const server = await startServer(roots);
  await mkdir(SCREENSHOTS, { recursive: true });

  async function open(url: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  return {
    context,
    extensionId,
    serviceWorker,
    server,
    hostServer,
    openTestPage: (path) => open(`${server.origin}/${path.replace(/^\//, '')}`),
    openOnHost(host, path) {
      if (!hostServer) throw new Error('Launch with { realHosts: true } to open pages under real host names.');
      return open(`https://${host}/${path.replace(/^\//, '')}`);
    },
    openExtensionPage: (path) => open(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`),
    async screenshot(page, name) {
      const file = join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    async resize(page, width, height) {
      await page.setViewportSize({ width, height });
      await page.bringToFront();
    },
    async showAll() {
      await serviceWorker.evaluate(() => (globalThis as unknown as ChromeStorage).chrome.storage.sync.set({ settings: { picky: true } }));
    },
    watchErrors(page) {
      const errors: string[] = [];
      page.on('console', (m: ConsoleMessage) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      return errors;
    },
    async close() {
      await context.close().catch(() => {});
      await server.close();
      await hostServer?.close();
      if (!options.userDataDir) await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
    },
  };
}
