// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MOVE_AFTER_ACTION, trackHover, type HoverTracker } from '../../../compose/hover-tracker.ts';
import { asUser } from './user-input.ts';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// The user's own pointer: the tracker listens only to trusted events.
const move = (x: number, y: number) =>
  document.dispatchEvent(asUser(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true })));

let tracker: HoverTracker | null = null;
afterEach(() => {
  tracker?.dispose();
  tracker = null;
});

/** Every point is on a mark, as when the pointer rests on marked words. */
function track() {
  const rest = vi.fn();
  tracker = trackHover(document, { probe: () => 'mark', rest, leave: () => {} });
  return rest;
}

describe('trackHover', () => {
  it('opens a card when the pointer rests on a mark', async () => {
    const rest = track();
    move(100, 100);
    await wait(300);
    expect(rest).toHaveBeenCalledWith(100, 100);
  });

  it('after an action, opens no card under the pointer until it really moves', async () => {
    const rest = track();
    move(100, 100);
    await wait(300);
    rest.mockClear();
    tracker!.holdUntilMoved();
    // The page's own pointer events, and a hand's drift of a few pixels, are not a new rest.
    move(100, 100);
    await wait(300);
    move(102, 101);
    await wait(300);
    expect(rest).not.toHaveBeenCalled();
    move(100 + MOVE_AFTER_ACTION + 4, 100);
    await wait(300);
    expect(rest).toHaveBeenCalledTimes(1);
  });
});
