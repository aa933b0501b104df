// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { mountComposeIntegration } from '../../../compose/mount.ts';
import { CHECKING_LABEL } from '../../../compose/ui/badge.ts';
import type { AnalyzeFn, ComposeDeps, ComposeHandle, ComposeSettings, Finding } from '../../../compose/types.ts';
import { recordShadowRoots, userClick } from './user-input.ts';

/** A stand-in analyser: flags every "VPN" and "SSO", scores 100 minus 20 per finding. */
const analyzeTerms: AnalyzeFn = (text) => {
  const findings: Finding[] = [];
  for (const m of text.matchAll(/\b(VPN|SSO)\b/g)) {
    findings.push({
      id: `jargon:${m[0]}:${m.index}`,
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      check: 'jargon',
      severity: 'medium',
      message: `"${m[0]}" is IT jargon.`,
      suggestions: [{ kind: 'plain', text: m[0] === 'VPN' ? 'secure connection' : 'one sign-in' }],
    });
  }
  return { findings, score: { value: Math.max(0, 100 - 20 * findings.length), parts: [], summary: '' } };
};

function fakeDeps(initial: Partial<ComposeSettings> = {}) {
  let settings: ComposeSettings = { audience: 'executive', checks: {}, minSeverity: 'low', paused: false, ...initial };
  const listeners = new Set<(s: ComposeSettings) => void>();
  const allowTerm = vi.fn();
  const setPicky = vi.fn();
  const deps: ComposeDeps = {
    createAnalyzer: () => analyzeTerms,
    settings: {
      current: () => settings,
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    allowTerm,
    setPicky,
  };
  return {
    deps,
    allowTerm,
    setPicky,
    change(patch: Partial<ComposeSettings>) {
      settings = { ...settings, ...patch };
      for (const listener of listeners) listener(settings);
    },
  };
}

// The layer's root is closed; the test reads it through the reference attachShadow returned, as our code does.
const shadowRoots = recordShadowRoots();
const layer = () => shadowRoots.rootOf(document.querySelector('business-lens-ui'));
const badges = () => [...(layer()?.querySelectorAll<HTMLElement>('[data-business-lens="badge"]') ?? [])];
// happy-dom lays nothing out, so badges stay hidden (no visible box to sit on); their labels still count.
const labels = () => badges().map((b) => b.getAttribute('aria-label'));
const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

let handle: ComposeHandle | null = null;
afterEach(() => {
  handle?.destroy();
  handle = null;
  document.body.innerHTML = '';
});

describe('mountComposeIntegration', () => {
  test('badges count the findings in each box, and follow edits', async () => {
    document.body.innerHTML = '<textarea id="t">The VPN and SSO.</textarea><div id="c" contenteditable="true">We patched the VPN.</div>';
    handle = mountComposeIntegration(document, fakeDeps().deps, { forceOverlay: true });
    await settle();
    expect(badges()).toHaveLength(2);
    expect(badges().map((b) => b.getAttribute('aria-label'))).toEqual(['2 suggestions', '1 suggestion']);
    const textarea = document.getElementById('t') as HTMLTextAreaElement;
    textarea.value = 'All fine now.';
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(badges()[0]!.getAttribute('aria-label')).toBe('0 suggestions');
  });

  test('until the first analysis ends, the badge says it is checking rather than count nought', async () => {
    document.body.innerHTML = '<div contenteditable="true">We patched the VPN.</div>';
    handle = mountComposeIntegration(document, fakeDeps().deps, { forceOverlay: true });
    // The first frame draws the badge; the analysis waits for the debouncer's pause.
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(labels()).toEqual([CHECKING_LABEL]);
    expect(badges()[0]!.textContent).toBe('…');
    expect(badges()[0]!.dataset.level).toBe('checking');
    await settle();
    expect(labels()).toEqual(['1 suggestion']);
    expect(badges()[0]!.textContent).toBe('1');
  });

  test('never changes the editor: nothing of ours is inside it', async () => {
    document.body.innerHTML = '<div id="c" contenteditable="true"><p>We patched the <b>VPN</b>.</p></div>';
    const before = document.body.innerHTML;
    handle = mountComposeIntegration(document, fakeDeps().deps, { forceOverlay: true });
    await settle();
    expect(labels()).toEqual(['1 suggestion']);
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector('business-lens-ui')!.parentElement).toBe(document.documentElement);
  });

  test('finds a box added later and lets go of a removed one', async () => {
    handle = mountComposeIntegration(document, fakeDeps().deps, { forceOverlay: true });
    const box = document.createElement('div');
    box.contentEditable = 'true';
    box.textContent = 'The SSO portal.';
    document.body.append(box);
    await settle();
    expect(labels()).toEqual(['1 suggestion']);
    box.remove();
    await settle();
    expect(badges()).toHaveLength(0);
    expect(handle.snapshot().status).toBe('no-box');
  });

  test('leaves opted-out boxes alone', async () => {
    document.body.innerHTML =
      '<textarea data-gramm="false">VPN</textarea><div data-business-lens="off"><div contenteditable="true">VPN</div></div>';
    handle = mountComposeIntegration(document, fakeDeps().deps, { forceOverlay: true });
    await settle();
    expect(badges()).toHaveLength(0);
  });

  test('a global pause hides everything and the popup hears "paused"', async () => {
    document.body.innerHTML = '<div contenteditable="true">The VPN.</div>';
    const fake = fakeDeps();
    handle = mountComposeIntegration(document, fake.deps, { forceOverlay: true });
    await settle();
    fake.change({ paused: true });
    await settle();
    expect(badges().every((b) => b.hidden)).toBe(true);
    expect(handle.snapshot().status).toBe('paused');
    fake.change({ paused: false });
    await settle();
    expect(labels()).toEqual(['1 suggestion']);
  });

  test('settings hide checks and severities at once', async () => {
    document.body.innerHTML = '<div contenteditable="true">The VPN.</div>';
    const fake = fakeDeps();
    handle = mountComposeIntegration(document, fake.deps, { forceOverlay: true });
    await settle();
    fake.change({ checks: { jargon: false } });
    await settle();
    expect(labels()).toEqual(['0 suggestions']);
    fake.change({ checks: {}, minSeverity: 'high' });
    await settle();
    expect(labels()).toEqual(['0 suggestions']);
  });

  test('snapshot, ignore and pause for this message, as the popup uses them', async () => {
    document.body.innerHTML = '<div id="c" contenteditable="true">The VPN and the SSO.</div>';
    handle = mountComposeIntegration(document, fakeDeps().deps, { forceOverlay: true });
    await settle();
    const snapshot = handle.snapshot();
    expect(snapshot.status).toBe('ready');
    expect(snapshot.text).toBe('The VPN and the SSO.');
    expect(snapshot.result?.findings.map((f) => f.text)).toEqual(['VPN', 'SSO']);
    expect(handle.ignore(snapshot.result!.findings[0]!.id)).toBe(true);
    expect(handle.snapshot().result?.findings.map((f) => f.text)).toEqual(['SSO']);
    expect(handle.ignore('no-such-finding')).toBe(false);
    await settle();
    expect(labels()).toEqual(['1 suggestion']);
  });

  test('the badge menu pauses checking for this message, and the popup resumes it', async () => {
    document.body.innerHTML = '<div id="c" contenteditable="true">The VPN.</div>';
    handle = mountComposeIntegration(document, fakeDeps().deps, { forceOverlay: true });
    await settle();
    userClick(badges()[0]!);
    const pause = [...layer()!.querySelectorAll('button')].find((b) => b.textContent === 'Pause for this message')!;
    userClick(pause);
    await settle();
    expect(badges()[0]!.getAttribute('aria-label')).toBe('Business Lens paused for this message');
    expect(handle.snapshot().status).toBe('paused');
    handle.resumeMessage();
    await settle();
    expect(labels()).toEqual(['1 suggestion']);
  });

  test('quiet by default: a term is counted and marked at its first use; "show all" in the badge menu shows every one', async () => {
    document.body.innerHTML = '<div contenteditable="true">The VPN is back. The VPN is fast. Use the VPN and SSO from home.</div>';
    const fake = fakeDeps();
    handle = mountComposeIntegration(document, fake.deps, { forceOverlay: true });
    await settle();
    expect(labels()).toEqual(['2 suggestions']);
    const snapshot = handle.snapshot();
    expect(snapshot.result!.findings.map((f) => f.text)).toEqual(['VPN', 'SSO']);
    expect(snapshot.held).toBe(2);
    userClick(badges()[0]!);
    const menu = layer()!.querySelector('.bl-menu')!;
    expect(menu.querySelector('[data-field="quiet"]')!.textContent).toBe('Showing what matters most to executives; 2 more in “Show all”.');
    const showAll = menu.querySelector<HTMLButtonElement>('[data-action="picky"]')!;
    expect(showAll.textContent).toBe('Show all (2 more)');
    userClick(showAll);
    // Shown at once (the next frame), without waiting for the stored setting, which is remembered.
    expect(fake.setPicky).toHaveBeenCalledWith(true);
    expect(handle.snapshot().result!.findings).toHaveLength(4);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(labels()).toEqual(['4 suggestions']);
    expect(handle.snapshot().held).toBe(0);
    // The stored setting arriving back changes nothing more; switching it off quietens again.
    fake.change({ picky: true });
    await settle();
    expect(labels()).toEqual(['4 suggestions']);
    fake.change({ picky: false });
    await settle();
    expect(labels()).toEqual(['2 suggestions']);
  });

  test('a fix from the popup is refused when the text under it changed', async () => {
    document.body.innerHTML = '<textarea id="t">The VPN.</textarea>';
    handle = mountComposeIntegration(document, fakeDeps().deps, { forceOverlay: true });
    await settle();
    const outcome = await handle.apply({ start: 4, end: 7, expected: 'SSO', text: 'one sign-in' });
    expect(outcome.ok).toBe(false);
    expect((document.getElementById('t') as HTMLTextAreaElement).value).toBe('The VPN.');
  });

  test('destroy removes our layer and stops watching', async () => {
    document.body.innerHTML = '<div contenteditable="true">The VPN.</div>';
    handle = mountComposeIntegration(document, fakeDeps().deps, { forceOverlay: true });
    await settle();
    handle.destroy();
    handle = null;
    expect(document.querySelector('business-lens-ui')).toBeNull();
    const late = document.createElement('textarea');
    late.value = 'VPN';
    document.body.append(late);
    await settle();
    expect(document.querySelector('business-lens-ui')).toBeNull();
  });
});
