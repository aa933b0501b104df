import { describe, expect, test, vi } from 'vitest';
import { FrameBatcher } from '../../../compose/schedule/frame-batcher.ts';

/** A window whose animation frames run when the test says so; each frame's callbacks run together, in order. */
function fakeWindow() {
  let callbacks = new Map<number, FrameRequestCallback>();
  let next = 1;
  const win = {
    requestAnimationFrame(callback: FrameRequestCallback) {
      callbacks.set(next, callback);
      return next++;
    },
    cancelAnimationFrame(id: number) {
      callbacks.delete(id);
    },
    MessageChannel,
  } as unknown as Window;
  return {
    win,
    /** Runs the animation callbacks asked for so far, as one frame. */
    frame() {
      const now = callbacks;
      callbacks = new Map();
      for (const callback of now.values()) callback(0);
    },
  };
}

/** Lets queued tasks (the batcher's message) run. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('FrameBatcher', () => {
  test('runs many requests once, in the next frame', () => {
    const { win, frame } = fakeWindow();
    const work = vi.fn();
    const batcher = new FrameBatcher(win, work);
    batcher.request();
    batcher.request();
    expect(work).not.toHaveBeenCalled();
    frame();
    expect(work).toHaveBeenCalledTimes(1);
    batcher.dispose();
  });

  test('work asked for after the frame runs in a task after the frame callbacks, not in them, and once', async () => {
    const { win, frame } = fakeWindow();
    const order: string[] = [];
    const batcher = new FrameBatcher(win, () => order.push('work'));
    batcher.request(true);
    // The page's own frame callback, asked for after ours: it still runs before our work.
    win.requestAnimationFrame(() => order.push('page frame'));
    frame();
    expect(order).toEqual(['page frame']);
    await nextTask();
    expect(order).toEqual(['page frame', 'work']);
    frame();
    await nextTask();
    expect(order).toEqual(['page frame', 'work']);
    batcher.dispose();
  });

  test('a request for the frame itself, before it starts, brings late work back into the frame', () => {
    const { win, frame } = fakeWindow();
    const work = vi.fn();
    const batcher = new FrameBatcher(win, work);
    batcher.request(true);
    batcher.request();
    frame();
    expect(work).toHaveBeenCalledTimes(1);
    batcher.dispose();
  });

  test('a late request does not delay work already due in the frame', () => {
    const { win, frame } = fakeWindow();
    const work = vi.fn();
    const batcher = new FrameBatcher(win, work);
    batcher.request();
    batcher.request(true);
    frame();
    expect(work).toHaveBeenCalledTimes(1);
    batcher.dispose();
  });

  test('without frames (a background tab) the work still runs, once', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { win } = fakeWindow();
      const work = vi.fn();
      const batcher = new FrameBatcher(win, work);
      batcher.request(true);
      vi.advanceTimersByTime(300);
      expect(work).toHaveBeenCalledTimes(1);
      batcher.dispose();
    } finally {
      vi.useRealTimers();
    }
  });

  test('dispose drops pending work, late or not', async () => {
    const { win, frame } = fakeWindow();
    const work = vi.fn();
    const late = new FrameBatcher(win, work);
    late.request(true);
    frame();
    late.dispose();
    const due = new FrameBatcher(win, work);
    due.request();
    due.dispose();
    frame();
    await nextTask();
    expect(work).not.toHaveBeenCalled();
  });
});
