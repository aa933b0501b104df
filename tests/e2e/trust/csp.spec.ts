/**
 * Styles under a strict page Content-Security-Policy (`style-src 'self'`, no 'unsafe-inline', scripts only from
 * files): the badge, the card, the textarea's mark boxes and mirror, and the highlights in a contenteditable all keep
 * their styles, and the page hears of no blocked style (a `securitypolicyviolation` event would tell it an
 * extension is there). Twice: as the page is served, and with the page's own script moving our layer into its
 * body, as single-page apps move nodes they did not make — which made Chromium re-check a `<style>` element
 * against the page's policy and drop it. A control at the end shows the policy is enforced and heard: a `<style>`
 * the page itself adds is blocked and reported. In Chromium, and in Firefox ESR where it is installed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser, Page as FirefoxPage } from 'puppeteer-core';
import { launch, type Harness } from '../harness.ts';
import { findFirefox, launchFirefox } from '../firefox.ts';
import { startServer, type TestServer } from '../server.ts';
import { hoverWord } from './hover-word.ts';
import { CARD_WIDTHS } from '../../../compose/ui/card.ts';

const CSP = "default-src 'self'; style-src 'self'; script-src 'self'";

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict CSP</title>
<script src="/inline/csp-page.js"></script></head><body>
<h1>A page with a strict style policy</h1>
<p><textarea id="ta" rows="4" cols="70" aria-label="Notes">We patched the VPN gateway and moved the DNS records last night.</textarea></p>
<div id="ce" contenteditable="true" role="textbox" aria-label="Message">From Monday the SSO portal uses the new middleware.</div>
</body></html>`;

/** The page's own script: hears every policy violation, and with ?move moves our layer into its body. */
const PAGE_SCRIPT = `window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));
if (location.search.includes('move')) {
  new MutationObserver(() => {
    const layer = document.querySelector('business-lens-ui');
    if (layer && layer.parentNode !== document.body) document.body.append(layer);
  }).observe(document.documentElement, { childList: true });
}`;

const VARIANTS = [
  ['as served', '/inline/csp.html'],
  ['after the page moves our layer into its body', '/inline/csp.html?move'],
] as const;

function serve(server: TestServer): void {
  server.route('/inline/csp.html', PAGE, { 'content-security-policy': CSP });
  server.route('/inline/csp-page.js', PAGE_SCRIPT, { 'content-type': 'text/javascript; charset=utf-8' });
}

interface Styled {
  badges: number;
  badge: { position: string; radius: string; background: string };
  markBox: { position: string; background: string } | null;
  mirrorVisibility: string | null;
  highlight: { line: string; background: string };
  layerInBody: boolean;
  violations: string[];
}

/** What the page shows, read in the page: computed styles of our layer's parts and of the highlight. */
function readStyles(): Styled {
  const root = document.querySelector('business-lens-ui')?.shadowRoot;
  const badge = root?.querySelector<HTMLElement>('[data-business-lens="badge"]');
  const mark = root?.querySelector<HTMLElement>('.bl-mark');
  const mirror = root?.querySelector<HTMLElement>('.bl-mirror');
  const style = (el: Element | null | undefined) => (el ? getComputedStyle(el) : null);
  const highlight = getComputedStyle(document.getElementById('ce')!, '::highlight(business-lens-jargon)');
  return {
    badges: root?.querySelectorAll('[data-business-lens="badge"]').length ?? 0,
    badge: {
      position: style(badge)?.position ?? '',
      radius: style(badge)?.borderTopLeftRadius ?? '',
      background: style(badge)?.backgroundColor ?? '',
    },
    markBox: mark ? { position: style(mark)!.position, background: style(mark)!.backgroundColor } : null,
    mirrorVisibility: style(mirror)?.visibility ?? null,
    highlight: { line: highlight.textDecorationLine, background: highlight.backgroundColor },
    layerInBody: document.querySelector('business-lens-ui')?.parentNode === document.body,
    violations: (window as unknown as { violations: string[] }).violations,
  };
}

/** The card's computed box, read in the page. */
function readCard(): { position: string; width: string; background: string } | null {
  const card = document.querySelector('business-lens-ui')?.shadowRoot?.querySelector<HTMLElement>('[data-business-lens="card"]');
  if (!card || card.hidden) return null;
  const style = getComputedStyle(card);
  return { position: style.position, width: style.width, background: style.backgroundColor };
}

