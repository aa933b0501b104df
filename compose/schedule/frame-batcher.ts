/**
 * Runs work at most once per animation frame, however many events asked for it: scrolling, typing and
 * selection changes each request a redraw, and one frame draws them all.
 *
 * Work can also be asked for *after* the next frame: it then runs in a task queued from that frame's
 * animation callbacks, so the frame shows the page's own change (a typed key) without waiting for ours, and
 * what the work draws shows in the frame after. A request for the frame itself, before that frame starts,
 * brings such work back into it.
 */
export class FrameBatcher {
  private frame: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** The pending work waits for the end of its frame. */
  private late = false;
  /** A message is on its way to run the pending work; stale ones (the timer ran it first) are ignored. */
  private posted = false;
  private channel: MessageChannel | null = null;

  constructor(
    private readonly win: Window,
    private readonly work: () => void,
  ) {}

  request(afterFrame = false): void {
    if (!afterFrame) this.late = false;
    if (this.frame !== null || this.timer !== null) return;
    this.late = afterFrame;
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = null;
      if (this.late) this.post();
      else this.run();
    });
    // Background tabs run no frames; draw anyway, later, so state is right when the tab shows.
    this.timer = setTimeout(() => this.run(), 250);
  }

  dispose(): void {
    this.cancel();
    this.channel?.port1.close();
    this.channel = null;
  }

  private run(): void {
    this.cancel();
    this.work();
  }

  private cancel(): void {
    if (this.frame !== null) this.win.cancelAnimationFrame(this.frame);
    if (this.timer !== null) clearTimeout(this.timer);
    this.frame = null;
    this.timer = null;
    this.late = false;
    this.posted = false;
  }

  /** Queues the run as a task: it comes after this frame is drawn, ahead of timers and the next frame. */
  private post(): void {
    if (!this.channel) {
      const Channel = (this.win as Window & { MessageChannel?: typeof MessageChannel }).MessageChannel ?? globalThis.MessageChannel;
      if (!Channel) {
        this.run();
        return;
      }
      this.channel = new Channel();
      this.channel.port1.onmessage = () => {
        if (this.posted) this.run();
      };
    }
    this.posted = true;
    this.channel.port2.postMessage(0);
  }
}
