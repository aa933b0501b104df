// @vitest-environment happy-dom
/**
 * A page script can dispatch any event at its own document, and could read an open shadow root: it must not be
 * able to drive our UI (open a card, press "Always allow" or Replace, pick the box the popup acts on, use the
 * shortcut) or read what the card says. Every handler that acts for the user ignores events the browser did not
 * mark as the user's own, and the layer's root is closed. happy-dom has no isTrusted: events made with `asUser`
 * stand for the user, the rest for a page script. The end-to-end version, in real Chromium against a hostile
 * page, is tests/e2e/trust/page-attacks.spec.ts.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { BoxSession, Mark } from '../../../compose/box-session.ts';
import { CardController } from '../../../compose/card-controller.ts';
import { mountComposeIntegration } from '../../../compose/mount.ts';
import { HighlightPainter, randomHighlightNames } from '../../../compose/paint/highlight-painter.ts';
import type { AnalyzeFn, ComposeDeps, ComposeHandle, Finding } from '../../../compose/types.ts';
import { UiLayer } from '../../../compose/ui/ui-layer.ts';
import { MARK_KINDS } from '../../../compose/mark-kinds.ts';
import { asUser, keydown, recordShadowRoots, userClick } from './user-input.ts';

const analyzeVpn: AnalyzeFn = (text) => {
  const findings: Finding[] = [...text.matchAll(/\bVPN\b/g)].map((m) => ({
    id: `jargon:VPN:${m.index}`,
    start: m.index,
    end: m.index + 3,
    text: 'VPN',
    check: 'jargon',
    severity: 'medium',
    message: '"VPN" is IT jargon.',
    suggestions: [{ kind: 'plain', text: 'secure connection to the office network' }],
  }));
  return { findings, score: { value: 100 - 20 * findings.length, parts: [], summary: '' } };
};

function deps(): ComposeDeps {
  const settings = { audience: 'executive' as const, checks: {}, minSeverity: 'low' as const, paused: false };
  return { createAnalyzer: () => analyzeVpn, settings: { current: () => settings, subscribe: () => () => {} }, allowTerm: vi.fn() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 400));
const shadowRoots = recordShadowRoots();
const host = () => document.querySelector('business-lens-ui');
const layer = () => shadowRoots.rootOf(host());

let handle: ComposeHandle | null = null;
afterEach(() => {
  handle?.destroy();
  handle = null;
  document.body.innerHTML = '';
  document.querySelectorAll('business-lens-ui').forEach((n) => n.remove());
});

describe('the page cannot reach or drive our layer', () => {
  test('the shadow root is closed: the page gets null, our code its own reference', async () => {
    document.body.innerHTML = '<div contenteditable="true">We patched the VPN.</div>';
    handle = mountComposeIntegration(document, deps(), { forceOverlay: true });
    await settle();
    expect(host()).not.toBeNull();
    expect(host()!.shadowRoot).toBeNull();
    expect(layer()!.querySelectorAll('[data-business-lens="badge"]')).toHaveLength(1);
  });

  test('a click a script dispatches on the badge opens nothing; the user’s click opens the menu', async () => {
    document.body.innerHTML = '<div contenteditable="true">We patched the VPN.</div>';
    handle = mountComposeIntegration(document, deps(), { forceOverlay: true });
    await settle();
    const badge = layer()!.querySelector<HTMLElement>('[data-business-lens="badge"]')!;
    badge.click();
    badge.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(layer()!.querySelector('.bl-menu')).toBeNull();
    userClick(badge);
    expect(layer()!.querySelector('.bl-menu')).not.toBeNull();
    // And the menu's own buttons do not answer a script either.
    const pause = [...layer()!.querySelectorAll('button')].find((b) => b.textContent === 'Pause for this message')!;
    pause.click();
    await settle();
    expect(handle.snapshot().status).toBe('ready');
  });

  test('the next-mark shortcut answers the user’s keys, not a script’s', async () => {
    document.body.innerHTML = '<div id="c" contenteditable="true">We patched the VPN.</div>';
    handle = mountComposeIntegration(document, deps(), { forceOverlay: true });
    await settle();
    const box = document.getElementById('c')!;
    const shortcut = { key: 'L', code: 'KeyL', altKey: true, shiftKey: true };
    // The handler takes the key (preventDefault) only when it moved to a mark.
    expect(keydown(box, shortcut, false).defaultPrevented).toBe(false);
    expect(keydown(box, shortcut, true).defaultPrevented).toBe(true);
  });

  test('a focus event a script dispatches does not change the box the popup acts on', async () => {
    document.body.innerHTML = '<textarea id="a">The VPN is up.</textarea><textarea id="b">Nothing here.</textarea>';
    handle = mountComposeIntegration(document, deps(), { forceOverlay: true });
    await settle();
    const [a, b] = [document.getElementById('a')!, document.getElementById('b')!];
    a.dispatchEvent(asUser(new FocusEvent('focusin', { bubbles: true, composed: true })));
    expect(handle.snapshot().text).toBe('The VPN is up.');
    b.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(handle.snapshot().text).toBe('The VPN is up.');
    b.dispatchEvent(asUser(new FocusEvent('focusin', { bubbles: true, composed: true })));
    expect(handle.snapshot().text).toBe('Nothing here.');
  });
});

describe('the card answers the user only', () => {
  function openCard() {
    const layer = new UiLayer(document);
    const finding = analyzeVpn('We patched the VPN.', { audience: 'executive' }).findings[0]!;
    const mark = {
      finding,
      kind: 'jargon',
      anchor: {
        rects: () => [{ left: 10, top: 10, right: 60, bottom: 24, width: 50, height: 14 }],
        currentOffsets: () => ({ start: finding.start, end: finding.end }),
      },
    } as unknown as Mark;
    const replaceMark = vi.fn(() => Promise.resolve({ ok: true as const }));
    const session = {
      field: { read: () => 'We patched the VPN.' },
      sentenceOf: () => null,
      replaceMark,
      replaceRefusal: () => null,
      returnTo: () => {},
    };
    const allow = vi.fn();
    const controller = new CardController({
      deps: {} as never,
      settings: () => ({ audience: 'executive', checks: {}, minSeverity: 'low', paused: false }),
      layerOf: () => layer,
      allow,
    });
    controller.show(session as unknown as BoxSession, mark, true);
    const card = layer.root.querySelector<HTMLElement>('[data-business-lens="card"]')!;
    const button = (action: string) => card.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
    return { controller, card, button, allow, replaceMark };
  }

  test('“Always allow” and Replace pressed by a script do nothing; pressed by the user they act', async () => {
    const { controller, button, allow, replaceMark } = openCard();
    button('allow').click();
    button('replace').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle();
    expect(allow).not.toHaveBeenCalled();
    expect(replaceMark).not.toHaveBeenCalled();
    expect(controller.open).not.toBeNull();
    userClick(button('allow'));
    expect(allow).toHaveBeenCalledWith('VPN');
  });

  test('Enter and Escape from a script do nothing; the user’s Enter applies the main action', async () => {
    const { controller, card, replaceMark } = openCard();
    keydown(card, { key: 'Escape' }, false);
    keydown(card, { key: 'Enter' }, false);
    await settle();
    expect(controller.open).not.toBeNull();
    expect(replaceMark).not.toHaveBeenCalled();
    keydown(card, { key: 'Enter' }, true);
    await settle();
    expect(replaceMark).toHaveBeenCalledOnce();
  });
});

describe('highlight names', () => {
  test('are random for each page load, the same shape for every kind, and say nothing of the product or kind', () => {
    const first = randomHighlightNames();
    const second = randomHighlightNames();
    const names = Object.values(first);
    expect(new Set(names).size).toBe(MARK_KINDS.length);
    for (const name of names) expect(name).toMatch(/^[a-z]{10}$/);
    expect(names.join(' ')).not.toMatch(/business|lens|jargon|acronym|feature|wording|bl-/);
    expect(Object.values(second)).not.toEqual(names);
  });

  test('are the names the painter registers and styles', () => {
    const registry = new Map<string, unknown>();
    const sheets: Array<{ text: string }> = [];
    const fakeDoc = {
      adoptedStyleSheets: [] as unknown[],
      defaultView: {
        Highlight: class {
          priority = 0;
        },
        CSS: { highlights: registry },
        CSSStyleSheet: class {
          text = '';
          replaceSync(text: string) {
            this.text = text;
            sheets.push(this);
          }
        },
      },
    };
    const names = randomHighlightNames();
    new HighlightPainter(fakeDoc as unknown as Document, names);
    expect([...registry.keys()].sort()).toEqual(Object.values(names).sort());
    for (const name of Object.values(names)) expect(sheets[0]!.text).toContain(`::highlight(${name})`);
    expect(sheets[0]!.text).not.toMatch(/business-lens/);
  });
});
