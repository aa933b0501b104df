/** A plain textarea: marks are measured on a mirror and drawn as overlay boxes. */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeEditorPage, drawnMarks, openPage, overlaps, waitForMarks, wordRects } from './editor-page.ts';

/** Whether every occurrence of a jargon word has a jargon mark over it now (sentence marks cover it anyway). */
async function everyOneMarked(page: Page, word: string): Promise<boolean> {
  const marks = (await drawnMarks(page)).filter((m) => m.kind === 'jargon');
  const occurrences = await wordRects(page, word);
  return occurrences.length > 0 && occurrences.every((rects) => marks.some((m) => m.rects.some((mr) => rects.some((wr) => overlaps(mr, wr)))));
}

/** Two frames: the key's own and the next; a re-analysis waits for a pause of 150 ms, so it has not run yet. */
const twoFrames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

describeEditorPage({
  file: 'textarea.html',
  name: 'textarea',
  overlay: true,
  replaceTerm: 'VPN',
  rewriteSentence: { sentence: 'From Monday the SSO portal uses the new middleware, so sign-in stays the same.', term: 'SSO' },
  more: (harness) => {
    it('marks stay on their words while typing after them, and move with text typed before them by the next frame', async () => {
      const page = await openPage(harness(), 'textarea.html');
      await waitForMarks(page, 3);
      // In front, so its frames run at the display's pace.
      await page.bringToFront();
      // Writing on at the end redraws nothing, and nothing needs it.
      await page.evaluate(() => window.testPage.caretToEnd(0));
      await page.keyboard.type(' Thanks', { delay: 0 });
      await twoFrames(page);
      expect(await everyOneMarked(page, 'VPN')).toBe(true);
      // Text typed at the start pushes every word along: the marks follow in the frame after the key's, before
      // any re-analysis.
      await page.keyboard.press('Control+Home');
      await page.keyboard.type('Hello all. ', { delay: 0 });
      await twoFrames(page);
      expect(await everyOneMarked(page, 'VPN')).toBe(true);
      await page.close();
    });
  },
});
