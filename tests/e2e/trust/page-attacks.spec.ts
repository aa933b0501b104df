/**
 * A hostile page, in real Chromium, with Business Lens exactly as users get it: the harness does not ask for an
 * inspectable layer, so the shadow root is closed and highlight names are random. The page's own script runs
 * before the extension and tries what the outside review described: read the card and the lexicon behind it,
 * open a card, press "Always allow", use the shortcut, learn from the highlight names, hear the extension start.
 * Every attack must fail; every one has a positive control (the user's own pointer and keys still work, the
 * test itself can see the card through the DevTools protocol), so the test cannot pass by nothing working.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from '../harness.ts';
import { layerView } from './closed-layer.ts';

/** The extension APIs this spec calls inside the service worker. */
interface ChromeStorage {
  chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } } };
}

/** A user's own lexicon entry: the page must never learn its plain wording. */
const FALCON = {
  id: 'falcon',
  term: 'Falcon',
  variants: [],
  caseSensitive: false,
  noInflect: false,
  category: 'products',
  severity: 'medium',
  plain: ['the new order system'],
  explanation: 'Falcon is the system the sales team uses to take and track orders.',
  analogies: [],
  exceptions: [],
  disabled: false,
};
const SECRET = 'the new order system';

/**
 * The page. Its script runs first: it records every window message, forces any shadow root it can reach open,
 * and notes the names on `window`, so the test can compare what the page can see after the extension started.
 */
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Hostile page</title>
<script>
  window.__seen = { messages: [], shadowModes: [], names: Object.getOwnPropertyNames(window) };
  addEventListener('message', (event) => {
    let data;
    try { data = JSON.parse(JSON.stringify(event.data)); } catch { data = String(event.data); }
    window.__seen.messages.push(data);
  });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    window.__seen.shadowModes.push(init && init.mode);
    return attach.call(this, Object.assign({}, init, { mode: 'open' }));
  };
</script></head>
<body><h1>Compose</h1>
<div id="box" contenteditable="true" role="textbox" aria-label="Message"
  style="width:640px;min-height:120px;border:1px solid #999;padding:8px;font:16px/1.6 sans-serif"></div>
