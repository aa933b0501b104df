/** A plain textarea: marks are measured on a mirror and drawn as overlay boxes. */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  covers,
  describeEditorPage,
  drawnMarks,
  expectMarksToFollowScrolling,
  openPage,
  scrollingMessageLines,
  twoFrames,
  visibleOnesMarked,
  waitForMarks,
  wordRects,
} from './editor-page.ts';

/** Whether every occurrence of a jargon word has a jargon mark over it now (sentence marks cover it anyway). */
async function everyOneMarked(page: Page, word: string): Promise<boolean> {
  const marks = (await drawnMarks(page)).filter((m) => m.kind === 'jargon');
  const occurrences = await wordRects(page, word);
  return occurrences.length > 0 && occurrences.every((rects) => marks.some((m) => covers(m, rects)));
}

/** Whether the sample's VPN and middleware, each once in view, have their marks over them: [1, 1] when they do. */
const sampleTermsMarked = async (page: Page) => [await visibleOnesMarked(page, 'VPN'), await visibleOnesMarked(page, 'middleware')];

describeEditorPage({
  showAll: true,
  file: 'textarea.html',
  name: 'textarea',
  overlay: true,
  replaceTerm: 'DNS records',
  rewriteSentence: { sentence: 'We will switch on SSO next week, with the new middleware.', term: 'SSO' },
  more: (harness) => {
    it('marks stay on their words while typing after them, and move with text typed before them by the next frame', async () => {
      const page = await openPage(harness(), 'textarea.html');
      await waitForMarks(page, 3);
      // In front, so its frames run at the display's pace.
      await page.bringToFront();
      // Writing on at the end redraws nothing, and nothing needs it.
      await page.evaluate(() => window.testPage.caretToEnd(0));
      await page.keyboard.type(' Thanks', { delay: 0 });
      // The key's own frame and the next; a re-analysis waits for a pause of 150 ms, so it has not run yet.
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

    it('marks follow the text when the box is resized and when the page is zoomed', async () => {
      const page = await openPage(harness(), 'textarea.html');
      await waitForMarks(page, 3);
      await page.bringToFront();
      const followed = () => sampleTermsMarked(page);
      expect(await followed()).toEqual([1, 1]);
      // Narrower: both words wrap onto other lines, and the mirror must wrap as the textarea does.
      const before = await wordRects(page, 'VPN');
      await page.evaluate(() => ((window.testPage.editors[0]!.root as HTMLTextAreaElement).style.width = '300px'));
      expect((await wordRects(page, 'VPN'))[0]![0]!.top).toBeGreaterThan(before[0]![0]!.top);
      await expect.poll(followed, { timeout: 2_000 }).toEqual([1, 1]);
      // Zoomed to 150%, as the browser's zoom does it: more device pixels per CSS pixel, a narrower viewport.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setDeviceMetricsOverride', { width: 853, height: 600, deviceScaleFactor: 1.5, mobile: false });
      await page.evaluate(() => ((window.testPage.editors[0]!.root as HTMLTextAreaElement).style.width = '40vw'));
      await expect.poll(followed, { timeout: 2_000 }).toEqual([1, 1]);
      await cdp.send('Emulation.clearDeviceMetricsOverride');
      await cdp.detach();
      await page.close();
    });

    it('marks follow the text when the page restyles the box without resizing it', async () => {
      const page = await openPage(harness(), 'textarea.html');
      await waitForMarks(page, 3);
      await page.bringToFront();
      const followed = () => sampleTermsMarked(page);
      // A fixed size, then a larger font and more padding, as a page's focus or theme style might: same box, new places.
      await page.evaluate(() =>
        Object.assign((window.testPage.editors[0]!.root as HTMLTextAreaElement).style, { width: '420px', height: '220px' }),
      );
      await expect.poll(followed, { timeout: 2_000 }).toEqual([1, 1]);
      const before = await wordRects(page, 'VPN');
      await page.evaluate(() =>
        Object.assign((window.testPage.editors[0]!.root as HTMLTextAreaElement).style, { fontSize: '19px', paddingLeft: '30px' }),
      );
      expect((await wordRects(page, 'VPN'))[0]![0]!.left).not.toBe(before[0]![0]!.left);
      await expect.poll(followed, { timeout: 2_000 }).toEqual([1, 1]);
      await page.close();
    });

    it('marks stay on their words when a long message scrolls inside the box, and when the page scrolls', async () => {
      const page = await openPage(harness(), 'textarea.html');
      await waitForMarks(page, 3);
      await page.bringToFront();
      // A message several times the box's height, and a page taller than the window.
      await page.evaluate((lines) => {
        const textarea = window.testPage.editors[0]!.root as HTMLTextAreaElement;
        textarea.value = lines.join('\n');
        textarea.dispatchEvent(new Event('input', { bubbles: true }));
        document.body.style.paddingBottom = '2000px';
      }, scrollingMessageLines());
      await expectMarksToFollowScrolling(page);
      await page.close();
    });
  },
});
