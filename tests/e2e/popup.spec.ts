/**
 * The popup against the real content script in Chromium: the popup page is opened in a tab and pointed at the
 * playground's tab with `?tab=ID`, exactly as the toolbar popup talks to the active tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launch, SCREENSHOTS, type Harness } from './harness.ts';
import { typeIntoPlayground } from './playground-message.ts';
import { WALKTHROUGH_MESSAGE } from '../fixtures/walkthrough-message.ts';
import { KIND_LABELS } from '../../compose/mark-kinds.ts';

/** The few extension APIs this spec calls inside the pages and the worker it evaluates code in. */
declare const chrome: {
  tabs: {
    getCurrent(): Promise<{ id?: number } | undefined>;
    query(query: object): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

let h: Harness;
let playground: Page;
let popup: Page;
let popupErrors: string[];

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

/** The number the badge beside the message states, from its accessible name ("5 suggestions"). */
async function badgeCount(page: Page): Promise<number> {
  const label = await page
    .locator('[aria-label$=" suggestions"], [aria-label$=" suggestion"]')
    .first()
    .getAttribute('aria-label', { timeout: 1_000 })
    .catch(() => null);
  return label ? Number(label.split(' ')[0]) : NaN;
}

/** The playground's message body: its largest editable box (the subject line is a one-line field). */
async function messageBox(page: Page): Promise<Locator> {
  const boxes = page.locator('[contenteditable="true"], [contenteditable=""], textarea');
  let best = boxes.first();
  let bestArea = -1;
  for (let i = 0; i < (await boxes.count()); i++) {
    const box = await boxes.nth(i).boundingBox();
    const area = box ? box.width * box.height : 0;
    if (area > bestArea) [best, bestArea] = [boxes.nth(i), area];
  }
  return best;
}

async function messageText(box: Locator): Promise<string> {
  return box.evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText));
}

/** The id of the tab an extension page is in, asked of the page itself. */
function ownTabId(page: Page): Promise<number> {
  return page.evaluate(async () => (await chrome.tabs.getCurrent())!.id!);
}

/** The id of the tab showing a web page, asked of the service worker (the e2e build may see 127.0.0.1 URLs). */
function webTabId(url: string): Promise<number> {
  return h.serviceWorker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)!.id!, url);
}

async function openPopupFor(tabId: number, width = 400): Promise<Page> {
  const page = await h.context.newPage();
  popupErrors = h.watchErrors(page);
  await h.resize(page, width, 600);
  await page.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
  return page;
}

/**
 * A sentence's rewrite in the popup: the outcome rewrite, or, where what a change gives depends on why, the
 * wording offered as a choice. Either shows the rewrite engine has answered, and both follow the audience.
 */
const REWRITTEN = '[data-testid="outcome-text"], [data-testid="choice-text"]';

async function noHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}

