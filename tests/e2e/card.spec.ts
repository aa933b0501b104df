/**
 * The in-page card as a new user meets it on the playground and on pages of their own colours: its label
 * whole, its rewrite whole, dark on a dark page, why a term is marked (sent by the background), and no card
 * springing up under a pointer left resting after an action.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, SCREENSHOTS, type Harness } from './harness.ts';
import { CARD } from './editors/editor-page.ts';
import { hoverWord } from './trust/hover-word.ts';
import { typeIntoPlayground } from './playground-message.ts';
import { WALKTHROUGH_MESSAGE } from '../fixtures/walkthrough-message.ts';
import { builtInEntries } from '../../lexicon/data/index.ts';
import { reasonOf } from '../../lexicon/checks/jargon-reason.ts';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

/** The luminance (0 black – 1 white) of an element's computed background. */
function backgroundLuminance(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((el) => {
    const [r, g, b] = getComputedStyle(el)
      .backgroundColor.match(/[\d.]+/g)!
      .slice(0, 3)
      .map((c) => Number(c) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  });
}

/** A compose box of the given colours, on a page served where the e2e build's content script runs. */
function colouredPage(name: string, page: string, box: string, extra = ''): string {
  h.server.route(
    `/inline/${name}.html`,
    `<!doctype html><html><head><meta charset="utf-8"><title>${name}</title><style>html { ${extra} } body { margin: 40px; ${page} } #box { width: 640px; min-height: 160px; padding: 12px; font: 16px/1.6 sans-serif; ${box} }</style></head>` +
      `<body><div id="box" contenteditable="true">We patched the VPN concentrator and moved the DNS records to the new failover cluster last weekend.</div></body></html>`,
  );
  return `/inline/${name}.html`;
}

async function openColoured(path: string): Promise<Page> {
  const page = await h.openTestPage(path);
  await page.locator('[data-business-lens="badge"]').first().waitFor({ state: 'visible', timeout: 10_000 });
  return page;
}

describe('the card on the playground', () => {
  let page: Page;

  it('keeps its label whole and shows the whole rewrite, even in a short window', async () => {
    page = await h.openExtensionPage('playground.html');
    await h.resize(page, 1100, 700);
    await typeIntoPlayground(page, WALKTHROUGH_MESSAGE);
    // Everything shown ("Show all"), for the sentence the rewrite engine gives an outcome: a mail move to O365,
    // whose outcome follows from where it went (the others are faults, instructions, or changes whose gain depends on why).
    await page.mouse.move(1050, 20);
    await page.locator('[data-business-lens="badge"]').click();
    await page.locator('[data-action="picky"]').click();
    await expect.poll(() => page.locator('[data-business-lens="badge"]').getAttribute('aria-label')).toMatch(/^[2-9]\d suggestions$/);
    // From the keyboard, mark by mark, to that sentence's card.
    await page.locator('#body').click();
    await page.mouse.move(1050, 20);
    await page.keyboard.press('Control+Home');
    const card = page.locator(CARD);
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Alt+Shift+L');
      await card.waitFor({ state: 'visible', timeout: 5_000 });
      if ((await card.locator('.bl-term').innerText()).startsWith('We migrated the Exchange')) break;
    }
    await card.locator('[data-field="outcome"]').waitFor({ timeout: 10_000 });
    await h.screenshot(page, 'card-whole-rewrite');
    const label = card.locator('.bl-kind');
    expect(await label.innerText()).toBe('FEATURE-TALK');
    // One line box: the label never breaks, not even at its hyphen.
    expect(await label.evaluate((el) => el.getClientRects().length)).toBe(1);
    expect(await label.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(22);
    // The rewrite is there in full, above the actions, without scrolling the card.
    const geometry = await card.evaluate((el) => {
      const outcome = el.querySelector('[data-field="outcome"]')!.getBoundingClientRect();
      const actions = el.querySelector('.bl-actions')!.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return { outcome, actions, box, scrollTop: el.scrollTop, viewport: innerHeight };
    });
    expect(geometry.scrollTop).toBe(0);
    expect(geometry.outcome.top).toBeGreaterThanOrEqual(geometry.box.top);
    expect(geometry.outcome.bottom).toBeLessThanOrEqual(geometry.actions.top + 1);
    expect(geometry.box.bottom).toBeLessThanOrEqual(geometry.viewport);
  });

  it('opens no card under a pointer left resting after an action, and opens one where the pointer moves', async () => {
    // Everything shown, so the term sits inside its sentence's mark: ignoring the term leaves the sentence under the pointer.
    await page.keyboard.press('Escape');
    await page.mouse.move(1050, 20);
    await expect.poll(() => page.locator(CARD).isVisible()).toBe(false);
    await expect.poll(() => page.locator('[data-business-lens="badge"]').getAttribute('aria-label')).toMatch(/^[2-9]\d suggestions$/);
    await hoverWord(page, '#body', 'EDR');
    const at = await page.evaluate(() => {
      const node = [...document.querySelectorAll('#body *, #body')]
        .flatMap((el) => [...el.childNodes])
        .find((n) => n.nodeType === 3 && n.textContent!.includes('EDR'))!;
      const range = document.createRange();
      const i = node.textContent!.indexOf('EDR');
      range.setStart(node, i);
      range.setEnd(node, i + 3);
      const r = range.getBoundingClientRect();
      return { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
    });
    // The user acts without moving the pointer off the words (a key, or a click that lands in place).
    // (A key: the card acts only on the user's own, trusted events, so a dispatched click would do nothing.)
    await page.locator(`${CARD} [data-action="ignore"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(CARD).isVisible()).toBe(false);
    // A resting hand drifts a pixel: no card for the sentence now under it.
    await page.mouse.move(at.x + 1, at.y);
    await page.waitForTimeout(900);
    expect(await page.locator(CARD).isVisible()).toBe(false);
    // Moving on opens cards as before.
    await page.mouse.move(at.x + 40, at.y);
    await page.mouse.move(at.x + 44, at.y);
    await expect.poll(() => page.locator(CARD).isVisible(), { timeout: 5_000 }).toBe(true);
    await page.close();
  });
});

describe('the card takes the page’s colours', () => {
  it('is dark on a dark compose box', async () => {
    const page = await openColoured(colouredPage('dark', 'background: #111418; color: #e8e8e8;', 'background: #202124; color: #e8eaed;'));
    await hoverWord(page, '#box', 'VPN');
    expect(await backgroundLuminance(page, CARD)).toBeLessThan(0.05);
    expect(await page.locator(CARD).getAttribute('data-theme')).toBe('dark');
    await h.screenshot(page, 'card-dark');
    await page.close();
  });

  it('stays light on a light box, even when the system prefers dark', async () => {
    // Everything shown, so the term has a card of its own when this test runs alone.
    await h.showAll();
    const page = await openColoured(colouredPage('light', 'background: #f5f5f5;', 'background: #ffffff; color: #202124;'));
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await hoverWord(page, '#box', 'VPN')).toBe('VPN');
    expect(await backgroundLuminance(page, CARD)).toBeGreaterThan(0.9);
    // The content script carries no built-in reasons: the background sends the entry's with the card's rewrite.
    const vpn = builtInEntries.find((entry) => entry.id === 'vpn')!;
    const reason = reasonOf(vpn);
    await expect
      .poll(async () => (await page.locator(`${CARD} .bl-message`).innerText()).slice(-reason.length), { timeout: 10_000 })
      .toBe(reason);
    await page.close();
  });

  it('follows the system’s dark preference on a page that lets the browser paint it dark', async () => {
    const path = colouredPage('scheme', 'color: CanvasText;', 'color: CanvasText;', 'color-scheme: light dark;');
    const page = await h.context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${h.server.origin}${path}`);
    await page.locator('[data-business-lens="badge"]').first().waitFor({ state: 'visible', timeout: 10_000 });
    await hoverWord(page, '#box', 'VPN');
    expect(await page.locator(CARD).getAttribute('data-theme')).toBe('dark');
    await page.screenshot({ path: `${SCREENSHOTS}/card-dark-scheme.png` });
    await page.close();
  });
});

describe('where the gain depends on why', () => {
  it('says so, offers the outcome as wording the writer may take, and writes it only on their click (undone by Ctrl+Z)', async () => {
    await h.showAll();
    const sentence = 'We upgraded the VPN last weekend.';
    h.server.route(
      '/inline/choice.html',
      `<!doctype html><html><head><meta charset="utf-8"><title>choice</title></head><body style="margin:40px"><div id="box" contenteditable="true" style="width:640px;min-height:120px;font:16px/1.6 sans-serif">${sentence}</div></body></html>`,
    );
    const page = await openColoured('/inline/choice.html');
    await hoverWord(page, '#box', 'VPN');
    const choice = page.locator(`${CARD} [data-field="choice"]`);
    await choice.waitFor({ state: 'visible', timeout: 30_000 });
    const wording = await choice.innerText();
    expect(wording).toMatch(/^Last weekend we upgraded the .+, so that .+\.$/);
    // No outcome rewrite is claimed: the card says why, and nothing in the box has changed.
    expect(await page.locator(`${CARD} [data-field="outcome"]`).count()).toBe(0);
    expect(await page.locator(CARD).innerText()).toContain('depends on why');
    expect(await page.locator('#box').innerText()).toBe(sentence);
    await h.screenshot(page, 'card-choice');
    await page.locator(`${CARD} [data-action="choose"]`).click();
    await expect.poll(() => page.locator('#box').innerText(), { timeout: 5_000 }).toBe(wording);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('#box').innerText(), { timeout: 5_000 }).toBe(sentence);
    await page.close();
  });
});
