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

  constructor(
    private readonly win: Window,
    private readonly work: () => void,
    private readonly delay = 150,
    private readonly maxWait = 700,
  ) {}

  /** Something changed: run the work after a pause. */
  poke(): void {
    const now = Date.now();
    this.firstPoke ??= now;
    if (this.timer !== null) clearTimeout(this.timer);
    const waited = now - this.firstPoke;
    this.timer = setTimeout(() => this.runWhenIdle(), waited >= this.maxWait ? 0 : this.delay);
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

  private runWhenIdle(): void {
    this.timer = null;
    const win = this.win as IdleWindow;
    const run = () => {
      this.idle = null;
      this.firstPoke = null;
      this.work();
    };
    if (this.idle !== null) return;
    if (typeof win.requestIdleCallback === 'function') this.idle = win.requestIdleCallback(run, { timeout: 200 });
    else run();
  }
}
