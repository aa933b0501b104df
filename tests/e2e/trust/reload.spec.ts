/**
 * The extension reloaded with chrome.runtime.reload() while a compose box is open (what a developer, or an
 * extension manager's "reload" button, does). Chromium keeps the old content script running in the tab, cut off
 * from the extension; it must notice on the next edit, take its badge and marks away without an error in the
 * page, and leave the page working; the new version takes over on the next load.
 *
 * A file of its own, so the reload comes seconds after the browser starts: headless Chromium leaves an unpacked
 * extension unloaded when it is reloaded after it has run for half a minute or so. The update case (the build
 * installed again over itself) is in faults.spec.ts.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, type Harness } from '../harness.ts';
import { BADGE, drawnMarks, openPage } from '../editors/editor-page.ts';

declare const chrome: { runtime: { reload(): void } };

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

it('tears the old script down on the next edit, quietly, and the next load runs the new one', async () => {
  const page = await openPage(h, 'contenteditable.html');
  const errors = h.watchErrors(page);
  expect(await page.locator(BADGE).count()).toBe(1);
  expect((await drawnMarks(page)).length).toBeGreaterThan(0);

  const reloaded = h.context.waitForEvent('serviceworker', { timeout: 20_000 });
  // Reloaded a moment after the call returns, so the worker can answer first.
  await h.serviceWorker.evaluate(() => void setTimeout(() => chrome.runtime.reload(), 50));
  await reloaded;

  await page.evaluate(() => window.testPage.caretToEnd(0));
  await page.keyboard.type(' The SSO change is next.', { delay: 10 });
  await expect.poll(() => page.locator(BADGE).count(), { timeout: 5_000 }).toBe(0);
  await expect.poll(async () => (await drawnMarks(page)).length, { timeout: 5_000 }).toBe(0);
  expect(await page.evaluate(() => document.querySelector('business-lens-ui'))).toBeNull();
  await expect.poll(() => page.evaluate(() => window.testPage.model(0)), { timeout: 5_000 }).toMatch(/The SSO change is next\.$/);
  expect(errors).toEqual([]);

  await page.reload();
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  await page.locator(BADGE).first().waitFor({ state: 'visible', timeout: 10_000 });
  expect(errors).toEqual([]);
  await page.close();
});
