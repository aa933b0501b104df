/**
 * The background as the one writer of the user's lexicon and allow list, in real Chromium: two of the extension's
 * pages (the options page and the popup) send changes at the same moment, as fast as they can, while the user
 * allows a term from the card in a web page. Every change is kept, and the revision counts every write once.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness.ts';
import { CARD } from './editors/editor-page.ts';
import { hoverWord } from './trust/hover-word.ts';

/** The extension APIs this spec calls inside the extension's pages. */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; message?: string }> };
  storage: { local: { get(keys: string[]): Promise<Record<string, unknown>> } };
};

let h: Harness;
beforeAll(async () => {
  h = await launch();
  h.server.route(
    '/inline/card.html',
    '<!doctype html><html><body><div id="box" contenteditable="true">We patched the VPN gateway.</div></body></html>',
  );
});
afterAll(async () => h?.close());

/** Sends `count` changes from an extension page, all at once, as the page's own code would. */
function sendMany(page: Page, kind: 'allow-term' | 'add-allowed', prefix: string, count: number) {
  return page.evaluate(
    ({ kind, prefix, count }) =>
      Promise.all(
        Array.from({ length: count }, (_, i) =>
          chrome.runtime.sendMessage({ type: 'bl/lexicon-write', change: { kind, term: `${prefix}${i}`, reason: prefix } }),
        ),
      ),
    { kind, prefix, count },
  );
}

it('keeps every change sent at the same moment from the options page, the popup and the card', async () => {
  const options = await h.openExtensionPage('options.html#allow');
  const popup = await h.openExtensionPage('popup.html');
  const page = await h.context.newPage();
  await page.goto(`${h.server.origin}/inline/card.html`);

  // The card is open; the two pages start sending, and while they are at it the user allows the term from the card.
  await hoverWord(page, '#box', 'VPN');
  const batches = Promise.all([sendMany(options, 'add-allowed', 'Options', 25), sendMany(popup, 'allow-term', 'Popup', 25)]);
  await page.locator(`${CARD} [data-action="allow"]`).click();
  const [fromOptions, fromPopup] = await batches;
  expect([...fromOptions, ...fromPopup].every((answer) => answer.ok)).toBe(true);

  const read = () => options.evaluate(() => chrome.storage.local.get(['allowList', 'userLexiconRevision']));
  await expect.poll(async () => ((await read()).allowList as unknown[]).length, { timeout: 5_000 }).toBe(51);
  const stored = await read();
  const terms = (stored.allowList as Array<{ term: string }>).map((a) => a.term);
  expect(terms).toContain('VPN');
  for (let i = 0; i < 25; i++) expect(terms).toEqual(expect.arrayContaining([`Options${i}`, `Popup${i}`]));
  expect(stored.userLexiconRevision).toBe(51);
  // The options page follows the background's writes: it lists every term.
  await expect.poll(() => options.getByTestId('allow-table').locator('tbody tr').count(), { timeout: 5_000 }).toBe(51);
  await Promise.all([options.close(), popup.close(), page.close()]);
});
