// @vitest-environment happy-dom
/**
 * What the "log a win" command reads from the page: the focused box's selection, else its sentence at the caret;
 * nothing from a box without the focus; and the box's text and selection left exactly as they were.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { mountComposeIntegration } from '../../../compose/mount.ts';
import type { ComposeDeps, ComposeHandle, ComposeSettings } from '../../../compose/types.ts';

const SETTINGS: ComposeSettings = { audience: 'executive', checks: {}, minSeverity: 'low', paused: false };
const deps: ComposeDeps = {
  createAnalyzer: () => () => ({ findings: [], score: { value: 100, parts: [], summary: '' } }),
  settings: { current: () => SETTINGS, subscribe: () => () => undefined },
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
const TEXT = 'Morning all. We moved invoice approval to the new finance app. More soon.';

let handle: ComposeHandle | null = null;
afterEach(() => {
  handle?.destroy();
  handle = null;
  document.body.innerHTML = '';
});

async function mount(html: string): Promise<ComposeHandle> {
  document.body.innerHTML = html;
  handle = mountComposeIntegration(document, deps, { forceOverlay: true });
  await settle();
  return handle;
}

describe('winWords (the "log a win" command)', () => {
  test('a textarea: the sentence at the caret, then the selection; the text and selection untouched', async () => {
    const h = await mount(`<textarea id="t">${TEXT}</textarea>`);
    const box = document.getElementById('t') as HTMLTextAreaElement;
    box.focus();
    box.setSelectionRange(TEXT.indexOf('invoice'), TEXT.indexOf('invoice'));
    expect(h.winWords()).toEqual({ ok: true, text: 'We moved invoice approval to the new finance app.' });
    const start = TEXT.indexOf('invoice');
    const end = TEXT.indexOf(' to the');
    box.setSelectionRange(start, end);
    expect(h.winWords()).toEqual({ ok: true, text: 'invoice approval' });
    expect(box.value).toBe(TEXT);
    expect([box.selectionStart, box.selectionEnd]).toEqual([start, end]);
  });

  test('a contenteditable box: the sentence at the caret, and the selection', async () => {
    const h = await mount(`<div id="c" contenteditable="true"><p>${TEXT}</p></div>`);
    const box = document.getElementById('c')!;
    box.focus();
    const text = box.querySelector('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, TEXT.indexOf('More'));
    range.collapse(true);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    expect(h.winWords()).toEqual({ ok: true, text: 'More soon.' });
    range.setStart(text, TEXT.indexOf('the new'));
    range.setEnd(text, TEXT.indexOf(' app.'));
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    expect(h.winWords()).toEqual({ ok: true, text: 'the new finance' });
    expect(box.innerHTML).toBe(`<p>${TEXT}</p>`);
  });

  test('no box has the focus: no words, even though a box is on the page', async () => {
    const h = await mount(`<textarea id="t">${TEXT}</textarea><button id="b">Send</button>`);
    document.getElementById('b')!.focus();
    expect(h.winWords()).toBeNull();
  });

  test('an empty focused box says there is nothing to log', async () => {
    const h = await mount('<textarea id="t"></textarea>');
    document.getElementById('t')!.focus();
    expect(h.winWords()).toEqual({ ok: false, reason: expect.stringMatching(/no words/) as string });
  });
});
