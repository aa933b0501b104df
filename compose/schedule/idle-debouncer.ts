/**
 * Runs analysis when the writer pauses, in idle time, and at least every `maxWait` ms while they keep
 * typing, so marks never lag far behind and never cost a keystroke.
 */
type IdleWindow = Window & {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

export class IdleDebouncer {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private idle: number | null = null;
  private firstPoke: number | null = null;
  private lastPoke = 0;

  constructor(
    private readonly win: Window,
    private readonly work: () => void,
    private readonly delay = 150,
    private readonly maxWait = 700,
  ) {}

  /**
   * Something changed: run the work after a pause. Called on every keystroke, so it only notes the time;
   * the one pending timer checks, when it fires, whether the writer has paused long enough.
   */
  poke(): void {
    const now = Date.now();
    this.lastPoke = now;
    this.firstPoke ??= now;
    if (this.timer === null && this.idle === null) this.timer = setTimeout(() => this.check(), this.delay);
  }

  /** Runs the work now, cancelling anything pending. */
  flush(): void {
    this.cancel();
    this.work();
  }

  cancel(): void {
    const win = this.win as IdleWindow;
    if (this.timer !== null) clearTimeout(this.timer);
    if (this.idle !== null) win.cancelIdleCallback?.(this.idle);
    this.timer = null;
    this.idle = null;
    this.firstPoke = null;
  }

  private check(): void {
    this.timer = null;
    const now = Date.now();
    const quietFor = now - this.lastPoke;
    const waiting = now - (this.firstPoke ?? now);
    if (quietFor < this.delay && waiting < this.maxWait) {
      this.timer = setTimeout(() => this.check(), Math.min(this.delay - quietFor, this.maxWait - waiting));
      return;
    }
    this.runWhenIdle();
  }

  private runWhenIdle(): void {
    const win = this.win as IdleWindow;
    const run = () => {
      this.idle = null;
      this.firstPoke = null;
      this.work();
    };
    if (typeof win.requestIdleCallback === 'function') this.idle = win.requestIdleCallback(run, { timeout: 200 });
    else run();
  }
}
