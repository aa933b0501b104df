// @vitest-environment happy-dom
/**
 * The card's actions over its session: Replace hands the words the card shows to the session's fix path (which
 * fits them to the text, or refuses and the card says why); the rewrite is asked for with the terms the session
 * shows in the sentence, so allowed and ignored terms are left alone; "Always allow" is offered only where it holds.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { BoxSession, Mark, SentenceTarget } from '../../../compose/box-session.ts';
import { CardController } from '../../../compose/card-controller.ts';
import type { ApplyOutcome, ComposeDeps, Finding, SentenceRewrites } from '../../../compose/types.ts';
import { UiLayer } from '../../../compose/ui/ui-layer.ts';
import { userClick } from './user-input.ts';
import { FALLBACK_REASON } from '../../../lexicon/checks/jargon-reason.ts';

const TEXT = 'Staff get an MFA prompt.';
const AT = TEXT.indexOf('MFA');

function findingOn(words: string, extra: Partial<Finding> = {}): Finding {
  const start = TEXT.indexOf(words) >= 0 ? TEXT.indexOf(words) : 0;
  return {
    id: `f:${words}`,
    start,
    end: start + words.length,
    text: words,
    check: 'jargon',
    severity: 'medium',
    message: `"${words}" is IT jargon.`,
    suggestions: [{ kind: 'plain', text: 'a second sign-in check', start: AT - 3, end: AT + 3 }],
    sentence: { start: 0, end: TEXT.length },
    ...extra,
  };
}

function setup(
  finding: Finding,
  options: { outcome?: ApplyOutcome; sentence?: SentenceTarget | null; rewrite?: ComposeDeps['rewrite']; refusal?: string } = {},
) {
  const layer = new UiLayer(document);
  const replaceMark = vi.fn((_mark: Mark, _text: string): Promise<ApplyOutcome> => Promise.resolve(options.outcome ?? { ok: true }));
  const mark = {
    finding,
    kind: 'jargon',
    anchor: {
      rects: () => [{ left: 10, top: 10, right: 60, bottom: 24, width: 50, height: 14 }],
      currentOffsets: () => ({ start: finding.start, end: finding.end }),
    },
  } as unknown as Mark;
  const session = {
    field: { read: () => TEXT, latest: () => TEXT },
    sentenceOf: () => (options.sentence === undefined ? null : options.sentence),
    replaceMark,
    replaceRefusal: () => options.refusal ?? null,
    replaceSentence: vi.fn(() => Promise.resolve({ ok: true })),
    returnTo: () => {},
    isDisposed: false,
  } as unknown as BoxSession;
  const controller = new CardController({
    deps: { rewrite: options.rewrite } as unknown as ComposeDeps,
    settings: () => ({ audience: 'executive', checks: {}, minSeverity: 'low', paused: false }),
    layerOf: () => layer,
    allow: () => {},
  });
  controller.show(session, mark, true);
  const button = (action: string) => layer.root.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
  const click = async (action: string) => {
    userClick(button(action)!);
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { click, button, replaceMark, mark, layer, controller, session };
}

afterEach(() => {
  document.body.innerHTML = '';
  document.querySelectorAll('business-lens-ui').forEach((n) => n.remove());
});

describe('card Replace', () => {
  test('hands the words the card shows to the session, which fits them to the text', async () => {
    const t = setup(findingOn('MFA'));
    expect(t.layer.root.querySelector('[data-field="plain"]')!.textContent).toBe('a second sign-in check');
    await t.click('replace');
    expect(t.replaceMark).toHaveBeenCalledExactlyOnceWith(t.mark, 'a second sign-in check');
  });

  test('says why when the session refuses, and stays open', async () => {
    const t = setup(findingOn('MFA'), { outcome: { ok: false, reason: '“x” does not fit before “prompt”, so nothing was replaced.' } });
    await t.click('replace');
    expect(t.layer.root.querySelector('.bl-notice')!.textContent).toContain('does not fit before “prompt”');
    expect(t.controller.open).not.toBeNull();
  });
});

describe('card rewrite', () => {
  test('is asked for with the terms the box shows in the sentence', async () => {
    const terms = [{ start: AT, end: AT + 3, text: 'MFA', check: 'jargon' as const, entryId: 'mfa' }];
    const rewrite = vi.fn((): Promise<SentenceRewrites> =>
      Promise.resolve({ outcome: 'Staff get a second sign-in check prompt, so that…' }),
    );
    setup(findingOn('MFA'), { sentence: { start: 0, end: TEXT.length, text: TEXT, terms }, rewrite });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(rewrite).toHaveBeenCalledExactlyOnceWith(TEXT, 'executive', terms);
  });

  test('where the gain depends on why, shows the reason and an outcome the writer may take, which only a click writes', async () => {
    const terms = [{ start: AT, end: AT + 3, text: 'MFA', check: 'jargon' as const, entryId: 'mfa' }];
    const choice = 'Staff get a two-step sign-in prompt, so that a stolen password alone opens nothing.';
    const rewrite = () => Promise.resolve({ declined: 'What this change gives the reader depends on why it was done.', choice });
    const t = setup(findingOn('MFA'), { sentence: { start: 0, end: TEXT.length, text: TEXT, terms }, rewrite });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(t.layer.root.querySelector('.bl-card')!.textContent).toContain('depends on why');
    expect(t.layer.root.querySelector('[data-field="choice"]')!.textContent).toBe(choice);
    // Not the outcome rewrite: the engine claims nothing, so there is no "Use rewrite" and Replace stays the main action.
    expect(t.button('rewrite')).toBeNull();
    expect(t.button('replace')!.classList.contains('bl-primary')).toBe(true);
    expect(t.session.replaceSentence).not.toHaveBeenCalled();
    await t.click('choose');
    expect(t.session.replaceSentence).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ text: TEXT }), choice);
  });

  test('is not asked for when the finding has no sentence', async () => {
    const rewrite = vi.fn(() => Promise.resolve(null));
    setup(findingOn('MFA', { sentence: undefined }), { sentence: null, rewrite });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(rewrite).not.toHaveBeenCalled();
  });
});

describe('why the card says a term is marked', () => {
  // A content script carries no built-in reasons: its jargon messages end with the check's general one.
  const onPage = () => findingOn('MFA', { message: `"MFA" is IT jargon. Write "a second sign-in check" instead. ${FALLBACK_REASON}` });
  const terms = [{ start: AT, end: AT + 3, text: 'MFA', check: 'jargon' as const, entryId: 'mfa' }];
  const sentence = { start: 0, end: TEXT.length, text: TEXT, terms };
  const shown = (layer: UiLayer) => layer.root.querySelector('.bl-message')!.textContent;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  test("is the entry's own reason once the background answers with it", async () => {
    let answer!: (rewrites: SentenceRewrites | null) => void;
    const rewrite = () => new Promise<SentenceRewrites | null>((resolve) => (answer = resolve));
    const { layer } = setup(onPage(), { sentence, rewrite });
    // While it waits, the card says why the check exists.
    expect(shown(layer)).toBe(`"MFA" is IT jargon. Write "a second sign-in check" instead. ${FALLBACK_REASON}`);
    answer({ reasons: [{ start: AT, end: AT + 3, text: 'Few readers know what MFA stands for.' }] });
    await settle();
    expect(shown(layer)).toBe('"MFA" is IT jargon. Write "a second sign-in check" instead. Few readers know what MFA stands for.');
  });

  test('stays the general one when the background does not answer, or not for these words', async () => {
    const silent = setup(onPage(), { sentence, rewrite: () => Promise.resolve(null) });
    await settle();
    expect(shown(silent.layer)).toContain(FALLBACK_REASON);
    silent.controller.close();
    const other = setup(onPage(), {
      sentence,
      rewrite: () => Promise.resolve({ reasons: [{ start: 0, end: 5, text: 'Not about MFA.' }] }),
    });
    await settle();
    expect(shown(other.layer)).toContain(FALLBACK_REASON);
  });

  test("keeps a reason the page already had (the user's own entry)", async () => {
    const own = findingOn('MFA', { message: '"MFA" is IT jargon. Write "a second sign-in check" instead. Our sign-in app.' });
    const { layer } = setup(own, {
      sentence,
      rewrite: () => Promise.resolve({ reasons: [{ start: AT, end: AT + 3, text: 'Our sign-in app.' }] }),
    });
    await settle();
    expect(shown(layer)).toBe('"MFA" is IT jargon. Write "a second sign-in check" instead. Our sign-in app.');
  });
});

describe('"Always allow" on the card', () => {
  test.each([
    { what: 'a jargon term', finding: findingOn('MFA'), offered: true },
    { what: 'wording that distances', finding: findingOn('Staff', { check: 'us-them' }), offered: true },
    { what: 'a feature-talk sentence', finding: findingOn(TEXT, { check: 'feature-talk' }), offered: false },
    {
      what: 'a token longer than an allowed term may be',
      finding: findingOn('MFA', { check: 'technical', text: `srv-${'x'.repeat(90)}` }),
      offered: false,
    },
  ])('$what: offered $offered', ({ finding, offered }) => {
    expect(!!setup(finding).button('allow')).toBe(offered);
  });
});

describe('a plain wording that cannot stand where the words are', () => {
  test('is shown with the reason, and Replace is not offered: Ignore becomes the main action', () => {
    const reason = '“second sign-in check” does not fit before “prompt”, so nothing was replaced.';
    const { button, layer } = setup(findingOn('MFA'), { refusal: reason });
    expect(layer.root.querySelector('[data-field="plain"]')?.textContent).toBe('a second sign-in check');
    expect(layer.root.querySelector('[data-field="plain-refused"]')?.textContent).toBe(reason);
    expect(button('replace')).toBeNull();
    expect(button('ignore')?.classList.contains('bl-primary')).toBe(true);
  });

  test('where it fits, Replace is offered as before', () => {
    const { button, layer } = setup(findingOn('MFA'));
    expect(button('replace')).not.toBeNull();
    expect(layer.root.querySelector('[data-field="plain-refused"]')).toBeNull();
  });
});