describe('popup on the playground', () => {
  it('lists as many findings as the badge counts', async () => {
    playground = await h.openExtensionPage('playground.html');
    await expect.poll(() => badgeCount(playground), { timeout: 10_000 }).toBeGreaterThan(0);
    const tabId = await ownTabId(playground);
    popup = await openPopupFor(tabId);
    await popup.getByRole('meter', { name: 'Business readiness' }).waitFor({ timeout: 10_000 });
    const count = await badgeCount(playground);
    await expect.poll(() => popup.locator('article[data-finding-id]').count()).toBe(count);
    expect(await popup.getByRole('tab', { name: `Findings (${count})` }).count()).toBe(1);
    expect(await noHorizontalScroll(popup)).toBe(true);
    await h.screenshot(popup, 'popup-findings');
    await popup.screenshot({ path: `${SCREENSHOTS}/popup-findings-full.png`, fullPage: true });
  });

  it('shows the state before the rewrite engine loads, and the rewrites after', async () => {
    // The popup marks its start-up (main.tsx): the state on screen, then the engine asked for, then loaded.
    const page = await openPopupFor(await ownTabId(playground));
    await page.locator(REWRITTEN).first().waitFor({ timeout: 10_000 });
    const marks = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)])),
    );
    // The engine is only asked for once the tab's state is on screen, and everything it needs arrives after.
    expect(marks['bl:state-shown']).toBeGreaterThan(0);
    expect(marks['bl:rewrites-wanted']).toBeGreaterThanOrEqual(marks['bl:state-shown']!);
    expect(marks['bl:rewrites-loaded']).toBeGreaterThanOrEqual(marks['bl:rewrites-wanted']!);
    console.info(`popup start-up (ms from navigation): ${JSON.stringify(marks)}`);
    await page.close();
  });

  it('applies a fix from the popup, and Ctrl+Z in the page undoes it', async () => {
    // Wait for the rewrites: once the engine has loaded, plain wording is fitted to the sentence and stays put.
    await popup.locator(REWRITTEN).first().waitFor({ timeout: 10_000 });
    const box = await messageBox(playground);
    const before = await messageText(box);
    const countBefore = await badgeCount(playground);
    const replace = popup.getByRole('button', { name: /^Replace “/ }).first();
    const label = (await replace.getAttribute('aria-label'))!;
    const [, term, plain] = /^Replace “(.+)” with “(.+)”$/.exec(label)!;
    await replace.click();
    await expect.poll(() => messageText(box), { timeout: 5_000 }).not.toBe(before);
    const after = await messageText(box);
    expect(after).toContain(plain!);
    // Exactly one occurrence changed, in place: the text around it is untouched.
    expect(after.length - before.length).toBe(plain!.length - term!.length);
    await popup.getByText('Changed. Press Ctrl+Z in the message to undo.').first().waitFor();

    await playground.bringToFront();
    await box.focus();
    await playground.keyboard.press('Control+z');
    await expect.poll(() => messageText(box), { timeout: 5_000 }).toBe(before);
    // The page counts again what it counted before the insert, and the popup follows.
    await expect.poll(() => badgeCount(playground), { timeout: 5_000 }).toBe(countBefore);
    await expect
      .poll(() => popup.getByRole('tab', { name: /Findings/ }).textContent(), { timeout: 5_000 })
      .toBe(`Findings (${countBefore})`);
  });

  it('a fix for text that changed is refused by the page, and nothing is written', async () => {
    // The popup sends the words it expects under the range; the page must refuse when they are not there.
    const box = await messageBox(playground);
    const before = await messageText(box);
    const tabId = await ownTabId(playground);
    const answer = await popup.evaluate(
      ([id, end]) =>
        chrome.tabs.sendMessage(id, {
          type: 'bl/apply',
          findingId: 'stale',
          replacement: { start: 0, end, expected: 'words that are not there', text: 'REPLACED' },
        }),
      [tabId, 24] as const,
    );
    expect(answer).toMatchObject({ ok: false });
    expect(typeof (answer as { reason?: unknown }).reason).toBe('string');
    expect(await messageText(box)).toBe(before);
  });

  it('switches the audience: the rewrites change at once and the choice is remembered', async () => {
    await popup.bringToFront();
    const outcome = popup.locator(REWRITTEN).first();
    await outcome.waitFor({ timeout: 5_000 });
    const executive = await outcome.textContent();
    await popup.getByRole('radio', { name: 'Board' }).check();
    await expect.poll(() => outcome.textContent(), { timeout: 2_000 }).not.toBe(executive);
    // The line's own label names the reader (a choice row has no "Rewrite for…" label: the engine claims nothing).
    expect(await popup.getByText(/for the board/).count()).toBeGreaterThan(0);

    const again = await openPopupFor(await ownTabId(playground));
    await again.getByRole('meter').waitFor();
    await expect.poll(() => again.getByRole('radio', { name: 'Board' }).isChecked()).toBe(true);
    await again.close();
    await popup.getByRole('radio', { name: 'Executives' }).check();
  });

  it('puts a worksheet sentence in place of the sentence it was built from, undoably, and moves on', async () => {
    await popup.bringToFront();
    await popup.getByRole('tab', { name: 'Worksheet' }).click();
    const feature = popup.getByRole('textbox', { name: /Feature/ });
    await expect.poll(() => feature.inputValue()).not.toBe('');
    const picker = popup.getByRole('combobox', { name: 'Start from' });
    const original = (await picker.locator('option:checked').getAttribute('title'))!;
    await popup.getByRole('textbox', { name: /Outcome/ }).fill('the sales team can close deals from anywhere');
    const sentence = (await popup.getByTestId('worksheet-sentence').textContent())!;
    expect(sentence).toContain('the sales team can close deals from anywhere');
    await popup.getByRole('tab', { name: 'Worksheet' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await h.screenshot(popup, 'popup-worksheet');

    const box = await messageBox(playground);
    const before = await messageText(box);
    expect(before).toContain(original);
    const countBefore = await badgeCount(playground);
    await popup.getByRole('button', { name: 'Replace the sentence' }).click();
    await popup.getByText('Replaced the sentence. Press Ctrl+Z in the message to undo.').waitFor({ timeout: 5_000 });
    // The sentence took the original's place: the rest of the message is as it was.
    await expect.poll(() => messageText(box)).toBe(before.replace(original, sentence));
    // The worksheet moved on: another sentence, with its own columns, not the outcome typed for the one replaced.
    await expect.poll(() => picker.locator('option:checked').getAttribute('title'), { timeout: 5_000 }).not.toBe(original);
    expect(await popup.getByRole('textbox', { name: /Outcome/ }).inputValue()).not.toBe('the sales team can close deals from anywhere');

    await playground.bringToFront();
    await box.focus();
    await playground.keyboard.press('Control+z');
    await expect.poll(() => messageText(box), { timeout: 5_000 }).toBe(before);
    // The page counts again what it counted before the insert, and the popup follows.
    await expect.poll(() => badgeCount(playground), { timeout: 5_000 }).toBe(countBefore);
    await expect
      .poll(() => popup.getByRole('tab', { name: /Findings/ }).textContent(), { timeout: 5_000 })
      .toBe(`Findings (${countBefore})`);
  });

  it('is keyboard-operable: tabs move with the arrow keys and every control is reachable', async () => {
    await popup.bringToFront();
    await popup.getByRole('tab', { name: 'Worksheet' }).focus();
    await popup.keyboard.press('ArrowLeft');
    expect(await popup.getByRole('tab', { name: /Findings/ }).getAttribute('aria-selected')).toBe('true');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
    // Tab through the page: every button met has an accessible name and a visible focus outline.
    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      await popup.keyboard.press('Tab');
      const info = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el.matches('input') ? el.parentElement! : el);
        return {
          name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '',
          outline: style.outlineStyle,
          tag: el.tagName + '.' + el.className,
        };
      });
      // Past the last control (a compact popup has fewer than twelve), the keyboard leaves the page.
      if (info.tag.startsWith('BODY')) break;
      seen.push(info.name);
      expect(info.name.length).toBeGreaterThan(0);
      expect(info.outline, `${info.tag} ${info.name.slice(0, 40)} after ${seen.join(' | ')}`).not.toBe('none');
    }
    expect(seen.some((n) => n.startsWith('Replace'))).toBe(true);
  });

  it('fits a wide popup without horizontal scrolling, and logs no errors', async () => {
    await h.resize(popup, 800, 600);
    expect(await noHorizontalScroll(popup)).toBe(true);
    await h.resize(popup, 400, 600);
    expect(await noHorizontalScroll(popup)).toBe(true);
    expect(popupErrors).toEqual([]);
    await popup.close();
    await playground.close();
  });
});

