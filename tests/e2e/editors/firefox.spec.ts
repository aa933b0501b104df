/**
 * The host, editor and caret checks in Firefox ESR (Debian's, through puppeteer-core over WebDriver BiDi, with the
 * e2e Firefox build as a temporary add-on). Firefox has no host-resolver switch, so it reaches the real host names
 * through a local proxy that connects only those names to the HTTPS test server (see hosts.ts). Every built-in
 * site gets marks and a badge under its own host and a look-alike gets nothing; on each of the nine editor pages,
 * after Replace and after Use rewrite the caret sits right after the inserted words; and in the Teams-configured
 * CKEditor under teams.cloud.microsoft, fixes change getData() exactly as shown, undo and redo work, Enter still
 * sends, and the badge counts what a textarea counts. Skipped, with a reason, when no Firefox is installed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { findFirefox, launchFirefox } from '../firefox.ts';
import { PAGES_PATH, ROOT } from '../harness.ts';
import { firefoxProxyPrefs, LOOKALIKE_HOST, MAPPED_HOSTS, pageForSite, startHostProxy, type HostProxy } from '../hosts.ts';
import { startServer, type TestServer } from '../server.ts';
import { selfSignedCertificate } from '../tls.ts';
import { CARET_PROBE, CARET_SIGN_OFF, CARET_TAIL, measureWord, WRITTEN_REWRITE } from './editor-page.ts';
import { BUILT_IN_SITES, BUILT_IN_SITE_NAMES, builtInSiteHost } from '../../../extension/sites.ts';
import type {} from '../../pages/src/page-api.ts'; // window.testPage

/** The nine editor pages, with the word their Chromium specs replace. */
const PAGES: Array<{ file: string; host?: string; replaceTerm: string }> = [
  { file: 'textarea.html', replaceTerm: 'DNS records' },
  { file: 'contenteditable.html', replaceTerm: 'DNS records' },
  { file: 'quill.html', replaceTerm: 'DNS records' },
  { file: 'ckeditor.html', replaceTerm: 'DNS records' },
  { file: 'prosemirror.html', replaceTerm: 'DNS records' },
  { file: 'lexical.html', replaceTerm: 'DNS records' },
  { file: 'gmail.html', replaceTerm: 'DNS records' },
  { file: 'outlook.html', replaceTerm: 'DNS records' },
  { file: 'teams.html', host: 'teams.cloud.microsoft', replaceTerm: 'DNS records' },
];

const hasFirefox = !!findFirefox();
let browser: Browser;
let server: TestServer;
let hostServer: TestServer;
let proxy: HostProxy;

/** What our layer shows now, read in the page. */
interface LayerState {
  badges: string[];
  checking: number;
  card: { term: string; plain: string | null; outcome: string | null; buttons: Record<string, { x: number; y: number }> } | null;
}

