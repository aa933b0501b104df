/**
 * Faults a user's browser will meet, in Chromium with the built extension:
 * - a page with 20 compose boxes: every box gets its badge, and typing into any of them stays exact;
 * - a box removed mid-analysis (and with its card open): no error, nothing of it left in our layer;
 * - sync storage full: the options page says so, the change applies from local storage, open pages follow it;
 * - the popup on tabs where the content script cannot run: a browser page, a site without access, a page whose
 *   script went away with an extension reload;
 * - the extension updated (installed again over itself) while a compose box is open: the old content script tears
 *   itself down quietly (badge and marks gone, no error in the page), the page keeps working, and the new
 *   script takes over on the next load.
 * The reload runs last: it replaces the service worker every other test talks to.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { EXTENSION_PATH, launch, type Harness } from '../harness.ts';
import { BADGE, CARD, badgeLabels, drawnMarks, openPage } from '../editors/editor-page.ts';
import { hoverWord } from './hover-word.ts';

/** The few extension APIs evaluated inside the service worker. */
declare const chrome: {
  tabs: { query(query: object): Promise<Array<{ id?: number; url?: string }>>; create(props: { url: string }): Promise<{ id?: number }> };
  storage: {
    sync: {
      set(items: Record<string, unknown>): Promise<void>;
      get(key: string | null): Promise<Record<string, unknown>>;
      clear(): Promise<void>;
    };
    local: { get(key: string | null): Promise<Record<string, unknown>> };
  };
};

let h: Harness;
let worker: Worker;

beforeAll(async () => {
  // The flag lets the reload test install the build again through the DevTools protocol (Extensions.loadUnpacked).
  h = await launch({ args: ['--enable-unsafe-extension-debugging'] });
  worker = h.serviceWorker;
  // Every finding shown ("Show all"): these tests count marks as text changes, which the quiet default's budget
  // per 100 words would hold back.
  await h.showAll();
});
afterAll(async () => h?.close());

const JARGON = 'We patched the VPN and moved the DNS records to the new SSO middleware.';

/** A page with `count` boxes, alternating textareas and contenteditables, each holding jargon. */
function manyBoxesPage(count: number): string {
  const boxes = Array.from({ length: count }, (_, i) =>
    i % 2 === 0
      ? `<p><textarea id="box${i}" rows="3" cols="70">${JARGON}</textarea></p>`
      : `<div id="box${i}" contenteditable="true" role="textbox" aria-label="Message ${i}" style="border:1px solid #999;min-height:40px;margin:6px 0">${JARGON}</div>`,
  );
  return `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Many boxes</title></head><body><h1>Twenty replies</h1>${boxes.join('\n')}</body></html>`;
}

/** Scrolls a box into view and reads the count on the badge at its corner ("5 suggestions" → 5). */
async function badgeCountOf(page: Page, box: string): Promise<number> {
  await page.locator(box).scrollIntoViewIfNeeded();
  let label = '';
  await expect
    .poll(
      async () => {
        const rect = await page.locator(box).boundingBox();
        label = await page.locator(BADGE).evaluateAll((badges, r) => {
          if (!r) return '';
          // The badge sits at the box's bottom-right corner: take the visible one nearest to it.
          let best: Element | null = null;
          let bestDistance = 40;
          for (const b of badges) {
            const c = b.getBoundingClientRect();
            if ((b as HTMLElement).hidden || c.width === 0) continue;
            const distance = Math.hypot((c.left + c.right) / 2 - (r.x + r.width), (c.top + c.bottom) / 2 - (r.y + r.height));
            if (distance < bestDistance) [best, bestDistance] = [b, distance];
          }
          return best?.getAttribute('aria-label') ?? '';
        }, rect);
        return label;
      },
      { timeout: 10_000 },
    )
    .toMatch(/^\d+ suggestions?$/);
  return Number(label.split(' ')[0]);
}

function textOf(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText));
}

/** Nodes in our shadow layer: badges, overlay marks, textarea mirrors, the card. */
function layerNodes(page: Page): Promise<number> {
  // The card is one element per page, made on first use and kept hidden for the next: not part of any box.
  return page.evaluate(
    () =>
      [...(document.querySelector('business-lens-ui')?.shadowRoot?.querySelectorAll('*') ?? [])].filter(
        (e) => !e.matches('.bl-card[hidden]'),
      ).length,
  );
}

/** Highlight ranges we registered, and how many of them point into nodes no longer in the page. */
function highlightRanges(page: Page): Promise<{ total: number; detached: number }> {
  return page.evaluate(() => {
    let total = 0;
    let detached = 0;
    for (const [name, highlight] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
      if (!name.startsWith('business-lens-')) continue;
      for (const range of highlight) {
        total++;
        if (!range.startContainer.isConnected) detached++;
      }
    }
    return { total, detached };
  });
}

