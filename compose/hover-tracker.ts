/**
 * Opens a mark's card when the pointer rests on it, and closes it when the pointer has left both the
 * mark and the card for a moment. Highlights have no elements to hover, so the pointer is hit-tested
 * against the marks' boxes from the last frame, once per frame at most. Only the user's own pointer counts:
 * a page script that dispatches mouse events over a mark opens nothing.
 */
import { fromUser } from './ui/dom.ts';

export interface HoverEvents {
  /** The thing under the pointer: a mark, the card itself, or nothing. */
  probe(x: number, y: number, target: EventTarget | null): 'mark' | 'card' | 'none';
  /** The pointer rested on a mark. */
  rest(x: number, y: number): void;
  /** The pointer left marks and card. */
  leave(): void;
}

const REST_DELAY = 180;
const LEAVE_DELAY = 350;
/**
 * How far the pointer must move after an action before resting opens a card again. A hand on a mouse drifts a
 * pixel or two; the page also sends pointer events of its own when the text under a still pointer changes.
 */
export const MOVE_AFTER_ACTION = 6;

export interface HoverTracker {
  /**
   * After an action (a fix, Ignore, a closed menu): no card opens under the pointer where it rests now, until
   * it moves `MOVE_AFTER_ACTION` pixels away. The next card opens where the user points, not where they clicked.
   */
  holdUntilMoved(): void;
  dispose(): void;
}

export function trackHover(doc: Document, events: HoverEvents): HoverTracker {
  const win = doc.defaultView;
  let frame: number | null = null;
  let last: { x: number; y: number; target: EventTarget | null } | null = null;
  let restTimer: ReturnType<typeof setTimeout> | null = null;
  let leaveTimer: ReturnType<typeof setTimeout> | null = null;
  /** Where the pointer was when an action put hovering on hold; null when not on hold. */
  let heldAt: { x: number; y: number } | null = null;

  const clear = (timer: ReturnType<typeof setTimeout> | null) => {
    if (timer !== null) clearTimeout(timer);
    return null;
  };
  const check = () => {
    frame = null;
    if (!last) return;
    const { x, y, target } = last;
    const what = events.probe(x, y, target);
    if (what === 'card') {
      restTimer = clear(restTimer);
      leaveTimer = clear(leaveTimer);
    } else if (what === 'mark') {
      leaveTimer = clear(leaveTimer);
      restTimer = clear(restTimer);
      if (heldAt && Math.hypot(x - heldAt.x, y - heldAt.y) < MOVE_AFTER_ACTION) return;
      heldAt = null;
      restTimer = setTimeout(() => events.rest(x, y), REST_DELAY);
    } else {
      restTimer = clear(restTimer);
      leaveTimer ??= setTimeout(() => {
        leaveTimer = null;
        events.leave();
      }, LEAVE_DELAY);
    }
  };
  const onMove = (event: MouseEvent) => {
    if (!fromUser(event)) return;
    last = { x: event.clientX, y: event.clientY, target: event.composedPath()[0] ?? event.target };
    if (frame === null && win) frame = win.requestAnimationFrame(check);
  };
  doc.addEventListener('mousemove', onMove, { capture: true, passive: true });
  return {
    holdUntilMoved() {
      restTimer = clear(restTimer);
      heldAt = last ? { x: last.x, y: last.y } : { x: -Infinity, y: -Infinity };
    },
    dispose() {
      doc.removeEventListener('mousemove', onMove, { capture: true });
      if (frame !== null) win?.cancelAnimationFrame(frame);
      clear(restTimer);
      clear(leaveTimer);
    },
  };
}
