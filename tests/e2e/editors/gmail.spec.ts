/** Gmail-like compose markup: a quoted reply and a signature that must stay unmarked. */
import { expect, it } from 'vitest';
import {
  BADGE,
  badgeLabels,
  CARD,
  covers,
  describeEditorPage,
  drawnMarks,
  openCardOn,
  openPage,
  waitForMarks,
  wordRects,
} from './editor-page.ts';
import type { Page } from 'playwright-core';

/** Whether a jargon mark covers the first occurrence of a word (sentence-wide feature-talk marks aside). */
async function isMarked(page: Page, word: string): Promise<boolean> {
  const [rects] = await wordRects(page, word);
  const marks = (await drawnMarks(page)).filter((m) => m.kind === 'jargon');
  return marks.some((m) => covers(m, rects!));
}

/** The extension's storage, as its service worker sees it. */
type ChromeStorage = {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
};

const count = async (page: Page) => Number((await badgeLabels(page))[0]?.split(' ')[0]);

describeEditorPage({
  showAll: true,
  file: 'gmail.html',
  name: 'gmail',
  screenshots: true,
  replaceTerm: 'DNS records',
  rewriteSentence: { sentence: 'We will switch on SSO next week.', term: 'SSO' },
  notUserText: '.gmail_quote, .gmail_signature, .gmail_signature_prefix',
  wordsOnlyOutsideUserText: ['middleware'],
  more: (harness) => {
    it('Ignore hides one mark; Always allow hides the term everywhere and is remembered', async () => {
      const h = harness();
      const page = await openPage(h, 'gmail.html');
      await waitForMarks(page, 3);
      const before = await count(page);
      await openCardOn(page, 'DNS records');
      await page.locator(`${CARD} [data-action="ignore"]`).click();
      await expect.poll(() => count(page), { timeout: 5_000 }).toBe(before - 1);
      expect(await isMarked(page, 'DNS records')).toBe(false);

      await openCardOn(page, 'VPN');
      await page.locator(`${CARD} [data-action="allow"]`).click();
      await expect.poll(() => count(page), { timeout: 5_000 }).toBe(before - 2);
      expect(await isMarked(page, 'VPN')).toBe(false);
      const stored = await h.serviceWorker.evaluate(
        async () =>
          (await (globalThis as unknown as { chrome: ChromeStorage }).chrome.storage.local.get('allowList')).allowList as Array<{
            term: string;
          }>,
      );
      expect(stored.map((a) => a.term)).toContain('VPN');

      // A new page, and another box: the allowed term stays unmarked; the ignored one is back (ignore is per message).
      const again = await openPage(h, 'gmail.html');
      await waitForMarks(again, 2);
      await expect.poll(() => isMarked(again, 'DNS records'), { timeout: 5_000 }).toBe(true);
      expect(await isMarked(again, 'VPN')).toBe(false);
      await h.serviceWorker.evaluate(() =>
        (globalThis as unknown as { chrome: ChromeStorage }).chrome.storage.local.set({ allowList: [] }),
      );
      await expect.poll(() => isMarked(again, 'VPN'), { timeout: 5_000 }).toBe(true);
      expect(await again.locator(BADGE).count()).toBe(1);
      await page.close();
      await again.close();
    });
  },
});
