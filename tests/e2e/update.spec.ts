/**
 * "Your update" in Chromium with the built extension: a win logged from the popup on the playground, two logged on
 * update.html, the update composed for executives with no jargon marks, the page as a user sees it, and the draft
 * inserted into compose boxes focused earlier in other tabs (a textarea, a contenteditable, Lexical), each time taken
 * out again by one Ctrl+Z there. Then what the "log a win" command reads from a focused box, and the weekly
 * reminder: its permission, alarm, badge and clearing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness.ts';
import { modelText, openPage } from './editors/editor-page.ts';

declare const chrome: {
  tabs: { getCurrent(): Promise<{ id?: number } | undefined>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
  permissions: { contains(p: { permissions: string[] }): Promise<boolean> };
  alarms?: { get(name: string): Promise<{ scheduledTime: number } | undefined> };
  action: { getBadgeText(details: object): Promise<string>; getTitle(details: object): Promise<string> };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
    sync: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
  };
};

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

  it('the "log a win" command reads the focused box without changing it; the reminder asks, rings and clears', async () => {
    // What the background asks the focused frame when the command is pressed: the selection, the text untouched.
    const playground = await h.openExtensionPage('playground.html');
    const tabId = await playground.evaluate(async () => (await chrome.tabs.getCurrent())!.id!);
    const box = playground.locator('#body');
    const before = await box.innerHTML();
    await box.click();
    await playground.evaluate(() => {
      // The second line: the first sentence of the sample's first paragraph, in part.
      const text = document.querySelectorAll('#body > div')[2]!.firstChild!;
      getSelection()!.setBaseAndExtent(text, 0, text, 24);
    });
    const selected = await playground.evaluate(() => getSelection()!.toString());
    const asker = await h.openExtensionPage('update.html');
    const answer = await asker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'bl/win-words' }), tabId);
    expect(answer).toEqual({ ok: true, text: selected.trim() });
    expect(await box.innerHTML()).toBe(before);

    // The reminder: on from the click, which Chromium grants at once (alarms carries no warning), and an alarm set.
    const page = asker;
    const toggle = page.getByRole('switch', { name: 'Remind me each week to compose my update' });
    await page.getByLabel('Day').selectOption({ label: 'Friday' });
    await page.getByLabel('Time').fill('15:00');
    await toggle.click();
    await page.getByText('On: every Friday at 15:00.').waitFor();
    expect(await page.evaluate(() => chrome.permissions.contains({ permissions: ['alarms'] }))).toBe(true);
    await expect
      .poll(() => h.serviceWorker.evaluate(async () => (await chrome.alarms?.get('bl-weekly-reminder'))?.scheduledTime), { timeout: 5_000 })
      .toEqual(expect.any(Number));
    const scheduled = await h.serviceWorker.evaluate(async () => (await chrome.alarms!.get('bl-weekly-reminder'))!.scheduledTime);
    const due = new Date(scheduled);
    expect([due.getDay(), due.getHours(), due.getMinutes()]).toEqual([5, 15, 0]);

    // A reminder that fell while the browser was closed shows on the button at the next check, with the week's count
    // (every win in this fresh profile was logged today).
    const count = await page.evaluate(async () => {
      await chrome.storage.local.set({ reminder: { dueAt: Date.now() - 60_000, for: '5@15:00', waiting: false } });
      // Any change of the settings makes the background look again.
      const { settings } = (await chrome.storage.sync.get('settings')) as { settings: { picky?: boolean } };
      await chrome.storage.sync.set({ settings: { ...settings, picky: !settings.picky } });
      return ((await chrome.storage.local.get('wins')) as { wins?: unknown[] }).wins?.length ?? 0;
    });
    await expect.poll(() => h.serviceWorker.evaluate(() => chrome.action.getBadgeText({})), { timeout: 5_000 }).toBe(String(count));
    expect(await h.serviceWorker.evaluate(() => chrome.action.getTitle({}))).toMatch(/wins? logged this week/);

    // Opening the popup is seeing it.
    const popup = await h.openExtensionPage('popup.html');
    await expect.poll(() => h.serviceWorker.evaluate(() => chrome.action.getBadgeText({})), { timeout: 5_000 }).toBe('');
    await popup.close();

    // Off: the permission goes back.
    await toggle.click();
    await page.getByText('Off. No reminder will show.').waitFor();
    expect(await page.evaluate(() => chrome.permissions.contains({ permissions: ['alarms'] }))).toBe(false);
  });
});
