/**
 * The card for one mark: what was found, the plain wording, the outcome rewrite for the reader, an
 * analogy, and the actions. It lives in our shadow root, never covers the words it talks about, and is
 * fully usable from the keyboard (Enter applies the focused action, Escape closes). It answers the user only:
 * clicks and keys that a page script dispatches are ignored (see `fromUser`).
 */
import { fromUser, h } from './dom.ts';
import { placeCard, type Box } from './card-position.ts';
import { themeAt } from './page-theme.ts';
import { KIND_LABELS, type MarkKind } from '../mark-kinds.ts';
import type { UiLayer } from './ui-layer.ts';

/** Where the outcome rewrite is: none offered, on its way, here, or declined by the engine. */
export type RewriteState =
  | { state: 'none' }
  | { state: 'pending' }
  | { state: 'ready'; outcome?: string; analogy?: string }
  /** `choice`: an outcome the writer may take if it is why they did it (the engine claims nothing). */
  | { state: 'declined'; reason: string; choice?: string };

export interface CardModel {
  kind: MarkKind;
  /** The check's title from lexicon/checks/catalog.ts, the card's heading. */
  title: string;
  /** The marked words. */
  term: string;
  message: string;
  /** The plain phrase that Replace puts in; an empty string means the words are best removed. */
  plain?: string;
  /** Why the plain phrase cannot replace the words where they stand: Replace is then not offered, and this says why. */
  plainRefused?: string;
  rewrite: RewriteState;
  /** e.g. "executives". */
  audienceLabel: string;
  /** Whether "Always allow this term" is offered (lexicon/checks/catalog.ts says which checks honour it). */
  canAllow: boolean;
  /** Terms can be added to the user's own lexicon, with their own plain wording. */
  canAddToLexicon?: boolean;
  canOpenPopup: boolean;
}

export interface CardActions {
  replace: () => void;
  useRewrite: () => void;
  ignore: () => void;
  allow: () => void;
  addToLexicon?: () => void;
  openPopup: () => void;
  /** `escape` when the user closed it from the keyboard: focus goes back to the text. */
  close: (reason: 'escape' | 'dismiss') => void;
}

/** The card's widths, narrowest first: it takes the first at which it fits whole beside the words. */
export const CARD_WIDTHS = [380, 480, 580, 680] as const;

export class Card {
  readonly element: HTMLElement;
  /** The viewport width the card's width was chosen for. */
  private fittedFor = 0;
  private model: CardModel | null = null;
  private anchor: readonly Box[] = [];
  private noticeText = '';
  /** What each shown button does, so Enter can run the main action without a synthetic click. */
  private readonly handlers = new Map<HTMLButtonElement, () => void>();

