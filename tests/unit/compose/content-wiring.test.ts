import { describe, expect, test, vi } from 'vitest';
import { answerPopupRequest, isPopupRequest } from '../../../extension/compose-requests.ts';
import { urlMatchesPattern } from '../../../extension/site-match.ts';
import type { ComposeHandle } from '../../../compose/types.ts';

describe('urlMatchesPattern (the per-site switch)', () => {
  test.each<[string, string, boolean]>([
    ['https://app.slack.com/client/T1/C2', 'https://app.slack.com/*', true],
    ['https://app.slack.com/', 'https://app.slack.com/*', true],
    ['https://mail.google.com/mail/u/0/#inbox', 'https://mail.google.com/*', true],
    ['https://evil.example/https://mail.google.com/', 'https://mail.google.com/*', false],
    ['http://app.slack.com/', 'https://app.slack.com/*', false],
    ['https://x.slack.com/', 'https://*.slack.com/*', true],
    ['https://slack.com/', 'https://*.slack.com/*', true],
    ['https://notslack.com/', 'https://*.slack.com/*', false],
    ['http://127.0.0.1:4000/a.html', 'http://127.0.0.1/*', true],
    ['https://intranet.example/wiki', '*://intranet.example/*', true],
    ['not a url', 'https://app.slack.com/*', false],
  ])('%s against %s', (url, pattern, expected) => {
    expect(urlMatchesPattern(url, pattern)).toBe(expected);
  });
});

function fakeHandle(): ComposeHandle {
  return {
    snapshot: () => ({ status: 'ready', text: 'The VPN.', result: { findings: [], score: { value: 90, parts: [], summary: '' } } }),
    apply: vi.fn(() => Promise.resolve({ ok: true as const })),
    ignore: vi.fn(() => true),
    insert: vi.fn(() => Promise.resolve({ ok: false as const, reason: 'no caret' })),
    insertParagraphs: vi.fn(() => Promise.resolve({ ok: true as const })),
    hasFocusedBox: vi.fn(() => true),
    resumeMessage: vi.fn(),
    nextMark: vi.fn(() => true),
    winWords: vi.fn(() => null),
    destroy: vi.fn(),
  };
}

describe('answerPopupRequest', () => {
  test('answers the popup with the active box and forwards its actions', async () => {
    const handle = fakeHandle();
    expect(await answerPopupRequest({ type: 'bl/get-state' }, { handle, host: 'mail.google.com' })).toMatchObject({
      state: 'ready',
      text: 'The VPN.',
      host: 'mail.google.com',
    });
    const replacement = { start: 4, end: 7, expected: 'VPN', text: 'secure connection' };
    expect(await answerPopupRequest({ type: 'bl/apply', findingId: 'f', replacement }, { handle })).toEqual({ ok: true });
    expect(handle.apply).toHaveBeenCalledWith(replacement);
    expect(await answerPopupRequest({ type: 'bl/insert', text: 'x' }, { handle })).toEqual({ ok: false, reason: 'no caret' });
    expect(await answerPopupRequest({ type: 'bl/ignore', findingId: 'f' }, { handle })).toEqual({ ok: true });
    await answerPopupRequest({ type: 'bl/resume-message' }, { handle });
    expect(handle.resumeMessage).toHaveBeenCalled();
  });

  test('the update page asks whether the last focused box is still there, and inserts the draft into it', async () => {
    const handle = fakeHandle();
    expect(await answerPopupRequest({ type: 'bl/draft-target' }, { handle })).toEqual({ target: 'ready' });
    vi.mocked(handle.hasFocusedBox).mockReturnValue(false);
    expect(await answerPopupRequest({ type: 'bl/draft-target' }, { handle })).toEqual({ target: 'gone' });
    expect(await answerPopupRequest({ type: 'bl/insert-draft', text: 'Hello,\n\nNews.' }, { handle })).toEqual({ ok: true });
    expect(handle.insertParagraphs).toHaveBeenCalledWith('Hello,\n\nNews.');
    expect(handle.insert).not.toHaveBeenCalled();
    expect(await answerPopupRequest({ type: 'bl/draft-target' }, { handle: null })).toEqual({ target: 'site-off' });
    expect(await answerPopupRequest({ type: 'bl/insert-draft', text: 'x' }, { handle: null })).toEqual({
      ok: false,
      reason: 'Business Lens is switched off on this site.',
    });
  });

  test('a site switched off says so, and changes nothing', async () => {
    expect(await answerPopupRequest({ type: 'bl/get-state' }, { handle: null, host: 'app.slack.com' })).toEqual({
      state: 'site-off',
      host: 'app.slack.com',
    });
    expect(await answerPopupRequest({ type: 'bl/insert', text: 'x' }, { handle: null })).toMatchObject({ ok: false });
  });

  test('only popup requests are answered, so the background hears the rest', () => {
    expect(isPopupRequest({ type: 'bl/get-state' })).toBe(true);
    expect(isPopupRequest({ type: 'bl/rewrite', sentence: 'x', audience: 'board' })).toBe(false);
    expect(isPopupRequest({ type: 'bl/open-popup' })).toBe(false);
    expect(isPopupRequest(null)).toBe(false);
    expect(isPopupRequest('bl/get-state')).toBe(false);
  });
});