/** The layer's node and highlight counts once they have stopped changing (marks are drawn a frame or two after the badge). */
async function settledLayer(page: Page): Promise<{ nodes: number; ranges: number }> {
  let last = '';
  for (let i = 0; i < 40; i++) {
    const now = { nodes: await layerNodes(page), ranges: (await highlightRanges(page)).total };
    if (JSON.stringify(now) === last) return now;
    last = JSON.stringify(now);
    await page.waitForTimeout(250);
  }
  throw new Error('the layer never settled');
}

describe('a page with 20 compose boxes', () => {
  it('gives every box its badge, and typing into any of them stays exact', async () => {
    h.server.route('/inline/twenty.html', manyBoxesPage(20));
    const page = await h.openTestPage('inline/twenty.html');
    const errors = h.watchErrors(page);
    // Badges are drawn for boxes on screen: scroll to each box and read the badge at its corner.
    await expect.poll(() => page.locator(BADGE).count(), { timeout: 15_000 }).toBe(20);
    const counts: number[] = [];
    for (let i = 0; i < 20; i++) counts.push(await badgeCountOf(page, `#box${i}`));
    // The same text in every box: the same count on every badge.
    expect(new Set(counts).size, counts.join(',')).toBe(1);
    const count = counts[0]!;
    expect(count).toBeGreaterThanOrEqual(3);

    const typed = ' Next week the Kubernetes cluster gets MFA.';
    for (const i of [3, 10, 19]) {
      await page.locator(`#box${i}`).click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(typed, { delay: 3 });
    }
    for (const i of [3, 10, 19]) expect(await textOf(page, `#box${i}`)).toBe(JARGON + typed);
    for (const i of [0, 4, 11, 18]) expect(await textOf(page, `#box${i}`)).toBe(JARGON);
    // The boxes typed into gained marks; the others kept theirs.
    for (const i of [3, 10, 19]) await expect.poll(() => badgeCountOf(page, `#box${i}`), { timeout: 10_000 }).toBeGreaterThan(count);
    for (const i of [0, 4, 11, 18]) expect(await badgeCountOf(page, `#box${i}`)).toBe(count);
    await h.screenshot(page, 'trust-twenty-boxes');
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});

describe('a box removed mid-analysis', () => {
  it('leaves no error and nothing of the box behind, whether removed while typing or with its card open', async () => {
    h.server.route(
      '/inline/removable.html',
      `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Removable</title></head><body>
        <textarea id="keep" rows="3" cols="70">${JARGON}</textarea>
        <div id="hosts"></div>
      </body></html>`,
    );
    const page = await h.openTestPage('inline/removable.html');
    const errors = h.watchErrors(page);
    await expect.poll(() => page.locator(BADGE).count(), { timeout: 10_000 }).toBe(1);
    const baseline = await settledLayer(page);

    // A long message, so analysis is under way when the box goes; removed in the same task as the edit.
    const long = await page.evaluate(() => Array.from({ length: 800 }, () => 'We patched the VPN and moved the DNS records.').join(' '));
    for (const kind of ['textarea', 'editable'] as const) {
      await page.evaluate(
        ({ kind, long }) => {
          const host = document.getElementById('hosts')!;
          const box = kind === 'textarea' ? document.createElement('textarea') : document.createElement('div');
          box.id = 'doomed';
          if (box instanceof HTMLTextAreaElement) box.value = long;
          else {
            box.contentEditable = 'true';
            box.textContent = long;
          }
          host.append(box);
        },
        { kind, long },
      );
      await expect.poll(() => page.locator(BADGE).count(), { timeout: 10_000 }).toBe(2);
      await page.locator('#doomed').click();
      await page.keyboard.type(' More SSO.');
      await page.evaluate(() => document.getElementById('doomed')!.remove());
      await expect.poll(() => page.locator(BADGE).count(), { timeout: 5_000 }).toBe(1);
      await expect.poll(() => layerNodes(page), { timeout: 5_000 }).toBe(baseline.nodes);
      await expect.poll(async () => (await highlightRanges(page)).total, { timeout: 5_000 }).toBe(baseline.ranges);
      expect((await highlightRanges(page)).detached).toBe(0);
    }

    // With its card open: the card goes with the box.
    await page.evaluate((text) => {
      const box = document.createElement('div');
      box.id = 'doomed';
      box.contentEditable = 'true';
      box.textContent = text;
      document.getElementById('hosts')!.append(box);
    }, JARGON);
    await expect.poll(() => page.locator(BADGE).count(), { timeout: 10_000 }).toBe(2);
    await hoverWord(page, '#doomed', 'VPN');
    await page.evaluate(() => document.getElementById('doomed')!.remove());
    await expect.poll(() => page.locator(CARD).isVisible(), { timeout: 5_000 }).toBe(false);
    await expect.poll(() => page.locator(BADGE).count(), { timeout: 5_000 }).toBe(1);
    await expect.poll(() => layerNodes(page), { timeout: 5_000 }).toBe(baseline.nodes);

    // The remaining box still works.
    await page.locator('#keep').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' The Kubernetes cluster is next.');
    expect(await textOf(page, '#keep')).toBe(JARGON + ' The Kubernetes cluster is next.');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('sync storage full', () => {
  it('says so in the options page, applies the change from local storage, and open pages follow it', async () => {
    const page = await openPage(h, 'textarea.html');
    const before = Number((await badgeLabels(page))[0]!.split(' ')[0]);
    expect(before).toBeGreaterThan(1);

    // Fill sync storage to the last byte of its quota (102,400 bytes, 8,192 per item): big items, then ever smaller ones.
    const filled = await worker.evaluate(async () => {
      let i = 0;
      let error = '';
      for (const size of [8_000, 1_000, 100, 10, 1]) {
        for (;;) {
          try {
            await chrome.storage.sync.set({ [`f${i}`]: 'x'.repeat(size) });
            i++;
          } catch (e) {
            error = String(e);
            break;
          }
        }
      }
      return { items: i, error };
    });
    // Chromium says "Resource::kQuotaBytes quota exceeded"; extension/settings.ts must recognise it.
    expect(filled.error).toMatch(/quota/i);

    const options = await h.openExtensionPage('options.html#settings');
    const errors = h.watchErrors(options);
    await options.locator('input[name="bl-min-severity"][value="high"]').check();
    await expect.poll(() => options.locator('body').innerText(), { timeout: 5_000 }).toMatch(/sync storage is full/i);
    const local = await worker.evaluate(
      async () => (await chrome.storage.local.get('settingsFallback')).settingsFallback as { minSeverity?: string } | undefined,
    );
    expect(local?.minSeverity).toBe('high');
    // The open page follows the change: fewer marks at the higher bar.
    await expect.poll(async () => Number((await badgeLabels(page))[0]?.split(' ')[0] ?? 0), { timeout: 5_000 }).toBeLessThan(before);
    expect(errors).toEqual([]);

    // With room again, the next change goes back to sync.
    await worker.evaluate(() => chrome.storage.sync.clear());
    await options.locator('input[name="bl-min-severity"][value="low"]').check();
    await expect
      .poll(
        async () =>
          (
            (await worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings)) as
              { minSeverity?: string } | undefined
          )?.minSeverity,
        { timeout: 5_000 },
      )
      .toBe('low');
    await options.close();
    await page.close();
  });
});

describe('the popup where the content script cannot run', () => {
  it('on a browser page: says why, with no error', async () => {
    const tab = await h.context.newPage();
    await tab.goto('chrome://version');
    // Browsers hide their own pages' URLs from extensions: take the newest tab whose URL is hidden.
    const tabId = await worker.evaluate(async () => Math.max(...(await chrome.tabs.query({})).filter((t) => !t.url).map((t) => t.id!)));
    const popup = await h.context.newPage();
    const errors = h.watchErrors(popup);
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('body').innerText(), { timeout: 10_000 }).toMatch(/can’t run on this page/);
    expect(errors).toEqual([]);
    await popup.close();
    await tab.close();
  });
});

describe('the extension reloaded or updated while a compose box is open', () => {
  it('tears the old script down quietly, the page keeps working, and the new script takes over on the next load', async () => {
    const page = await openPage(h, 'contenteditable.html');
    const errors = h.watchErrors(page);
    expect(await page.locator(BADGE).count()).toBe(1);
    expect((await drawnMarks(page)).length).toBeGreaterThan(0);

    // Install the same build again over the running one, as an update does. (chrome.runtime.reload() would do too,
    // but headless Chromium leaves an unpacked extension unloaded when it is reloaded after half a minute of running.)
    const closed = new Promise<void>((done) => worker.once('close', () => done()));
    const cdp = await h.context.browser()!.newBrowserCDPSession();
    const installed = (await cdp.send('Extensions.loadUnpacked' as never, { path: EXTENSION_PATH } as never)) as { id: string };
    expect(installed.id).toBe(h.extensionId);
    await closed;

    // The page is used as before; the old script notices it is orphaned and takes its badge and marks away.
    await page.evaluate(() => window.testPage.caretToEnd(0));
    await page.keyboard.type(' The SSO change is next.', { delay: 10 });
    await expect.poll(() => page.locator(BADGE).count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(async () => (await drawnMarks(page)).length, { timeout: 5_000 }).toBe(0);
    await expect.poll(() => page.evaluate(() => window.testPage.model(0)), { timeout: 5_000 }).toMatch(/The SSO change is next\.$/);
    expect(errors).toEqual([]);

    // The popup on that tab says how to start the new version there.
    // Asked from an extension page: the old worker is gone, and the new one starts only when an event needs it.
    const lookup = await h.openExtensionPage('popup.html');
    const tabId = await lookup.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)!.id!, page.url());
    await lookup.close();
    const popup = await h.context.newPage();
    const popupErrors = h.watchErrors(popup);
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('body').innerText(), { timeout: 10_000 }).toMatch(/Reload to start Business Lens here/);
    expect(popupErrors).toEqual([]);
    await popup.close();

    // The next load runs the new content script.
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    await page.locator(BADGE).first().waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.locator(BADGE).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
