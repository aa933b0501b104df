/**
 * A `<textarea>` as a TextField. Its text is its value; marks are offsets that follow edits between
 * analyses and are measured on a mirror; fixes go through the browser's editing command so Ctrl+Z works.
 */
import { TextareaMirror } from './textarea-mirror.ts';
import { editSpan } from '../text/edit-span.ts';
import { waitForEditor } from '../input/await-editor.ts';
import { clippingAncestors, intersects, visibleRectOf } from '../geometry/visible-rect.ts';
import { NOT_TAKEN, TEXT_CHANGED, refused, type MarkAnchor, type TextField } from './text-field.ts';
import type { ApplyOutcome } from '../types.ts';

/** A mark's offsets, moved along by edits made after the reading it came from. */
interface OffsetAnchor extends MarkAnchor {
  start: number;
  end: number;
  alive: boolean;
}

export class TextareaField implements TextField {
  readonly kind = 'textarea' as const;
  private text: string;
  private valueSeen: string;
  private readonly anchors = new Set<OffsetAnchor>();
  private clippers: Element[] | null = null;
  /** The visible part measured in this task. */
  private clip: DOMRect | null = null;
  private readonly mirror: TextareaMirror;
  private readonly onInput = () => this.followEdit();
  /** Text before this offset has not moved since `unmovedBefore` was last asked (see followEdit). */
  private unmoved = Infinity;

  constructor(
    readonly element: HTMLTextAreaElement,
    mirrorContainer: HTMLElement,
  ) {
    this.text = element.value;
    this.valueSeen = element.value;
    this.mirror = new TextareaMirror(element, mirrorContainer);
    element.addEventListener('input', this.onInput);
  }

  read(): string {
    this.followEdit();
    this.text = this.element.value;
    return this.text;
  }

  /** A textarea's anchors follow every edit, so its latest reading is simply its value now. */
  latest(): string {
    this.followEdit();
    return this.element.value;
  }

  anchor(start: number, end: number): MarkAnchor | null {
    if (start < 0 || end > this.text.length || end < start) return null;
    const anchor: OffsetAnchor = {
      start,
      end,
      alive: true,
      range: null,
      rects: () => {
        if (!anchor.alive) return [];
        const clip = this.visibleRect();
        return this.mirror.rectsFor(anchor.start, anchor.end, anchor).filter((r) => intersects(r, clip));
      },
      currentOffsets: () => {
        this.followEdit();
        return anchor.alive ? { start: anchor.start, end: anchor.end } : null;
      },
      release: () => {
        anchor.alive = false;
        this.anchors.delete(anchor);
      },
    };
    this.anchors.add(anchor);
    return anchor;
  }

  async replace(start: number, end: number, expected: string, text: string): Promise<ApplyOutcome> {
    const value = this.element.value;
    if (value.slice(start, end) !== expected) return refused(TEXT_CHANGED);
    const wanted = value.slice(0, start) + text + value.slice(end);
    this.element.focus({ preventScroll: true });
    this.element.setSelectionRange(start, end);
    if (!this.exec(text)) return refused(NOT_TAKEN);
    const ok = await waitForEditor(() => this.element.value === wanted, this.element.ownerDocument.defaultView);
    return ok ? { ok: true } : refused(NOT_TAKEN);
  }

  async insertAtCaret(text: string): Promise<ApplyOutcome> {
    const { selectionStart, selectionEnd, value } = this.element;
    const wanted = value.slice(0, selectionStart) + text + value.slice(selectionEnd);
    this.element.focus({ preventScroll: true });
    this.element.setSelectionRange(selectionStart, selectionEnd);
    if (!this.exec(text)) return refused(NOT_TAKEN);
    const ok = await waitForEditor(() => this.element.value === wanted, this.element.ownerDocument.defaultView);
    return ok ? { ok: true } : refused(NOT_TAKEN);
  }

