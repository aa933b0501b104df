/**
 * Firefox smoke test: Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi, with the e2e Firefox
 * build installed as a temporary add-on. Typing into a textarea and a contenteditable marks jargon and shows each
 * box's badge ("N suggestions"); a fix applied through the card (pointer on the word, then Replace) changes the
 * text, and Ctrl+Z takes it back. Skipped, with a reason, when no Firefox is installed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { findFirefox, launchFirefox } from '../firefox.ts';
import { startServer, type TestServer } from '../server.ts';

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Firefox smoke</title></head><body>
  <h1>Two boxes</h1>
  <p><textarea id="ta" rows="5" cols="70" aria-label="Notes"></textarea></p>
  <div id="ce" contenteditable="true" role="textbox" aria-label="Message" style="width:600px;min-height:90px;border:1px solid #999;padding:6px;font:16px/1.5 sans-serif"></div>
</body></html>`;

const hasFirefox = !!findFirefox();
let browser: Browser;
let server: TestServer;
let page: Page;
const pageErrors: string[] = [];

/** The badges' accessible names, read from our shadow layer. */
function badgeLabels(): Promise<string[]> {
  return page.evaluate(() =>
    [...(document.querySelector('business-lens-ui')?.shadowRoot?.querySelectorAll<HTMLElement>('[data-business-lens="badge"]') ?? [])]
      .filter((b) => !b.hidden)
      .map((b) => b.getAttribute('aria-label') ?? ''),
  );
}

/** Polls `read` until `accept` holds, or fails after `timeout` ms with the last value. */
async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await read();
  while (!accept(value)) {
    if (Date.now() > deadline) throw new Error(`timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}

const text = (selector: string) =>
  page.$eval(selector, (el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText));

describe.skipIf(!hasFirefox)('Firefox ESR with the add-on', () => {
  beforeAll(async () => {
    server = await startServer([]);
    server.route('/inline/smoke.html', PAGE);
    ({ browser } = await launchFirefox());
    page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(`${server.origin}/inline/smoke.html`, { waitUntil: 'load' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('marks jargon typed into a textarea and a contenteditable, with a badge count on each', async () => {
    await page.click('#ta');
    await page.keyboard.type('We patched the VPN gateway and moved the DNS records last night.', { delay: 5 });
    // Every box on the page has its badge (an untouched one says "0 suggestions"); the textarea's comes first.
    const count = (label: string | undefined) => Number(label?.split(' ')[0] ?? NaN);
    const first = await until(badgeLabels, (labels) => labels.length === 2 && count(labels[0]) >= 2);
    expect(first[0]).toMatch(/^\d+ suggestions$/);
    expect(first[1]).toBe('0 suggestions');

    await page.click('#ce');
    await page.keyboard.type('From Monday the SSO portal uses the new middleware.', { delay: 5 });
    const both = await until(badgeLabels, (labels) => labels.length === 2 && labels.every((l) => count(l) >= 2));
    for (const label of both) expect(label).toMatch(/^\d+ suggestions$/);
    expect(await text('#ta')).toBe('We patched the VPN gateway and moved the DNS records last night.');
    expect(await text('#ce')).toBe('From Monday the SSO portal uses the new middleware.');
  });

  it('applies a fix through the card, and Ctrl+Z takes it back', async () => {
    const before = await text('#ce');
    // Rest the pointer on "SSO" (where the text lays it out) until its card opens.
    const word = await page.$eval('#ce', (root) => {
      const node = root.firstChild as Text;
      const at = node.data.indexOf('SSO');
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 3);
      const r = range.getBoundingClientRect();
      return { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
    });
    const card = () =>
      page.evaluate(() => {
        const root = document.querySelector('business-lens-ui')?.shadowRoot;
        const el = root?.querySelector<HTMLElement>('[data-business-lens="card"]');
        if (!el || el.hidden) return null;
        const button = el.querySelector<HTMLElement>('[data-action="replace"]');
        const r = button?.getBoundingClientRect();
        return {
          term: el.querySelector('.bl-term')?.textContent ?? '',
          plain: el.querySelector('[data-field="plain"]')?.textContent ?? '',
          button: r ? { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 } : null,
        };
      });
    const shown = await until(
      async () => {
        await page.mouse.move(word.x - 3, word.y);
        await page.mouse.move(word.x, word.y);
        await new Promise((resolve) => setTimeout(resolve, 400));
        return card();
      },
      (c) => !!c?.button && c.term.includes('SSO'),
    );
    expect(shown!.plain.length).toBeGreaterThan(0);
    await page.mouse.click(shown!.button!.x, shown!.button!.y);
    const fixed = await until(
      () => text('#ce'),
      (t) => t !== before,
    );
    expect(fixed).toBe(before.replace(shown!.term, shown!.plain));

    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    await until(
      () => text('#ce'),
      (t) => t === before,
    );
    expect(pageErrors).toEqual([]);
  });
});
