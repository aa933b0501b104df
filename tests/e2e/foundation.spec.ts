/**
 * The walking skeleton: the built extension loads in Chromium, counts findings in a textarea, a
 * contenteditable and the playground, and its popup and options pages render cleanly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  h.server.route(
    '/inline/fields.html',
    `<!doctype html><html><head><meta charset="utf-8"><title>Fields</title></head><body>
      <h1>Plain fields</h1>
      <label>Notes <textarea id="ta" rows="6" cols="60"></textarea></label>
      <div id="ce" contenteditable="true" role="textbox" aria-label="Message" style="min-height:80px;border:1px solid #999;margin-top:12px"></div>
    </body></html>`,
  );
});
afterAll(async () => h?.close());

/** The badge for the box, found by its accessible name ("N suggestions"). */
function badgeCount(page: Page, index = 0) {
  return page
    .locator('[aria-label$=" suggestions"], [aria-label$=" suggestion"]')
    .nth(index)
    .getAttribute('aria-label')
    .then((label) => Number(label?.split(' ')[0]));
}

describe('foundation', () => {
  it('counts findings typed into a textarea and a contenteditable, and follows edits', async () => {
    // Every finding counted ("Show all"): the quiet default's budget (3 marks in a short message) would hold the
    // new terms back, and this test is about following edits.
    await h.showAll();
    const page = await h.openTestPage('inline/fields.html');
    const before = await page.content();
    await page.click('#ta');
    await page.keyboard.type('We moved the DNS records and the VPN gateway tonight.');
    await expect.poll(() => badgeCount(page), { timeout: 5_000 }).toBeGreaterThanOrEqual(2);
    const withTwo = await badgeCount(page);
    await page.keyboard.type(' SSO comes next week, with middleware.');
    await expect.poll(() => badgeCount(page), { timeout: 5_000 }).toBeGreaterThan(withTwo);

    await page.click('#ce');
    await page.keyboard.type('The SSO rollout is done.');
    await expect
      .poll(async () => await page.locator('[aria-label$=" suggestions"], [aria-label$=" suggestion"]').count(), { timeout: 5_000 })
      .toBe(2);
    // The badge lives outside the editor: the editor holds only what was typed.
    expect(await page.locator('#ce').innerHTML()).toBe('The SSO rollout is done.');
    expect(before).not.toContain('suggestion');
    await h.screenshot(page, 'foundation-fields');
    await page.close();
  });

  it('shows the badge on the playground page', async () => {
    const page = await h.openExtensionPage('playground.html');
    await expect.poll(() => badgeCount(page), { timeout: 10_000 }).toBeGreaterThan(0);
    await h.screenshot(page, 'foundation-playground');
    await page.close();
  });

  it.each(['popup.html', 'options.html'])('renders %s without console errors', async (path) => {
    const page = await h.context.newPage();
    const errors = h.watchErrors(page);
    await page.goto(`chrome-extension://${h.extensionId}/${path}`);
    await page.waitForLoadState('load');
    await expect.poll(async () => (await page.locator('body').innerText()).trim().length, { timeout: 5_000 }).toBeGreaterThan(0);
    await h.screenshot(page, `foundation-${path.replace('.html', '')}`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