  async insertParagraphs(fit: (text: string, at: number) => string): Promise<ApplyOutcome> {
    const { selectionEnd: at, value } = this.element;
    const text = fit(value, at);
    if (!text) return { ok: true };
    const wanted = value.slice(0, at) + text + value.slice(at);
    this.element.focus({ preventScroll: true });
    // Collapsed after any selected words: the writer's text stays. Setting the selection also ends the browser's
    // typing run, so Ctrl+Z takes out this insertion alone, not the words typed just before it.
    this.element.setSelectionRange(at, at);
    if (!this.exec(text)) return refused(NOT_TAKEN);
    const ok = await waitForEditor(() => this.element.value === wanted, this.element.ownerDocument.defaultView);
    return ok ? { ok: true } : refused(NOT_TAKEN);
  }

  placeCaret(offset: number): void {
    this.element.focus({ preventScroll: true });
    this.element.setSelectionRange(offset, offset);
  }

  caretOffset(): number | null {
    return this.element.selectionStart;
  }

  selectionOffsets(): { start: number; end: number } {
    return { start: this.element.selectionStart, end: this.element.selectionEnd };
  }

  reveal(start: number): void {
    const top = this.mirror.contentTopOf(start);
    if (top !== null && (top < this.element.scrollTop || top > this.element.scrollTop + this.element.clientHeight - 20)) {
      this.element.scrollTop = Math.max(0, top - this.element.clientHeight / 3);
    }
    this.element.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    // Measurements cached for this task predate the scroll.
    this.clip = null;
    this.mirror.resync();
  }

  visibleRect(): DOMRect {
    // Every mark's rects() asks for this while a frame measures dozens of marks: measure once per task.
    if (this.clip) return this.clip;
    this.clippers ??= clippingAncestors(this.element);
    const clip = visibleRectOf(this.element, this.clippers);
    this.clip = clip;
    queueMicrotask(() => (this.clip = null));
    return clip;
  }

  textBetween(top: number, bottom: number): { start: number; end: number } | null {
    this.followEdit();
    return this.mirror.textBetween(top, bottom);
  }

  unmovedBefore(): number {
    this.followEdit();
    const unmoved = this.unmoved;
    this.unmoved = Infinity;
    return unmoved;
  }

  layoutChanged(): void {
    this.clippers = null;
    this.clip = null;
    this.mirror.invalidateStyles();
  }

  dispose(): void {
    this.element.removeEventListener('input', this.onInput);
    this.mirror.dispose();
    this.anchors.clear();
  }

  /** The browser's editing command keeps the textarea's undo stack; the direct write is a last resort. */
  private exec(text: string): boolean {
    const doc = this.element.ownerDocument;
    try {
      if (text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text)) return true;
    } catch {
      // fall through
    }
    return false;
  }

  /** Moves live anchors across the edit between the value last seen and the value now. */
  followEdit(): void {
    const before = this.valueSeen;
    const after = this.element.value;
    if (before === after) return;
    this.valueSeen = after;
    this.mirror.resync();
    // The caret sits just after what was typed: a hint that makes this cheap in long messages.
    const { prefix, suffix } = editSpan(before, after, this.element.selectionEnd ?? 0);
    const oldEnd = before.length - suffix;
    const delta = after.length - before.length;
    // Text inserted into left-to-right, start-aligned lines moves nothing before the word it lands in (a line
    // breaks between words, so that word may move to the next line); removing text may pull later lines up, and
    // centred, right-aligned or justified lines move as a whole.
    this.unmoved = oldEnd > prefix || !this.mirror.flowsForward() ? 0 : Math.min(this.unmoved, wordStart(after, prefix));
    for (const anchor of this.anchors) {
      if (!anchor.alive) continue;
      if (anchor.end <= prefix) continue;
      if (anchor.start >= oldEnd) {
        anchor.start += delta;
        anchor.end += delta;
      } else anchor.alive = false;
    }
  }
}

/** Where the run of non-space characters that ends at `offset` starts. */
function wordStart(text: string, offset: number): number {
  let at = offset;
  while (at > 0 && !/\s/.test(text[at - 1]!)) at--;
  return at;
}