</body></html>`;

const MESSAGE = 'Falcon now enforces MFA for every account.';

let h: Harness;

beforeAll(async () => {
  h = await launch({ inspectable: false });
  h.server.route('/inline/hostile.html', PAGE);
  await h.serviceWorker.evaluate(
    (entry) => (globalThis as unknown as ChromeStorage).chrome.storage.local.set({ userEntries: JSON.stringify([entry]) }),
    FALCON,
  );
});
afterAll(async () => h?.close());

async function openHostilePage(): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`${h.server.origin}/inline/hostile.html`, { waitUntil: 'load' });
  await expect.poll(async () => (await layerView(page)).badges.length, { timeout: 10_000 }).toBe(1);
  return page;
}

async function typeMessage(page: Page): Promise<void> {
  await page.click('#box');
  await page.keyboard.type(MESSAGE);
  await expect.poll(async () => Number((await layerView(page)).badges[0]?.split(' ')[0]), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
}

/** Where a word of the box is drawn, in viewport pixels. */
function wordCentre(page: Page, word: string): Promise<{ x: number; y: number }> {
  return page.evaluate((w) => {
    const node = document.getElementById('box')!.firstChild as Text;
    const at = node.data.indexOf(w);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + w.length);
    const r = range.getBoundingClientRect();
    return { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
  }, word);
}

/** Rests the user's real pointer on a word until its card shows; returns the card's text. */
async function hoverUntilCard(page: Page, word: string): Promise<NonNullable<Awaited<ReturnType<typeof layerView>>['card']>> {
  const point = await wordCentre(page, word);
  let card: Awaited<ReturnType<typeof layerView>>['card'] = null;
  await expect
    .poll(
      async () => {
        await page.mouse.move(point.x - 3, point.y);
        await page.mouse.move(point.x, point.y);
        await page.waitForTimeout(300);
        card = (await layerView(page)).card;
        return card?.text ?? '';
      },
      { timeout: 10_000 },
    )
    .toContain(word);
  return card!;
}

function allowList(): Promise<unknown> {
  return h.serviceWorker.evaluate(
    async () => (await (globalThis as unknown as ChromeStorage).chrome.storage.local.get('allowList')).allowList ?? [],
  );
}

/** Everything the page's scripts can read that might carry what Business Lens knows or shows. */
function whatThePageCanRead(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [document.documentElement.outerHTML, document.body.innerText];
    for (const element of document.querySelectorAll('*')) {
      for (const attr of element.getAttributeNames()) parts.push(element.getAttribute(attr) ?? '');
      if (element.shadowRoot) parts.push(element.shadowRoot.innerHTML);
    }
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, highlight] of registry) {
      parts.push(name);
      for (const range of highlight) parts.push(range.toString());
    }
    for (const sheet of document.adoptedStyleSheets) for (const rule of sheet.cssRules) parts.push(rule.cssText);
    const seen = (window as unknown as { __seen: { messages: unknown[]; names: string[] } }).__seen;
    parts.push(JSON.stringify(seen.messages));
    for (const name of Object.getOwnPropertyNames(window)) if (!seen.names.includes(name)) parts.push(`window.${name}`);
    return parts.join('\n');
  });
}

describe('a hostile page against Business Lens as users get it', () => {
  it('hears nothing when the content script starts: no window message, no new global', async () => {
    const page = await openHostilePage();
    const seen = await page.evaluate(() => {
      const s = (window as unknown as { __seen: { messages: unknown[]; names: string[] } }).__seen;
      return { messages: s.messages, added: Object.getOwnPropertyNames(window).filter((n) => !s.names.includes(n) && n !== '__seen') };
    });
    // WXT used to post {type: "<extension id>:content:wxt:content-script-started"} to the whole page.
    expect(seen.messages).toEqual([]);
    expect(seen.added).toEqual([]);
    await page.close();
  });

  it('cannot switch Business Lens off by sending the start event of a newer copy of the content script', async () => {
    const page = await openHostilePage();
    // WXT names the event after the extension's id, which a page can know (store ids are public).
    await page.evaluate(async (id) => {
      const detail = { contentScriptName: 'content', messageId: 'forged' };
      document.dispatchEvent(new CustomEvent(`${id}:content:wxt:content-script-started`, { detail }));
      await new Promise((resolve) => setTimeout(resolve, 1_500));
    }, h.extensionId);
    expect((await layerView(page)).badges).toHaveLength(1);
    // Still working: typing is checked and counted.
    await typeMessage(page);
    await page.close();
  });

  it('cannot open the shadow root, even by patching attachShadow before the extension runs', async () => {
    const page = await openHostilePage();
    expect((await layerView(page)).mode).toBe('closed');
    const reach = await page.evaluate(() => ({
      root: document.querySelector('business-lens-ui')?.shadowRoot ?? null,
      // The patched attachShadow never ran for our layer: the content script calls its own world's copy.
      modes: (window as unknown as { __seen: { shadowModes: string[] } }).__seen.shadowModes,
      open: [...document.querySelectorAll('*')].filter((e) => e.shadowRoot).length,
    }));
    expect(reach).toEqual({ root: null, modes: [], open: 0 });
    await page.close();
  });

  it('learns nothing from the highlight names: random, new on every load, naming neither product nor kind', async () => {
    const names: string[][] = [];
    for (let load = 0; load < 2; load++) {
      const page = await openHostilePage();
      await typeMessage(page);
      names.push(await page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()]));
      await page.close();
    }
    for (const list of names) {
      expect(list.length).toBeGreaterThanOrEqual(2);
      for (const name of list) {
        expect(name).toMatch(/^[a-z]{10}$/);
        expect(name).not.toMatch(/business|lens|jargon|acronym|feature|wording/);
      }
    }
    expect(names[1]!.filter((name) => names[0]!.includes(name))).toEqual([]);
  });

  it('cannot open a card: neither a hover it fakes nor the shortcut it fakes', async () => {
    const page = await openHostilePage();
    await typeMessage(page);
    const point = await wordCentre(page, 'MFA');
    await page.evaluate(async ({ x, y }) => {
      const box = document.getElementById('box')!;
      for (let i = 0; i < 10; i++) {
        for (const type of ['pointermove', 'mousemove', 'mouseover'])
          document
            .elementFromPoint(x, y)!
            .dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: x + (i % 2), clientY: y }));
        await new Promise((resolve) => setTimeout(resolve, 60));
      }
      const shortcut = { key: 'L', code: 'KeyL', altKey: true, shiftKey: true, bubbles: true, composed: true, cancelable: true };
      box.dispatchEvent(new KeyboardEvent('keydown', shortcut));
      document.dispatchEvent(new KeyboardEvent('keydown', shortcut));
      await new Promise((resolve) => setTimeout(resolve, 600));
    }, point);
    expect((await layerView(page)).card).toBeNull();

    // Control: the user's own pointer on the same word opens its card.
    const card = await hoverUntilCard(page, 'MFA');
    expect(card.text).toContain('MFA');
    await page.close();
  });

  it('cannot read the card or the lexicon behind it', async () => {
    const page = await openHostilePage();
    await typeMessage(page);
    const card = await hoverUntilCard(page, 'Falcon');
    // The card shows the user's own entry: what the page must not learn.
    expect(card.text.toLowerCase()).toContain(SECRET);
    const readable = (await whatThePageCanRead(page)).toLowerCase();
    expect(readable).not.toContain(SECRET);
    expect(readable).not.toContain(FALCON.explanation.toLowerCase());
    await page.close();
  });

  it('cannot press "Always allow", Replace or Escape on an open card; the user can', async () => {
    const page = await openHostilePage();
    await typeMessage(page);
    const card = await hoverUntilCard(page, 'Falcon');
    expect(card.buttons.allow).toBeDefined();
    // The page clicks "Always allow" if it can reach it, clicks where the buttons are (as a page could guess),
    // and presses keys.
    await page.evaluate(async (buttons) => {
      const host = document.querySelector('business-lens-ui')!;
      host.shadowRoot?.querySelector<HTMLElement>('[data-action="allow"]')?.click();
      for (const { x, y } of Object.values(buttons)) {
        const target = document.elementFromPoint(x, y) ?? host;
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
          target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y }));
        (target as HTMLElement).click();
      }
      for (const key of ['Enter', 'Escape'])
        for (const target of [document.activeElement ?? document.body, host, document])
          target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
      await new Promise((resolve) => setTimeout(resolve, 600));
    }, card.buttons);
    expect(await allowList()).toEqual([]);
    expect(await page.locator('#box').innerText()).toBe(MESSAGE);
    expect((await layerView(page)).card?.text.toLowerCase()).toContain(SECRET);

    // Control: the user's own click on "Always allow" does allow the term.
    const allow = (await layerView(page)).card!.buttons.allow!;
    await page.mouse.click(allow.x, allow.y);
    await expect
      .poll(async () => ((await allowList()) as Array<{ term: string }>).map((a) => a.term), { timeout: 5_000 })
      .toEqual(['Falcon']);
    await h.serviceWorker.evaluate(() => (globalThis as unknown as ChromeStorage).chrome.storage.local.set({ allowList: [] }));
    await page.close();
  });
});