function readLayer(): LayerState {
  const root = document.querySelector('business-lens-ui')?.shadowRoot;
  const badges = [...(root?.querySelectorAll<HTMLElement>('[data-business-lens="badge"]') ?? [])].filter((b) => !b.hidden);
  const card = root?.querySelector<HTMLElement>('[data-business-lens="card"]');
  const centre = (el: Element) => {
    const r = el.getBoundingClientRect();
    return { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
  };
  return {
    badges: badges.map((b) => b.getAttribute('aria-label') ?? ''),
    checking: badges.filter((b) => b.dataset.level === 'checking').length,
    card:
      card && !card.hidden
        ? {
            term: card.querySelector('.bl-term')?.textContent ?? '',
            plain: card.querySelector('[data-field="plain"]')?.textContent ?? null,
            outcome: card.querySelector('[data-field="outcome"]')?.textContent ?? null,
            buttons: Object.fromEntries(
              [...card.querySelectorAll<HTMLElement>('[data-action]')].map((b) => [b.dataset.action!, centre(b)]),
            ),
          }
        : null,
  };
}

/** Polls `read` until `accept` holds, or fails after `timeout` ms with the last value. */
async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await read();
  while (!accept(value)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}

const layer = (page: Page) => page.evaluate(readLayer);
const model = (page: Page, index = 0) => page.evaluate((i) => window.testPage.model(i).replace(/\u00a0/g, ' '), index);
const userText = (page: Page) => page.evaluate(() => window.testPage.userText(0).replace(/\u00a0/g, ' '));
const data = (page: Page) => page.evaluate(() => window.testPage.editors[0]!.data!());
const sent = (page: Page) => page.evaluate(() => window.testPage.editors[0]!.sent!());

async function press(page: Page, key: 'Home' | 'z' | 'y', modifier: 'Control'): Promise<void> {
  await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  await page.keyboard.up(modifier);
}

/** Opens a test page, on a real host or on 127.0.0.1, and waits for its counted badges. */
async function open(file: string, host?: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(host ? `https://${host}/${file}` : `${server.origin}/${file}`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.body.dataset.ready === 'true', { timeout: 15_000 });
  await until(
    () => layer(page),
    (s) => s.badges.length > 0 && s.checking === 0,
    `a counted badge on ${host ?? '127.0.0.1'}/${file}`,
  );
  return page;
}

/** Rests the pointer on a word until its card opens; returns the card. */
async function openCard(page: Page, word: string): Promise<NonNullable<LayerState['card']>> {
  const [rects] = await page.evaluate(measureWord, { word, editorIndex: 0 });
  const r = rects?.[0];
  if (!r) throw new Error(`"${word}" is not on the page`);
  const point = { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
  const state = await until(
    async () => {
      await page.mouse.move(point.x - 3, point.y);
      await page.mouse.move(point.x, point.y);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return layer(page);
    },
    (s) => s.card?.term === word,
    `the card of "${word}"`,
    15_000,
  );
  // The card grows when its rewrite arrives, and a card placed above the words then moves its buttons: click only
  // once it has held still (a click at the old place closed it, and nothing was replaced).
  let last = JSON.stringify(state.card);
  const still = await until(
    async () => {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const now = await layer(page);
      const same = JSON.stringify(now.card) === last;
      last = JSON.stringify(now.card);
      return { same, card: now.card };
    },
    (v) => v.same && v.card?.term === word,
    `the card of "${word}" to hold still`,
  );
  return still.card!;
}

/**
 * Switches "Show all" on from the badge's menu, as a user would (the setting is remembered): these tests open the
 * card on given words, which the quiet default may hold back.
 */
async function showAll(): Promise<void> {
  const page = await open('textarea.html');
  const centreOf = (selector: string) =>
    page.evaluate((sel) => {
      const el = document.querySelector('business-lens-ui')?.shadowRoot?.querySelector<HTMLElement>(sel);
      if (!el || el.hidden) return null;
      const r = el.getBoundingClientRect();
      return { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
    }, selector);
  const badge = await until(
    () => centreOf('[data-business-lens="badge"]'),
    (v) => !!v,
    'the badge',
  );
  await page.mouse.click(badge!.x, badge!.y);
  const button = await until(
    () => centreOf('[data-action="picky"]'),
    (v) => !!v,
    'the "Show all" button',
  );
  const [before] = (await layer(page)).badges;
  await page.mouse.click(button!.x, button!.y);
  // The setting reaches every tab through storage; wait until this one counts everything, so no later page opens
  // while the change is still on its way (the first caret test's card was closed under its click by a late one).
  await until(
    () => layer(page),
    (s) => s.checking === 0 && s.badges[0] !== before,
    'the count with every finding shown',
  );
  await page.close();
}

async function click(page: Page, at: { x: number; y: number }): Promise<void> {
  await page.mouse.click(at.x, at.y);
}

/** With a sentence written on after the sample and the caret back at the start of the text. */
async function openForCaret(file: string, host?: string): Promise<Page> {
  const page = await open(file, host);
  const [initial] = (await layer(page)).badges;
  await page.evaluate(() => window.testPage.caretToEnd(0));
  await page.keyboard.type(CARET_TAIL, { delay: 5 });
  await until(
    () => userText(page),
    (text) => text.endsWith(CARET_TAIL),
    'the sentence written on',
  );
  // The written-on sentence adds marks: wait for the count that includes them, so no card shows a stale analysis.
  await until(
    () => layer(page),
    (s) => s.checking === 0 && s.badges[0] !== initial,
    'the count with the sentence written on',
  );
  await press(page, 'Home', 'Control');
  return page;
}

/** Types on, and expects the keys right after the inserted words, at `at` of the text. */
async function expectTypingAfter(page: Page, expected: string, at: number): Promise<void> {
  await page.keyboard.type(CARET_PROBE, { delay: 5 });
  const want = expected.slice(0, at) + CARET_PROBE + expected.slice(at);
  expect(
    await until(
      () => model(page),
      (text) => text === want,
      'the typed keys right after the inserted words',
      5_000,
    ),
  ).toBe(want);
}

describe.skipIf(!hasFirefox)('Firefox ESR', () => {
  beforeAll(async () => {
    const roots = [PAGES_PATH, join(ROOT, 'tests/e2e/fixtures')];
    server = await startServer(roots);
    hostServer = await startServer(roots, { tls: selfSignedCertificate(MAPPED_HOSTS) });
    proxy = await startHostProxy(hostServer.port);
    ({ browser } = await launchFirefox({ prefs: firefoxProxyPrefs(proxy.port), acceptInsecureCerts: true }));
    await showAll();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await hostServer?.close();
    await server?.close();
  }, 120_000);

  describe('the built-in sites under their own host names', () => {
    it.each(BUILT_IN_SITES.map((pattern) => [BUILT_IN_SITE_NAMES[pattern], pattern] as const))(
      '%s (%s): a badge with a count in its compose box',
      async (_name, pattern) => {
        const host = builtInSiteHost(pattern);
        const page = await open(pageForSite(pattern), host);
        expect(await page.evaluate(() => location.origin)).toBe(`https://${host}`);
        const { badges } = await layer(page);
        expect(badges).toHaveLength(1);
        expect(badges[0]).toMatch(/^[1-9]\d* suggestions?$/);
        await page.close();
      },
    );

    it('a look-alike host served the same page gets nothing', async () => {
      const page = await browser.newPage();
      await page.goto(`https://${LOOKALIKE_HOST}/outlook.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.body.dataset.ready === 'true', { timeout: 15_000 });
      expect(await page.evaluate(() => location.origin)).toBe(`https://${LOOKALIKE_HOST}`);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(await page.evaluate(() => document.querySelector('business-lens-ui') === null)).toBe(true);
      await page.close();
    });
  });

  describe.each(PAGES.map((spec) => [spec.host ? `${spec.file} on ${spec.host}` : spec.file, spec] as const))('%s', (_name, spec) => {
    it('after Replace, the caret sits right after the new words, and typing goes on there', async () => {
      const page = await openForCaret(spec.file, spec.host);
      const before = await model(page);
      const card = await openCard(page, spec.replaceTerm);
      expect(card.plain?.length).toBeGreaterThan(0);
      await click(page, card.buttons.replace!);
      const expected = before.replace(spec.replaceTerm, card.plain!);
      // A busy machine can take a while between the click and the editor's new text.
      await until(
        () => model(page),
        (text) => text === expected,
        'the replaced words',
        20_000,
      );
      await expectTypingAfter(page, expected, before.indexOf(spec.replaceTerm) + card.plain!.length);
      await page.close();
    });

    it('after Use rewrite, the caret sits right after the new sentence, and typing goes on there', async () => {
      const page = await openForCaret(spec.file, spec.host);
      const before = await model(page);
      await openCard(page, WRITTEN_REWRITE.term);
      const card = (
        await until(
          () => layer(page),
          (s) => !!s.card?.outcome && !!s.card.buttons.rewrite,
          'the rewrite',
          20_000,
        )
      ).card!;
      await click(page, card.buttons.rewrite!);
      const expected = before.replace(WRITTEN_REWRITE.sentence, card.outcome!);
      await until(
        () => model(page),
        (text) => text === expected,
        'the rewritten sentence',
      );
      const at = before.indexOf(WRITTEN_REWRITE.sentence) + card.outcome!.length;
      // The sign-off follows the rewrite: right after the rewrite is not the end of the text.
      expect(expected.slice(at).startsWith(CARET_SIGN_OFF)).toBe(true);
      await expectTypingAfter(page, expected, at);
      await page.close();
    });
  });

  describe('Teams (CKEditor 5) under teams.cloud.microsoft', () => {
    const HOST = 'teams.cloud.microsoft';
    const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

    async function undoRedoAndSend(page: Page, before: string, fixed: string): Promise<void> {
      await press(page, 'z', 'Control');
      await until(
        () => data(page),
        (d) => d === before,
        'undo',
      );
      await press(page, 'y', 'Control');
      await until(
        () => data(page),
        (d) => d === fixed,
        'redo',
      );
      await page.keyboard.press('Enter');
      expect(
        await until(
          () => sent(page),
          (s) => s.length > 0,
          'the message sent',
        ),
      ).toEqual([fixed]);
      expect(await data(page)).toBe('');
    }

    it('counts as many suggestions as a plain textarea given the same text', async () => {
      const teams = await open('teams.html', HOST);
      const textarea = await open('textarea.html');
      expect((await layer(teams)).badges).toEqual((await layer(textarea)).badges);
      await teams.close();
      await textarea.close();
    });

    it('Replace changes getData() exactly as shown; Ctrl+Z and Ctrl+Y take it back and forth; Enter sends it', async () => {
      const page = await open('teams.html', HOST);
      const before = await data(page);
      // "VPN gateway" would be refused: its plain wording cannot stand before "gateway" (lexicon/fix).
      const card = await openCard(page, 'DNS records');
      await click(page, card.buttons.replace!);
      const fixed = before.replace('moved the DNS records', `moved the ${html(card.plain!)}`);
      expect(
        await until(
          () => data(page),
          (d) => d !== before,
          'the fix',
        ),
      ).toBe(fixed);
      await undoRedoAndSend(page, before, fixed);
      await page.close();
    });

    it('Use rewrite changes getData() exactly as shown; Ctrl+Z and Ctrl+Y take it back and forth; Enter sends it', async () => {
      // The sample's sentences get no outcome (descriptions and faults); a change announced, written on, does.
      const page = await openForCaret('teams.html', HOST);
      const before = await data(page);
      expect(before).toContain(html(WRITTEN_REWRITE.sentence));
      await openCard(page, WRITTEN_REWRITE.term);
      const card = (
        await until(
          () => layer(page),
          (s) => !!s.card?.outcome && !!s.card.buttons.rewrite,
          'the rewrite',
          20_000,
        )
      ).card!;
      await click(page, card.buttons.rewrite!);
      const fixed = before.replace(html(WRITTEN_REWRITE.sentence), html(card.outcome!));
      expect(
        await until(
          () => data(page),
          (d) => d !== before,
          'the rewrite',
        ),
      ).toBe(fixed);
      await undoRedoAndSend(page, before, fixed);
      await page.close();
    });
  });
});
