/**
 * "Your update" in Chromium with the built extension: a win logged from the popup on the playground, two logged on
 * update.html, the update composed for executives with no jargon marks, and the page as a user sees it. Then what
 * the "log a win" command reads from a focused box, and the weekly reminder: its permission, alarm, badge and clearing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness.ts';

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
