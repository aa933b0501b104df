/**
 * "Your update" in Chromium with the built extension: a win logged from the popup on the playground, two logged on
 * update.html, the update composed for executives with no jargon marks, the page as a user sees it, and the draft
 * inserted into compose boxes focused earlier in other tabs (a textarea, a contenteditable, Lexical), each time taken
 * out again by one Ctrl+Z there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness.ts';
import { modelText, openPage } from './editors/editor-page.ts';

declare const chrome: { tabs: { getCurrent(): Promise<{ id?: number } | undefined> } };

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

async function logWin(
  page: Page,
  win: { what: string; people?: string; goal?: string; beneficiary?: string; benefit?: string; figure?: [string, string, string] },
) {
  const form = page.getByRole('form', { name: 'Log a win' });
  await form.getByLabel('What did you get done?').fill(win.what);
  await form.getByRole('button', { name: 'Add details' }).click();
  if (win.people) await form.getByLabel('Who did it').fill(win.people);
  if (win.goal) await form.getByLabel('Business goal').selectOption({ label: win.goal });
  if (win.beneficiary) await form.getByLabel('Who benefits').fill(win.beneficiary);
  if (win.benefit) await form.getByLabel('What it gives them').fill(win.benefit);
  if (win.figure) {
    await form.getByLabel('Figure', { exact: true }).selectOption({ label: win.figure[0] });
    await form.getByLabel('Amount').fill(win.figure[1]);
    await form.getByLabel('Rest of the figure').fill(win.figure[2]);
  }
  await form.getByRole('button', { name: 'Log win' }).click();
  await form.getByText('Win logged.').waitFor();
}

describe('Your update', () => {
  it('logs wins from the popup and the page, composes for executives with no jargon marks', async () => {
    const playground = await h.openExtensionPage('playground.html');
    const tabId = await playground.evaluate(async () => (await chrome.tabs.getCurrent())!.id!);
    const popup = await h.context.newPage();
    await h.resize(popup, 400, 600);
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('tab', { name: 'Worksheet' }).click();
    await popup.getByRole('textbox', { name: /Feature/ }).fill('We moved email to a new data centre');
    await popup.getByRole('textbox', { name: /Benefit/ }).fill('email keeps working when the office loses power');
    await popup.getByRole('button', { name: 'Log worksheet as a win' }).click();
    await popup.getByText('Logged as a win, with its benefit.').waitFor();

    const page = await h.openExtensionPage('update.html');
    const errors = h.watchErrors(page);
    await h.resize(page, 1100, 1600);
    await logWin(page, {
      what: 'Migrated invoice approval to the new finance app',
      people: 'Priya Shah, Tom Lee',
      goal: 'Time saved',
      beneficiary: 'the finance team',
      benefit: 'invoices are approved the same day',
      figure: ['Hours saved', '12', 'a week'],
    });
    await logWin(page, {
      what: 'Cancelled unused design software subscriptions',
      people: 'Ana Ruiz',
      goal: 'Cost',
      benefit: 'we stop paying for seats nobody uses',
      figure: ['Money', '14000', 'a year'],
    });
    await expect.poll(() => page.getByRole('list', { name: 'Your wins' }).getByRole('listitem').count()).toBe(3);

    await page.getByRole('radio', { name: 'Executives' }).check();
    const draft = page.getByTestId('draft');
    const text = (await draft.textContent()) ?? '';
    expect(text).toContain('The headline: We stop paying for seats nobody uses, worth £14,000 a year');
    expect(text).toContain('saving 12 hours a week');
    expect(text).toContain('Thanks to Priya Shah and Tom Lee.');
    expect(text).toContain('Thanks to Ana Ruiz.');
    expect(text).toContain('Email keeps working when the office loses power');
    // "Migrated" is jargon; the draft says it plainly, and the check finds nothing to mark.
    expect(text).not.toMatch(/migrated/i);
    await page.getByTestId('no-marks').waitFor();
    await page.getByLabel('Coming next (one a line, optional)').fill('New meeting-room screens in January');
    await page.getByTestId('no-marks').waitFor();
    await h.screenshot(page, 'update-page');
    expect(await page.getByTestId('insert-target').textContent()).toBe('Click into a compose box first, then come back.');

    // The draft's lines, as its plain text has them: headings, paragraphs and list items.
    const lines = await draft.evaluate((article) =>
      [...article.querySelectorAll('h3, h4, p, li')].map((e) => (e.tagName === 'LI' ? '- ' : '') + e.textContent.trim()),
    );
    expect(lines).toContain('- New meeting-room screens in January.');
    // Written by the editing command (textarea, contenteditable) and as a paste (Lexical).
    let box: Page | null = null;
    for (const file of ['textarea.html', 'contenteditable.html', 'lexical.html']) {
      box = await openPage(h, file);
      await box.evaluate(() => window.testPage.caretToEnd(0));
      await box.keyboard.type(' Thanks.', { delay: 5 });
      await expect.poll(() => modelText(box!)).toMatch(/ Thanks\.$/);
      const before = await modelText(box);
      await page.bringToFront();
      await page.getByRole('button', { name: /^Insert into compose box on 127\.0\.0\.1:\d+$/ }).click();
      await expect.poll(() => modelText(box!), { message: file }).not.toBe(before);
      await page.getByText(/^Inserted into your compose box on 127\.0\.0\.1:\d+\. Ctrl\+Z there takes it out again\.$/).waitFor();
      const after = await modelText(box);
      // After the writer's words, a blank line, then the draft's lines in order, each paragraph apart from the next.
      expect(after.slice(0, before.length + 2), file).toBe(`${before}\n\n`);
      expect(after.slice(before.length).split('\n').filter(Boolean), file).toEqual(lines);
      expect(after, file).toMatch(/Hello everyone,\n\n+Here is/);
      await box.bringToFront();
      await box.keyboard.press('Control+z');
      await expect.poll(() => modelText(box!), { message: `${file}: one Ctrl+Z` }).toBe(before);
    }
    // Its tab closed: the page says so instead of inserting anywhere else.
    await box!.close();
    await page.bringToFront();
    await expect
      .poll(() => page.getByTestId('insert-target').textContent())
      .toMatch(/^The tab with your compose box on 127\.0\.0\.1:\d+ was closed\./);
    expect(errors).toEqual([]);
  });
});
