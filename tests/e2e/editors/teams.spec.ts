/**
 * Teams' chat box, under Teams' own host (teams.cloud.microsoft): CKEditor 5 configured as Teams configures it.
 * Besides every editor page's checks, fixes must change what the editor will send (`editor.getData()`) exactly
 * as the card showed them, undo must take them back, and Enter must still send through the page's own handler;
 * and the badge counts what a plain textarea given the same text counts.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  BADGE,
  CARD,
  REWRITE_WAIT,
  WRITTEN_REWRITE,
  badgeLabels,
  describeEditorPage,
  openCardOn,
  openPage,
  waitForMarks,
  writeOn,
} from './editor-page.ts';
import type { Harness } from '../harness.ts';

const HOST = 'teams.cloud.microsoft';
const REWRITE = { sentence: 'We will switch on SSO next week, with the new middleware.', term: 'SSO' };

/** CKEditor's serialisation of plain text: what getData() holds for words typed or inserted. */
const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const data = (page: Page) => page.evaluate(() => window.testPage.editors[0]!.data!());
const sent = (page: Page) => page.evaluate(() => window.testPage.editors[0]!.sent!());

/** After a fix: Ctrl+Z restores getData() to `before`, Ctrl+Y brings the fix back, and Enter sends it. */
async function undoRedoAndSend(page: Page, before: string, fixed: string): Promise<void> {
  await page.keyboard.press('Control+z');
  await expect.poll(() => data(page), { timeout: 5_000 }).toBe(before);
  await page.keyboard.press('Control+y');
  await expect.poll(() => data(page), { timeout: 5_000 }).toBe(fixed);
  await page.keyboard.press('Enter');
  await expect.poll(() => sent(page), { timeout: 5_000 }).toEqual([fixed]);
  expect(await data(page)).toBe('');
}

describeEditorPage({
  showAll: true,
  file: 'teams.html',
  name: 'teams',
  host: HOST,
  screenshots: true,
  replaceTerm: 'DNS records',
  formatting: true,
  rewriteSentence: REWRITE,
  more: (harness: () => Harness) => {
    it('counts as many suggestions as a plain textarea given the same text', async () => {
      const teams = await openPage(harness(), 'teams.html', true, HOST);
      const textarea = await openPage(harness(), 'textarea.html');
      await waitForMarks(teams, 3);
      const initial = await badgeLabels(textarea);
      expect(await badgeLabels(teams)).toEqual(initial);
      // Written on in both, the counts move together.
      for (const page of [teams, textarea]) {
        await page.evaluate(() => window.testPage.caretToEnd(0));
        await page.keyboard.type(' Next week the SSO team patches the VPN and the DNS.', { delay: 5 });
      }
      for (const page of [teams, textarea]) {
        await expect.poll(async () => (await badgeLabels(page))[0], { timeout: 5_000 }).not.toBe(initial[0]);
      }
      await teams.waitForTimeout(600);
      expect(await badgeLabels(teams)).toEqual(await badgeLabels(textarea));
      await teams.close();
      await textarea.close();
    });

    it('Replace changes getData() exactly as shown; Ctrl+Z and Ctrl+Y take it back and forth; Enter sends it', async () => {
      const page = await openPage(harness(), 'teams.html', true, HOST);
      await waitForMarks(page, 3);
      const before = await data(page);
      expect(before).toContain('<strong>last night</strong>');
      // "VPN gateway" would be refused: its plain wording cannot stand before "gateway" (lexicon/fix).
      await openCardOn(page, 'DNS records');
      const plain = await page.locator(`${CARD} [data-field="plain"]`).innerText();
      await page.locator(`${CARD} [data-action="replace"]`).click();
      const fixed = before.replace('moved the DNS records', `moved the ${html(plain)}`);
      expect(fixed).not.toBe(before);
      await expect.poll(() => data(page), { timeout: 5_000 }).toBe(fixed);
      await undoRedoAndSend(page, before, fixed);
      // The box is empty and ready for the next message: no badge count left from the one sent.
      await expect.poll(() => page.locator(`${BADGE}[data-level="checking"]`).count(), { timeout: 5_000 }).toBe(0);
      await page.close();
    });

    it('Use rewrite changes getData() exactly as shown; Ctrl+Z and Ctrl+Y take it back and forth; Enter sends it', async () => {
      const page = await openPage(harness(), 'teams.html', true, HOST);
      await waitForMarks(page, 3);
      // The sample's sentences get no outcome (descriptions and faults); a change announced does.
      await writeOn(page);
      const before = await data(page);
      expect(before).toContain(html(WRITTEN_REWRITE.sentence));
      await openCardOn(page, WRITTEN_REWRITE.term);
      const outcome = page.locator(`${CARD} [data-field="outcome"]`);
      await outcome.waitFor({ state: 'visible', timeout: REWRITE_WAIT });
      const rewrite = await outcome.innerText();
      await page.locator(`${CARD} [data-action="rewrite"]`).click();
      const fixed = before.replace(html(WRITTEN_REWRITE.sentence), html(rewrite));
      await expect.poll(() => data(page), { timeout: 5_000 }).toBe(fixed);
      await undoRedoAndSend(page, before, fixed);
      await page.close();
    });
  },
});
