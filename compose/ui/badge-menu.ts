/**
 * What the badge opens: the message's readiness score and what lowers it most, and the few controls
 * that act on the whole message.
 */
import { fromUser, h } from './dom.ts';
import { placeCard } from './card-position.ts';
import { themeAt } from './page-theme.ts';
import type { UiLayer } from './ui-layer.ts';

export interface BadgeMenuModel {
  count: number;
  score: number | null;
  summary: string;
  paused: boolean;
  shortcut: string;
  canOpenPopup: boolean;
  /** Findings the quiet view holds back ("show all" adds them). */
  held: number;
  /** Everything is shown (the picky setting is on). */
  picky: boolean;
  /** Whether "show all" can be switched here (it is a setting, remembered). */
  canTogglePicky: boolean;
  /** e.g. "executives", to say whom the quiet view chose for. */
  audienceLabel: string;
}

export interface BadgeMenuActions {
  next: () => void;
  togglePause: () => void;
  togglePicky: () => void;
  openPopup: () => void;
  close(): void;
}

export class BadgeMenu {
  private element: HTMLElement | null = null;

  constructor(
    private readonly layer: UiLayer,
    private readonly actions: BadgeMenuActions,
  ) {}

  get isOpen(): boolean {
    return this.element !== null;
  }

  open(model: BadgeMenuModel, near: DOMRect): void {
    this.close();
    const doc = this.layer.doc;
    const act = (fn: () => void) => (event: Event) => {
      event.stopPropagation();
      fn();
    };
    const menu = h(
      doc,
      'div',
      { class: 'bl-menu', attrs: { role: 'dialog', 'aria-label': 'Business Lens' } },
      h(
        doc,
        'p',
        {},
        model.paused
          ? 'Checking is paused for this message.'
          : `Readiness ${model.score ?? '–'}/100 · ${model.count} ${model.count === 1 ? 'suggestion' : 'suggestions'}`,
      ),
      model.summary && !model.paused ? h(doc, 'p', { class: 'bl-hint' }, model.summary) : null,
      !model.paused && model.canTogglePicky && (model.picky || model.held > 0)
        ? h(
            doc,
            'p',
            { class: 'bl-hint', attrs: { 'data-field': 'quiet' } },
            model.picky
              ? 'Showing every suggestion.'
              : `Showing what matters most to ${model.audienceLabel}; ${model.held} more in “Show all”.`,
          )
        : null,
      h(
        doc,
        'div',
        { class: 'bl-actions' },
        !model.paused && model.count > 0
          ? h(
              doc,
              'button',
              { class: 'bl-primary', attrs: { type: 'button' }, on: { click: act(this.actions.next) } },
              `Next suggestion (${model.shortcut})`,
            )
          : null,
        !model.paused && model.canTogglePicky && (model.picky || model.held > 0)
          ? h(
              doc,
              'button',
              {
                attrs: { type: 'button', 'data-action': 'picky', 'aria-pressed': String(model.picky) },
                on: { click: act(this.actions.togglePicky) },
              },
              model.picky ? 'Show only what matters most' : `Show all (${model.held} more)`,
            )
          : null,
        h(
          doc,
          'button',
          { attrs: { type: 'button' }, on: { click: act(this.actions.togglePause) } },
          model.paused ? 'Resume checking' : 'Pause for this message',
        ),
        model.canOpenPopup
          ? h(doc, 'button', { attrs: { type: 'button' }, on: { click: act(this.actions.openPopup) } }, 'Open in popup')
          : null,
      ),
    );
    menu.addEventListener('keydown', (event) => {
      event.stopPropagation();
      if (event.key === 'Escape' && fromUser(event)) this.actions.close();
    });
    // Dark on a dark compose box: judged just inside the box, beside the badge.
    menu.dataset.theme = themeAt(doc, near.left - 4, near.top + near.height / 2, this.layer.host);
    this.layer.controls.append(menu);
    this.element = menu;
    const win = doc.defaultView!;
    const place = placeCard(
      [near],
      { width: menu.offsetWidth, height: menu.offsetHeight },
      { width: win.innerWidth, height: win.innerHeight },
    );
    menu.style.transform = `translate(${Math.round(place.left)}px, ${Math.round(place.top)}px)`;
    menu.querySelector('button')?.focus();
  }

  contains(node: EventTarget | null): boolean {
    return !!this.element && node instanceof Object && this.element.contains(node as Node);
  }

  close(): void {
    this.element?.remove();
    this.element = null;
  }
}
