// @vitest-environment happy-dom
/**
 * The card's "Add to my lexicon": offered on term findings when the page can reach the options page, it hands
 * the marked words over, closes the card and leaves the text as it was.
 */
import { userClick } from './user-input.ts';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { BoxSession, Mark } from '../../../compose/box-session.ts';
import { CardController } from '../../../compose/card-controller.ts';
import type { ComposeDeps, Finding } from '../../../compose/types.ts';
import { UiLayer } from '../../../compose/ui/ui-layer.ts';
import { optionsAddUrl } from '../../../extension/add-term.ts';

const TEXT = 'We moved the files to SharePoint.';
const AT = TEXT.indexOf('SharePoint');

function setup(check: Finding['check'], deps: Partial<ComposeDeps>) {
  const layer = new UiLayer(document);
  const finding: Finding = {
    id: 'f1',
    start: AT,
    end: AT + 10,
    text: 'SharePoint',
    check,
    severity: 'medium',
    message: '"SharePoint" is IT jargon.',
    suggestions: [{ kind: 'plain', text: 'the shared files site' }],
  };
  const mark = {
    finding,
    kind: check,
    anchor: {
      rects: () => [{ left: 10, top: 10, right: 60, bottom: 24, width: 50, height: 14 }],
      currentOffsets: () => ({ start: finding.start, end: finding.end }),
    },
  } as unknown as Mark;
  const replaceRange = vi.fn();
  const session = {
    field: { read: () => TEXT, latest: () => TEXT },
    sentenceOf: () => null,
    replaceMark: vi.fn(),
    replaceRefusal: () => null,
    replaceRange,
    returnTo: () => {},
    isDisposed: false,
  } as unknown as BoxSession;
  const controller = new CardController({
    deps: deps as never,
    settings: () => ({ audience: 'executive', checks: {}, minSeverity: 'low', paused: false }),
    layerOf: () => layer,
    allow: () => {},
  });
  controller.show(session, mark, true);
  const button = () => layer.root.querySelector<HTMLButtonElement>('[data-action="add"]');
  return { button, replaceRange, layer };
}

afterEach(() => {
  document.body.innerHTML = '';
  document.querySelectorAll('business-lens-ui').forEach((n) => n.remove());
});

describe('card “Add to my lexicon”', () => {
  test('hands the term to the lexicon’s add form and closes the card without touching the text', () => {
    const addToLexicon = vi.fn();
    const t = setup('jargon', { addToLexicon });
    expect(t.button()?.textContent).toBe('Add to my lexicon');
    userClick(t.button()!);
    expect(addToLexicon).toHaveBeenCalledWith('SharePoint');
    expect(t.replaceRange).not.toHaveBeenCalled();
    expect(t.button()).toBeNull();
  });

  test('is offered on terms only, and only where the options page can be reached', () => {
    expect(setup('feature-talk', { addToLexicon: vi.fn() }).button()).toBeNull();
    document.querySelectorAll('business-lens-ui').forEach((n) => n.remove());
    expect(setup('acronym', {}).button()).toBeNull();
  });

  test('the options page address carries the term, encoded and at most 80 characters', () => {
    expect(optionsAddUrl('chrome-extension://x/options.html', ' R&D / ERP ')).toBe(
      'chrome-extension://x/options.html?add=R%26D%20%2F%20ERP#lexicon',
    );
    expect(decodeURIComponent(/add=([^#]*)/.exec(optionsAddUrl('o.html', 'x'.repeat(200)))![1]!)).toHaveLength(80);
  });
});
