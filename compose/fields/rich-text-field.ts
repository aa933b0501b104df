/**
 * A contenteditable editor as a TextField: text read through an offset map, marks as live DOM ranges,
 * fixes written through the editor's input path. Editor adapters give the extraction rules and input method.
 */
import { extractText, type ExtractionRules, type TextSnapshot } from '../text/extract.ts';
import { writeLines, writeText, selectRange, type InputMethod, type LinesMethod } from '../input/input-path.ts';
import { waitForEditor } from '../input/await-editor.ts';
import { clippingAncestors, visibleRectOf } from '../geometry/visible-rect.ts';
import { NOT_TAKEN, TEXT_CHANGED, refused, type MarkAnchor, type TextField } from './text-field.ts';
import type { ApplyOutcome } from '../types.ts';

export interface RichTextOptions {
  rules: ExtractionRules;
  input: InputMethod;
  /** How text of several paragraphs is written (the composed update); the browser's editing command by default. */
  lines?: LinesMethod;
}

export class RichTextField implements TextField {
  readonly kind = 'dom' as const;
  private snapshot: TextSnapshot;
  private clippers: Element[] | null = null;
  /**
   * Where the caret last was inside this field, so the popup can insert there after taking focus. Kept as
   * node and offset, not as a Range: the selection changes on every keystroke, and each Range made then
   * would stay live (updated by every later edit) until collected.
   */
  private lastCaret: { anchor: Node; anchorOffset: number; focus: Node; focusOffset: number } | null = null;
  private readonly onSelectionChange = () => this.rememberCaret();

  constructor(
    readonly element: HTMLElement,
    private readonly options: RichTextOptions,
  ) {
    this.snapshot = extractText(element, options.rules);
    element.ownerDocument.addEventListener('selectionchange', this.onSelectionChange);
  }

  read(): string {
    this.snapshot = extractText(this.element, this.options.rules);
    return this.snapshot.text;
  }

  latest(): string {
    return this.snapshot.text;
  }

  anchor(start: number, end: number): MarkAnchor | null {
    const range = this.snapshot.map.rangeFor(start, end, this.element.ownerDocument);
    if (!range) return null;
    return {
      range,
      rects: () => Array.from(range.getClientRects()).filter((r) => r.width > 0 || r.height > 0),
      currentOffsets: () => {
        if (range.collapsed && start !== end) return null;
        const from = this.snapshot.map.offsetOf(range.startContainer, range.startOffset);
        const to = this.snapshot.map.offsetOf(range.endContainer, range.endOffset);
        return from === null || to === null || to < from ? null : { start: from, end: to };
      },
    };
  }

  async replace(start: number, end: number, expected: string, text: string): Promise<ApplyOutcome> {
    const before = this.read();
    if (before.slice(start, end) !== expected) return refused(TEXT_CHANGED);
    if (expected.includes('\n')) return refused('That fix would join separate lines, so it was not applied.');
    const range = this.snapshot.map.rangeFor(start, end, this.element.ownerDocument);
    if (!range) return refused(TEXT_CHANGED);
    const wanted = before.slice(0, start) + text.replace(/[\n\r\t\u00a0]/g, ' ') + before.slice(end);
    if (!(await writeText(this.element, range, text, this.options.input))) {
      return refused(this.read().slice(start, end) === expected ? NOT_TAKEN : TEXT_CHANGED);
    }
    const ok = await waitForEditor(() => this.read() === wanted, this.element.ownerDocument.defaultView);
    return ok ? { ok: true } : refused(NOT_TAKEN);
  }

  async insertAtCaret(text: string): Promise<ApplyOutcome> {
    const range = this.currentCaret() ?? this.rememberedCaret() ?? this.endOfText();
    if (!range) return refused('Place the cursor in the message first.');
    const before = this.read();
    const start = this.snapshot.map.offsetOf(range.startContainer, range.startOffset);
    const end = this.snapshot.map.offsetOf(range.endContainer, range.endOffset);
    if (!(await writeText(this.element, range, text, this.options.input))) return refused(NOT_TAKEN);
    if (start === null || end === null) return { ok: true };
    const wanted = before.slice(0, start) + text.replace(/[\n\r\t\u00a0]/g, ' ') + before.slice(end);
    const ok = await waitForEditor(() => this.read() === wanted, this.element.ownerDocument.defaultView);
    return ok ? { ok: true } : refused(NOT_TAKEN);
  }

