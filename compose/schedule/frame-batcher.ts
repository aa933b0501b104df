/**
 * Runs work at most once per animation frame, however many events asked for it: scrolling, typing and
 * selection changes each request a redraw, and one frame draws them all.
 */
export class FrameBatcher {
  private frame: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly win: Window,
    private readonly work: () => void,
  ) {}

  request(): void {
    if (this.frame !== null || this.timer !== null) return;
    const run = () => {
      if (this.frame !== null) this.win.cancelAnimationFrame(this.frame);
      if (this.timer !== null) clearTimeout(this.timer);
      this.frame = null;
      this.timer = null;
      this.work();
    };
    this.frame = this.win.requestAnimationFrame(run);
    // Background tabs run no frames; draw anyway, later, so state is right when the tab shows.
    this.timer = setTimeout(run, 250);
  }

  dispose(): void {
    if (this.frame !== null) this.win.cancelAnimationFrame(this.frame);
    if (this.timer !== null) clearTimeout(this.timer);
    this.frame = null;
    this.timer = null;
  }
}