describe('the compact popup at 400 × 600, on a 126-word update', () => {
  let page: Page;
  let view: Page;

  it('shows what matters most first: as many lines as the badge counts, and “Show all” a click away', async () => {
    page = await h.openExtensionPage('playground.html');
    await typeIntoPlayground(page, WALKTHROUGH_MESSAGE);
    await expect.poll(() => badgeCount(page), { timeout: 10_000 }).toBeGreaterThan(0);
    view = await openPopupFor(await ownTabId(page));
    // The rewrite engine has answered (main.tsx marks it): the quiet view's lines may hold no sentence rewrite.
    await view.waitForFunction(() => performance.getEntriesByName('bl:rewrites-loaded').length > 0, undefined, { timeout: 10_000 });
    const quiet = await badgeCount(page);
    await expect.poll(() => view.locator('article[data-finding-id]').count()).toBe(quiet);
    expect(quiet).toBeLessThanOrEqual(8);
    expect(await noHorizontalScroll(view)).toBe(true);
    await view.screenshot({ path: `${SCREENSHOTS}/popup-compact.png` });

    await view.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => badgeCount(page), { timeout: 5_000 }).toBeGreaterThan(20);
    const all = await badgeCount(page);
    await expect.poll(() => view.locator('article[data-finding-id]').count(), { timeout: 5_000 }).toBe(all);
    await view.getByRole('button', { name: 'Show fewer' }).waitFor();
  });

  it('shows each sentence once with its terms inside it, one line per finding, and no horizontal scroll', async () => {
    const sentences = await view.locator('.bl-sentence q').allTextContents();
    expect(new Set(sentences).size).toBe(sentences.length);
    // Every flagged sentence of the message is there, and each finding line is a line (two at most when it wraps).
    expect(sentences.length).toBeGreaterThanOrEqual(6);
    const heights = await view
      .locator('article[data-finding-id] .bl-row__line')
      .evaluateAll((lines) => lines.map((l) => l.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeLessThanOrEqual(48);
    // The tester's popup was 7,700 px tall for 21 findings; this one lists more in a fraction of that.
    const height = await view.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(2_600);
    expect(await noHorizontalScroll(view)).toBe(true);
    // The kinds carry the card's labels, and a finding costs at most two Tab stops (the line, its action).
    const kinds = new Set(await view.locator('article[data-finding-id] .bl-row__kind').allTextContents());
    for (const kind of kinds) expect(Object.values(KIND_LABELS)).toContain(kind);
    const stops = await view.locator('#bl-panel-findings article[data-finding-id] button:not([hidden] button)').count();
    expect(stops / (await view.locator('article[data-finding-id]').count())).toBeLessThanOrEqual(2);
    await view.screenshot({ path: `${SCREENSHOTS}/popup-compact-all.png`, fullPage: true });
  });

  it('opens a line on demand, and Escape closes it with the keyboard still on it', async () => {
    const line = view.locator('article[data-finding-id] .bl-row__toggle').nth(1);
    await line.focus();
    await view.keyboard.press('Enter');
    expect(await line.getAttribute('aria-expanded')).toBe('true');
    // Onto the next control in the finding (a sentence without a rewrite has fewer than before the rewrite engine by role).
    await view.keyboard.press('Tab');
    expect(await line.evaluate((el) => el.closest('article')!.contains(document.activeElement))).toBe(true);
    await view.keyboard.press('Escape');
    expect(await line.getAttribute('aria-expanded')).toBe('false');
    expect(await line.evaluate((el) => el === document.activeElement)).toBe(true);
    await view.getByRole('button', { name: 'Show fewer' }).click();
    await expect.poll(() => badgeCount(page), { timeout: 5_000 }).toBeLessThanOrEqual(8);
    expect(popupErrors).toEqual([]);
    await view.close();
    await page.close();
  });
});

describe('popup states on real pages', () => {
  it('a page with no compose box: explains, and links to the playground', async () => {
    h.server.route(
      '/inline/no-box.html',
      '<!doctype html><html><head><meta charset="utf-8"><title>Notice</title></head><body><h1>Canteen menu</h1><p>Soup of the day: leek and potato.</p></body></html>',
    );
    const page = await h.openTestPage('inline/no-box.html');
    const view = await openPopupFor(await webTabId(page.url()));
    await view.getByRole('heading', { name: 'No message to review yet' }).waitFor({ timeout: 10_000 });
    await h.screenshot(view, 'popup-empty');
    const opened = h.context.waitForEvent('page');
    await view.getByRole('button', { name: 'Try the playground' }).click();
    expect((await opened).url()).toBe(`chrome-extension://${h.extensionId}/playground.html`);
    await view.close();
    await page.close();
  });

  it('a browser page: says Business Lens cannot run there', async () => {
    const page = await h.context.newPage();
    await page.goto('chrome://version');
    // Browsers hide the URL of their own pages from extensions, so take the newest tab whose URL is hidden.
    const tabId = await h.serviceWorker.evaluate(async () =>
      Math.max(...(await chrome.tabs.query({})).filter((t) => !t.url).map((t) => t.id!)),
    );
    const view = await openPopupFor(tabId);
    await view.getByRole('heading', { name: 'Business Lens can’t run on this page' }).waitFor({ timeout: 10_000 });
    await h.screenshot(view, 'popup-restricted');
    await view.close();
    await page.close();
  });
});