  constructor(
    private readonly layer: UiLayer,
    private readonly actions: CardActions,
  ) {
    const doc = layer.doc;
    this.element = h(doc, 'div', {
      class: 'bl-card',
      attrs: { role: 'dialog', 'aria-label': 'Business Lens suggestion', 'data-business-lens': 'card' },
    });
    this.element.hidden = true;
    // Keys typed in the card are ours: the page's shortcuts (Gmail's single keys) must not see them.
    for (const type of ['keydown', 'keyup', 'keypress'] as const) this.element.addEventListener(type, (event) => event.stopPropagation());
    this.element.addEventListener('keydown', (event) => this.onKey(event));
    layer.controls.append(this.element);
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  /** Shows the card for a mark; `focus` moves keyboard focus to its main action. */
  show(model: CardModel, anchor: readonly Box[], focus: boolean): void {
    this.model = model;
    this.anchor = anchor;
    this.noticeText = '';
    // Dark on a dark page, light on a light one: judged behind the words the card is about.
    const first = anchor[0];
    this.element.dataset.theme = first
      ? themeAt(this.layer.doc, (first.left + first.right) / 2, (first.top + first.bottom) / 2, this.layer.host)
      : 'light';
    this.render();
    this.element.hidden = false;
    this.reposition(anchor, true);
    if (focus) this.primaryButton()?.focus({ preventScroll: true });
  }

  /** New content for the same mark (the rewrite arrived): redraw in place, keeping focus on the same action. */
  update(model: CardModel): void {
    if (!this.model) return;
    const focused = (this.layer.root.activeElement as HTMLElement | null)?.dataset.action;
    this.model = model;
    this.render();
    this.reposition(this.anchor, true);
    if (focused)
      (this.element.querySelector<HTMLElement>(`[data-action="${focused}"]`) ?? this.primaryButton())?.focus({ preventScroll: true });
  }

  /** Puts keyboard focus on the main action. */
  focusPrimary(): void {
    this.primaryButton()?.focus({ preventScroll: true });
  }

  /** Says why a fix was not applied, in the card and to screen readers. */
  notice(text: string): void {
    this.noticeText = text;
    const slot = this.element.querySelector('.bl-notice');
    if (slot) slot.textContent = text;
  }

  /**
   * Follows the words as the page scrolls. With `refit` (new content, a new mark), first finds the narrowest of
   * the card's widths at which it fits whole above or below the words: a long rewrite makes the card wider
   * rather than cut off inside a scroll box. Only when no width fits does the explanation give way (it scrolls)
   * and then the card.
   */
  reposition(anchor: readonly Box[], refit = false): void {
    this.anchor = anchor;
    if (this.element.hidden && !this.model) return;
    const win = this.layer.doc.defaultView!;
    const viewport = { width: win.innerWidth, height: win.innerHeight };
    const style = this.element.style;
    style.maxHeight = '';
    const place = () =>
      placeCard(anchor, { width: this.element.offsetWidth || CARD_WIDTHS[0], height: this.element.offsetHeight || 200 }, viewport);
    if (refit || this.fittedFor !== viewport.width) {
      this.fittedFor = viewport.width;
      for (const width of CARD_WIDTHS) {
        if (width > viewport.width - 16 && width !== CARD_WIDTHS[0]) break;
        style.width = `${width}px`;
        if (place().maxHeight === undefined) break;
      }
    }
    const placement = place();
    if (placement.maxHeight !== undefined) style.maxHeight = `${Math.floor(placement.maxHeight)}px`;
    style.transform = `translate(${Math.round(placement.left)}px, ${Math.round(placement.top)}px)`;
  }

  contains(node: EventTarget | null): boolean {
    return typeof (node as Node | null)?.nodeType === 'number' && this.element.contains(node as Node);
  }

  hasFocus(): boolean {
    return this.contains(this.layer.root.activeElement);
  }

  hide(): void {
    this.element.hidden = true;
    this.model = null;
    this.handlers.clear();
    this.element.replaceChildren();
  }

  dispose(): void {
    this.element.remove();
  }

  private render(): void {
    const model = this.model;
    if (!model) return;
    const doc = this.layer.doc;
    this.handlers.clear();
    const button = (action: string, label: string, handler: () => void, primary = false) => {
      const element = h(
        doc,
        'button',
        {
          class: primary ? 'bl-primary' : undefined,
          attrs: { type: 'button', 'data-action': action },
          on: {
            click: (event) => {
              event.stopPropagation();
              handler();
            },
          },
        },
        label,
      );
      this.handlers.set(element, handler);
      return element;
    };
    const rewrite = model.rewrite;
    const outcome = rewrite.state === 'ready' ? rewrite.outcome : undefined;
    const analogy = rewrite.state === 'ready' ? rewrite.analogy : undefined;
    const choice = rewrite.state === 'declined' ? rewrite.choice : undefined;
    const headingId = 'bl-card-heading';
    const hasPlain = model.plain !== undefined;
    const canReplace = hasPlain && !model.plainRefused;
    this.element.dataset.kind = model.kind;
    this.element.setAttribute('aria-labelledby', headingId);
    const sentence = model.kind === 'feature-talk';
    const children: Array<Node | null> = [
      h(
        doc,
        'div',
        { class: 'bl-head', attrs: { id: headingId } },
        h(doc, 'span', { class: 'bl-kind', attrs: { title: model.title } }, KIND_LABELS[model.kind]),
        h(doc, 'span', { class: sentence ? 'bl-term bl-term--sentence' : 'bl-term' }, model.term),
      ),
      hasPlain
        ? h(
            doc,
            'div',
            { class: 'bl-section' },
            h(doc, 'span', { class: 'bl-label' }, 'Plain wording'),
            h(
              doc,
              'p',
              { class: model.plain ? 'bl-text' : 'bl-text bl-pending', attrs: { 'data-field': 'plain' } },
              model.plain || 'Leave these words out.',
            ),
            model.plainRefused
              ? h(doc, 'p', { class: 'bl-text bl-pending', attrs: { 'data-field': 'plain-refused' } }, model.plainRefused)
              : null,
          )
        : null,
      rewrite.state !== 'none'
        ? h(
            doc,
            'div',
            { class: 'bl-section' },
            h(doc, 'span', { class: 'bl-label' }, `Outcome rewrite for ${model.audienceLabel}`),
            rewrite.state === 'pending'
              ? h(doc, 'p', { class: 'bl-text bl-pending' }, 'Writing a rewrite…')
              : rewrite.state === 'declined'
                ? h(
                    doc,
                    'div',
                    {},
                    h(doc, 'p', { class: 'bl-text bl-pending' }, rewrite.reason),
                    rewrite.choice ? h(doc, 'p', { class: 'bl-label' }, 'If this is why, you could write:') : null,
                    rewrite.choice ? h(doc, 'p', { class: 'bl-text', attrs: { 'data-field': 'choice' } }, rewrite.choice) : null,
                  )
                : outcome
                  ? h(doc, 'p', { class: 'bl-text', attrs: { 'data-field': 'outcome' } }, outcome)
                  : h(doc, 'p', { class: 'bl-text bl-pending' }, 'No rewrite for this sentence.'),
          )
        : null,
      analogy
        ? h(
            doc,
            'div',
            { class: 'bl-section' },
            h(doc, 'span', { class: 'bl-label' }, 'Analogy'),
            h(doc, 'p', { class: 'bl-text', attrs: { 'data-field': 'analogy' } }, analogy),
          )
        : null,
      // Why it was marked comes after what to write instead: in a short window it is what scrolls, never the rewrite.
      h(doc, 'p', { class: 'bl-message' }, model.message),
      h(
        doc,
        'div',
        { class: 'bl-actions' },
        canReplace ? button('replace', model.plain ? 'Replace' : 'Remove', this.actions.replace, true) : null,
        outcome ? button('rewrite', 'Use rewrite', this.actions.useRewrite, !canReplace) : null,
        choice ? button('choose', 'Use this wording', this.actions.useRewrite, false) : null,
        button('ignore', 'Ignore', this.actions.ignore, !canReplace && !outcome),
        model.canAllow ? button('allow', 'Always allow this term', this.actions.allow) : null,
        model.canAddToLexicon && this.actions.addToLexicon ? button('add', 'Add to my lexicon', this.actions.addToLexicon) : null,
        model.canOpenPopup ? button('popup', 'Open in popup', this.actions.openPopup) : null,
      ),
      h(doc, 'p', { class: 'bl-notice', attrs: { role: 'status', 'aria-live': 'polite' } }, this.noticeText),
    ];
    this.element.replaceChildren(...children.filter((c): c is Node => c !== null));
  }

  private primaryButton(): HTMLButtonElement | null {
    return this.element.querySelector<HTMLButtonElement>('button.bl-primary') ?? this.element.querySelector('button');
  }

  private onKey(event: KeyboardEvent): void {
    if (!fromUser(event)) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.actions.close('escape');
    } else if (event.key === 'Enter' && !(event.target as HTMLElement | null)?.closest?.('button')) {
      event.preventDefault();
      // The handler itself, not primaryButton().click(): a click made by script is one the card would ignore.
      const primary = this.primaryButton();
      if (primary) this.handlers.get(primary)?.();
    }
  }
}
