/** A plain contenteditable: the browser's own editing, native undo; also boxes inside iframes. */
import { expect, it } from 'vitest';
import {
  BADGE,
  describeEditorPage,
  drawnMarks,
  expectMarksToFollowScrolling,
  modelText,
  openPage,
  scrollingMessageLines,
  waitForMarks,
} from './editor-page.ts';

describeEditorPage({
  showAll: true,
  file: 'contenteditable.html',
  name: 'contenteditable',
  replaceTerm: 'DNS records',
  formatting: true,
  rewriteSentence: { sentence: 'We will switch on SSO next week, with the new middleware.', term: 'SSO' },
  more: (harness) => {
    it('follows IME composition: no analysis mid-word, marks once the word is committed', async () => {
      const h = harness();
      const page = await openPage(h, 'contenteditable.html');
      await waitForMarks(page, 3);
      const jargon = async () => (await drawnMarks(page)).filter((m) => m.kind === 'jargon').map((m) => m.text);
      const before = await jargon();
      await page.evaluate(() => window.testPage.caretToEnd(0));
      const cdp = await h.context.newCDPSession(page);
      await page.keyboard.type(' Also the ');
      for (const step of ['V', 'VP', 'VPN']) {
        await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
        await page.waitForTimeout(250);
      }
      // Still composing: the half-typed word is not analysed yet.
      expect((await jargon()).length).toBe(before.length);
      await cdp.send('Input.insertText', { text: 'VPN' });
      await page.keyboard.type(' is back.');
      await expect
        .poll(async () => (await jargon()).filter((t) => t === 'VPN').length, { timeout: 5_000 })
        .toBe(before.filter((t) => t === 'VPN').length + 1);
      expect(await modelText(page)).toMatch(/Also the VPN is back\.$/);
      await page.close();
    });

    it('highlights the marks that scroll into view, in a box taller than its frame and on a scrolled page', async () => {
      const page = await openPage(harness(), 'contenteditable.html');
      await waitForMarks(page, 3);
      await page.bringToFront();
      // Only marks in view are highlighted; a scroll brings others in, and they must be highlighted in that frame.
      await page.evaluate((lines) => {
        const box = window.testPage.editors[0]!.root;
        Object.assign(box.style, { height: '160px', minHeight: '0', overflow: 'auto' });
        box.replaceChildren(
          ...lines.map((text) => {
            const line = document.createElement('div');
            line.textContent = text;
            return line;
          }),
        );
        document.body.style.paddingBottom = '2000px';
      }, scrollingMessageLines());
      await expectMarksToFollowScrolling(page);
      await page.close();
    });

    it('finds boxes in same-origin iframes, and leaves cross-origin ones alone', async () => {
      const h = harness();
      const crossOrigin = h.server.origin.replace('127.0.0.1', 'localhost');
      const inner = '<div contenteditable=true style="min-height:60px;border:1px solid #999">The VPN and the SSO are back.</div>';
      h.server.route('/inline/frame-inner.html', `<!doctype html><body>${inner}</body>`);
      h.server.route(
        '/inline/frames.html',
        `<!doctype html><body><h1>Frames</h1>
          <iframe id="same" style="width:600px;height:120px" srcdoc="${inner.replace(/"/g, '&quot;')}"></iframe>
          <iframe id="cross" style="width:600px;height:120px" src="${crossOrigin}/inline/frame-inner.html"></iframe>
        </body>`,
      );
      const page = await h.openTestPage('inline/frames.html');
      const same = page.frameLocator('#same');
      await expect
        .poll(
          () =>
            same
              .locator(BADGE)
              .getAttribute('aria-label')
              .catch(() => null),
          { timeout: 10_000 },
        )
        .toBe('2 suggestions');
      // The cross-origin frame is not ours to read: no badge, no layer.
      await page.waitForTimeout(500);
      expect(await page.frameLocator('#cross').locator('business-lens-ui').count()).toBe(0);
      const marks = await page
        .frames()
        .find((f) => f.url() === 'about:srcdoc')!
        .evaluate(() => {
          const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
          return [...(registry.get('business-lens-jargon') ?? [])].map((r) => r.toString());
        });
      expect(marks).toEqual(['VPN', 'SSO']);
      await page.close();
    });
  },
});