  async insertParagraphs(fit: (text: string, at: number) => string): Promise<ApplyOutcome> {
    const range = this.currentCaret() ?? this.rememberedCaret() ?? this.endOfText();
    if (!range) return refused('Place the cursor in the message first.');
    // After any selected words, never over them.
    range.collapse(false);
    const before = this.read();
    const at = this.snapshot.map.offsetOf(range.endContainer, range.endOffset) ?? before.length;
    const text = fit(before, at);
    if (!text) return { ok: true };
    if (!(await writeLines(this.element, range, text, this.options.lines ?? 'exec-command'))) return refused(NOT_TAKEN);
    // Editors make paragraphs their own way: a blank line may become a paragraph edge, or a line break a soft break.
    // Every line must arrive, in order, between the writer's text before and after.
    const wanted = lines(before.slice(0, at) + text + before.slice(at));
    const ok = await waitForEditor(() => lines(this.read()) === wanted, this.element.ownerDocument.defaultView);
    return ok ? { ok: true } : refused(NOT_TAKEN);
  }

  caretOffset(): number | null {
    const caret = this.currentCaret() ?? this.rememberedCaret();
    return caret ? this.snapshot.map.offsetOf(caret.startContainer, caret.startOffset) : null;
  }

  selectionOffsets(): { start: number; end: number } | null {
    const range = this.currentCaret() ?? this.rememberedCaret();
    if (!range) return null;
    const start = this.snapshot.map.offsetOf(range.startContainer, range.startOffset);
    const end = this.snapshot.map.offsetOf(range.endContainer, range.endOffset);
    return start === null ? null : { start, end: end ?? start };
  }

  reveal(start: number, end: number): void {
    const range = this.snapshot.map.rangeFor(start, end, this.element.ownerDocument);
    const node = range?.startContainer;
    const target = node ? (node.nodeType === 1 ? (node as Element) : node.parentElement) : null;
    target?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }

  visibleRect(): DOMRect {
    this.clippers ??= clippingAncestors(this.element);
    return visibleRectOf(this.element, this.clippers);
  }

  /** Layout changed: scrolling ancestors may have changed too. */
  layoutChanged(): void {
    this.clippers = null;
  }

  placeCaret(offset: number): void {
    const range = this.snapshot.map.rangeFor(offset, offset, this.element.ownerDocument);
    if (range) selectRange(this.element, range);
    else this.element.focus({ preventScroll: true });
  }

  dispose(): void {
    this.element.ownerDocument.removeEventListener('selectionchange', this.onSelectionChange);
    this.lastCaret = null;
  }

  private currentCaret(): Range | null {
    const selection = this.element.ownerDocument.getSelection();
    if (!selection || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    return this.element.contains(range.startContainer) && this.element.contains(range.endContainer) ? range.cloneRange() : null;
  }

  private rememberCaret(): void {
    const selection = this.element.ownerDocument.getSelection();
    const { anchorNode, focusNode } = selection ?? {};
    if (!selection || !anchorNode || !focusNode || !this.element.contains(anchorNode) || !this.element.contains(focusNode)) return;
    this.lastCaret = { anchor: anchorNode, anchorOffset: selection.anchorOffset, focus: focusNode, focusOffset: selection.focusOffset };
  }

  /** The remembered caret as a range, if its nodes are still in this field. */
  private rememberedCaret(): Range | null {
    const caret = this.lastCaret;
    if (!caret || !this.element.contains(caret.anchor) || !this.element.contains(caret.focus)) return null;
    const range = this.element.ownerDocument.createRange();
    const clamp = (node: Node, offset: number) =>
      Math.min(offset, node.nodeType === Node.TEXT_NODE ? (node as Text).length : node.childNodes.length);
    range.setStart(caret.anchor, clamp(caret.anchor, caret.anchorOffset));
    range.setEnd(caret.focus, clamp(caret.focus, caret.focusOffset));
    // A selection made backwards has its focus first: setting an end before the start collapses the range.
    const sameEnds = caret.anchor === caret.focus && caret.anchorOffset === caret.focusOffset;
    if (range.collapsed && !sameEnds) {
      range.setStart(caret.focus, clamp(caret.focus, caret.focusOffset));
      range.setEnd(caret.anchor, clamp(caret.anchor, caret.anchorOffset));
    }
    return range;
  }

  private endOfText(): Range | null {
    const range = this.element.ownerDocument.createRange();
    range.selectNodeContents(this.element);
    range.collapse(false);
    return range;
  }
}

/** Text as its lines of words: spaces of any kind as one, blank lines and spaces at line ends dropped. */
function lines(text: string): string {
  return text
    .replace(/[\u00a0\t ]+/g, ' ')
    .replace(/ ?\n[\n ]*/g, '\n')
    .trim();
}
