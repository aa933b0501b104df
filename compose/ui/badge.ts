/**
 * The badge beside a compose box: how many suggestions there are (its accessible name, e.g.
 * "3 suggestions") and, by its colour, how ready the message is for a business reader. Until the first
 * analysis of the box has finished it says so, rather than claim a count of nought.
 */
import { h } from './dom.ts';
import type { UiLayer } from './ui-layer.ts';

export interface BadgeState {
  count: number;
  /** Business-readiness, 0 to 100; null before the first analysis. */
  score: number | null;
  /** Paused for this message. */
  paused: boolean;
}

export const BADGE_SIZE = 24;

/** The badge's accessible name before the box's first analysis has finished. */
export const CHECKING_LABEL = 'Business Lens is checking this message';

/** The badge's accessible name. */
export function badgeLabel(state: BadgeState): string {
  if (state.paused) return 'Business Lens paused for this message';
  if (state.score === null) return CHECKING_LABEL;
  return `${state.count} ${state.count === 1 ? 'suggestion' : 'suggestions'}`;
}

/** good ≥ 80, fair ≥ 50, poor below; "checking" before the first analysis. */
export function scoreLevel(state: BadgeState): 'good' | 'fair' | 'poor' | 'paused' | 'checking' {
  if (state.paused) return 'paused';
  const score = state.score;
  if (score === null) return 'checking';
  return score >= 80 ? 'good' : score >= 50 ? 'fair' : 'poor';
}

export class Badge {
  readonly element: HTMLButtonElement;
  private transform = '';

  constructor(layer: UiLayer, onActivate: (badge: Badge) => void) {
    this.element = h(layer.doc, 'button', {
      class: 'bl-badge',
      attrs: { type: 'button', 'data-business-lens': 'badge' },
      on: {
        click: (event) => {
          event.stopPropagation();
          onActivate(this);
        },
        // The editor keeps focus and its selection when the badge is pressed with the mouse.
        mousedown: (event) => event.preventDefault(),
      },
    });
    this.element.hidden = true;
    layer.controls.append(this.element);
  }

  update(state: BadgeState): void {
    // Called every frame: touch the DOM only for what changed.
    const label = badgeLabel(state);
    if (this.element.getAttribute('aria-label') !== label) this.element.setAttribute('aria-label', label);
    const title = state.paused || state.score === null ? label : `Business Lens: ${label} · readiness ${state.score}/100`;
    if (this.element.title !== title) this.element.title = title;
    const level = scoreLevel(state);
    if (this.element.dataset.level !== level) this.element.dataset.level = level;
    const text = state.paused ? '‖' : state.score === null ? '…' : String(state.count);
    if (this.element.textContent !== text) this.element.textContent = text;
  }

  /** Puts the badge in the bottom-right corner of the box's visible part; hides it when none shows. */
  place(visible: DOMRectReadOnly): void {
    if (visible.width < BADGE_SIZE || visible.height < 8) {
      if (!this.element.hidden) this.element.hidden = true;
      return;
    }
    if (this.element.hidden) this.element.hidden = false;
    const single = visible.height < BADGE_SIZE * 2 + 8;
    const left = visible.right - BADGE_SIZE - 6 - Math.max(0, this.element.offsetWidth - BADGE_SIZE);
    const top = single ? visible.top + (visible.height - BADGE_SIZE) / 2 : visible.bottom - BADGE_SIZE - 6;
    const transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
    if (transform !== this.transform) {
      this.transform = transform;
      this.element.style.transform = transform;
    }
  }

  rect(): DOMRect {
    return this.element.getBoundingClientRect();
  }

  dispose(): void {
    this.element.remove();
  }
}