/** The page adds a `<style>` of its own (the control: the policy blocks it, and the page hears of it). */
function pageAddsStyle(): void {
  const style = document.createElement('style');
  style.textContent = 'body { background: rgb(1, 2, 3); }';
  document.head.append(style);
}

function expectStyled(styled: Styled, moved: boolean): void {
  expect(styled.badges).toBe(2);
  expect(styled.badge.position).toBe('fixed');
  expect(styled.badge.radius).toBe('12px');
  expect(styled.badge.background).not.toBe('rgba(0, 0, 0, 0)');
  expect(styled.markBox?.position).toBe('absolute');
  expect(styled.markBox?.background).not.toBe('rgba(0, 0, 0, 0)');
  expect(styled.mirrorVisibility).toBe('hidden');
  expect(styled.highlight.line).toBe('underline');
  expect(styled.highlight.background).not.toBe('rgba(0, 0, 0, 0)');
  expect(styled.layerInBody).toBe(moved);
  expect(styled.violations).toEqual([]);
}

function expectCard(card: ReturnType<typeof readCard>): void {
  expect(card).not.toBeNull();
  expect(card!.position).toBe('fixed');
  // One of the card's own widths (an unstyled card would take the page's): which one depends on how much it holds.
  expect(CARD_WIDTHS.map((w) => `${w}px`)).toContain(card!.width);
  expect(card!.background).toBe('rgb(255, 255, 255)');
}

describe('Chromium: styles under a strict page CSP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
    serve(h.server);
  });
  afterAll(async () => h?.close());

  it.each(VARIANTS)('%s: badge, card, mark boxes and highlights keep their styles; the page hears nothing', async (_name, path) => {
    const page: Page = await h.openTestPage(path);
    await expect.poll(() => page.evaluate(readStyles).then((s) => s.badges), { timeout: 10_000 }).toBe(2);
    await expect.poll(() => page.evaluate(readStyles).then((s) => s.markBox !== null), { timeout: 10_000 }).toBe(true);
    expectStyled(await page.evaluate(readStyles), path.includes('move'));
    await hoverWord(page, '#ce', 'SSO');
    expectCard(await page.evaluate(readCard));
    await h.screenshot(page, `csp-${path.includes('move') ? 'moved' : 'served'}`);
    expect(await page.evaluate(readStyles).then((s) => s.violations)).toEqual([]);
    // The control: the policy is enforced, and a blocked style is reported to the page.
    await page.evaluate(pageAddsStyle);
    await expect
      .poll(() => page.evaluate(readStyles).then((s) => s.violations), { timeout: 5_000 })
      .toEqual([expect.stringMatching(/^style-src/)]);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(1, 2, 3)');
    await page.close();
  });
});

const hasFirefox = !!findFirefox();

describe.skipIf(!hasFirefox)('Firefox ESR: styles under a strict page CSP', () => {
  let browser: Browser;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer([]);
    serve(server);
    ({ browser } = await launchFirefox());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Polls a read in the page until it holds. */
  async function until<T>(page: FirefoxPage, read: () => T, accept: (value: T) => boolean): Promise<T> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const value = (await page.evaluate(read)) as T;
      if (accept(value) || Date.now() > deadline) return value;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it.each(VARIANTS)('%s: badge, card, mark boxes and highlights keep their styles; the page hears nothing', async (_name, path) => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    const styled = await until(page, readStyles, (s) => s.badges === 2 && s.markBox !== null);
    expectStyled(styled, path.includes('move'));
    const word = await page.$eval('#ce', (ce) => {
      const node = ce.firstChild as Text;
      const range = document.createRange();
      range.setStart(node, node.data.indexOf('SSO'));
      range.setEnd(node, node.data.indexOf('SSO') + 3);
      const r = range.getBoundingClientRect();
      return { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
    });
    const deadline = Date.now() + 10_000;
    let card = null as ReturnType<typeof readCard>;
    while (!card && Date.now() < deadline) {
      await page.mouse.move(word.x - 3, word.y);
      await page.mouse.move(word.x, word.y);
      await new Promise((resolve) => setTimeout(resolve, 300));
      card = await page.evaluate(readCard);
    }
    expectCard(card);
    expect((await page.evaluate(readStyles)).violations).toEqual([]);
    await page.evaluate(pageAddsStyle);
    const control = await until(page, readStyles, (s) => s.violations.length > 0);
    expect(control.violations).toEqual([expect.stringMatching(/^style-src/)]);
    await page.close();
  });
});
