/**
 * What the badge opens: the message's readiness score and what lowers it most, and the few controls
 * that act on the whole message.
 */
import { fromUser, h } from './dom.ts';
import { placeCard } from './card-position.ts';
import type { UiLayer } from './ui-layer.ts';

export interface BadgeMenuModel {
  count: number;
  score: number | null;
  summary: string;
  paused: boolean;
  shortcut: string;
  canOpenPopup: boolean;
}

export interface BadgeMenuActions {
  next: () => void;
  togglePause: () => void;
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
