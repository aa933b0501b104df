import { afterEach, describe, expect, test, vi } from 'vitest';
import { IdleDebouncer } from '../../../compose/schedule/idle-debouncer.ts';

afterEach(() => vi.useRealTimers());

describe('IdleDebouncer', () => {
  test('runs once after the writer pauses, not on every keystroke', () => {
    vi.useFakeTimers();
    const work = vi.fn();
    const debouncer = new IdleDebouncer({} as Window, work, 150, 700);
    for (let i = 0; i < 5; i++) {
      debouncer.poke();
      vi.advanceTimersByTime(20);
    }
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(work).toHaveBeenCalledTimes(1);
  });

  test('while typing goes on, runs at least every maxWait', () => {
    vi.useFakeTimers();
    const work = vi.fn();
    const debouncer = new IdleDebouncer({} as Window, work, 150, 700);
    for (let i = 0; i < 100; i++) {
      debouncer.poke();
      vi.advanceTimersByTime(20); // 50 keys a second for two seconds
    }
    expect(work.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(work.mock.calls.length).toBeLessThanOrEqual(4);
  });

  test('cancel drops pending work', () => {
    vi.useFakeTimers();
    const work = vi.fn();
    const debouncer = new IdleDebouncer({} as Window, work, 150, 700);
    debouncer.poke();
    debouncer.cancel();
    vi.advanceTimersByTime(1_000);
    expect(work).not.toHaveBeenCalled();
  });
});
