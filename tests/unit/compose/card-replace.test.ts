// @vitest-environment happy-dom
/**
 * The card's Replace applies the plain suggestion over its own range when it reaches back over the article
 * before the term ("an MFA prompt" → "a second sign-in check prompt"), and only while that article is still
 * there; a suggestion without a range replaces the marked words alone.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { BoxSession, Mark } from '../../../compose/box-session.ts';
import { CardController } from '../../../compose/card-controller.ts';
import type { Finding } from '../../../compose/types.ts';
import { UiLayer } from '../../../compose/ui/ui-layer.ts';
import { userClick } from './user-input.ts';

function setup(text: string, finding: Finding) {
  const layer = new UiLayer(document);
  let current = text;
  const replaceRange = vi.fn((start: number, end: number, expected: string, value: string) => {
    if (current.slice(start, end) !== expected) return Promise.resolve({ ok: false as const, reason: 'changed' });
    current = current.slice(0, start) + value + current.slice(end);
    return Promise.resolve({ ok: true as const });
  });
  const replaceMark = vi.fn(async (mark: Mark, value: string) =>
    replaceRange(mark.finding.start, mark.finding.end, mark.finding.text, value),
  );
  const mark = {
    finding,
    kind: 'jargon',
    anchor: {
      rects: () => [{ left: 10, top: 10, right: 60, bottom: 24, width: 50, height: 14 }],
      currentOffsets: () => ({ start: finding.start, end: finding.end }),
    },
  } as unknown as Mark;
  const session = {
    field: { read: () => current, latest: () => current },
    sentenceOf: () => null,
    replaceMark,
    replaceRange,
    returnTo: () => {},
    isDisposed: false,
  } as unknown as BoxSession;
  const controller = new CardController({
    deps: {} as never,
    settings: () => ({ audience: 'executive', checks: {}, minSeverity: 'low', paused: false }),
    layerOf: () => layer,
    allow: () => {},
  });
  controller.show(session, mark, true);
  const click = async () => {
    userClick(layer.root.querySelector<HTMLButtonElement>('[data-action="replace"]')!);
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { click, text: () => current, replaceRange, replaceMark, setText: (t: string) => (current = t), layer };
}

const TEXT = 'Staff get an MFA prompt.';
const AT = TEXT.indexOf('MFA');
const mfa = (suggestion: Finding['suggestions'][number]): Finding => ({
  id: 'j1',
  start: AT,
  end: AT + 3,
  text: 'MFA',
  check: 'jargon',
  severity: 'medium',
  message: '"MFA" is IT jargon.',
  suggestions: [suggestion],
});

afterEach(() => {
  document.body.innerHTML = '';
  document.querySelectorAll('business-lens-ui').forEach((n) => n.remove());
});

describe('card Replace', () => {
  test('replaces the article with the words when the suggestion reaches back over it', async () => {
    const t = setup(TEXT, mfa({ kind: 'plain', text: 'a second sign-in check', start: AT - 3, end: AT + 3 }));
    await t.click();
    expect(t.text()).toBe('Staff get a second sign-in check prompt.');
  });

  test('refuses when the article before the words is gone', async () => {
    const t = setup(TEXT, mfa({ kind: 'plain', text: 'a second sign-in check', start: AT - 3, end: AT + 3 }));
    t.setText('Staff get my MFA prompt.');
    await t.click();
    expect(t.text()).toBe('Staff get my MFA prompt.');
    expect(t.replaceRange).not.toHaveBeenCalled();
  });

  test('replaces only the marked words when the suggestion has no range of its own', async () => {
    const text = 'Staff get a MFA prompt.';
    const t = setup(text, {
      ...mfa({ kind: 'plain', text: 'second sign-in check' }),
      start: text.indexOf('MFA'),
      end: text.indexOf('MFA') + 3,
    });
    await t.click();
    expect(t.text()).toBe('Staff get a second sign-in check prompt.');
    expect(t.replaceMark).toHaveBeenCalledOnce();
  });
});
