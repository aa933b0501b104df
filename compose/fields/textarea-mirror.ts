/**
 * A hidden copy of a textarea's text, laid out exactly like it, in our own shadow root. A textarea has no
 * DOM text to measure, so marks are measured on the copy: same box, same font, same wrapping, same scroll.
 */

/** The computed properties that decide where a textarea's characters land. */
const COPIED = [
  'boxSizing', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderTopStyle',
  'borderRightStyle', 'borderBottomStyle', 'borderLeftStyle', 'paddingTop', 'paddingRight', 'paddingBottom',
  'paddingLeft', 'fontStyle', 'fontVariant', 'fontWeight', 'fontStretch', 'fontSize', 'fontSizeAdjust',
  'lineHeight', 'fontFamily', 'fontFeatureSettings', 'fontKerning', 'textAlign', 'textTransform', 'textIndent',
  'letterSpacing', 'wordSpacing', 'tabSize', 'whiteSpace', 'wordBreak', 'overflowWrap', 'direction',
  'writingMode', 'textRendering',
] as const;

export class TextareaMirror {
  private readonly box: HTMLDivElement;
  private readonly textNode: Text;
  private stylesCopied = false;
  private mirroredValue: string | null = null;

  constructor(
    private readonly textarea: HTMLTextAreaElement,
    container: HTMLElement,
  ) {
    const doc = container.ownerDocument;
    this.box = doc.createElement('div');
    this.box.className = 'bl-mirror';
    this.box.setAttribute('aria-hidden', 'true');
    this.textNode = doc.createTextNode('');
    this.box.append(this.textNode);
    container.append(this.box);
  }

  /** The textarea's font or size changed: copy its styles again before the next measurement. */
  invalidateStyles(): void {
    this.stylesCopied = false;
  }

  /** Line boxes of [start, end) of the textarea's value, in viewport coordinates. */
  rectsFor(start: number, end: number): DOMRect[] {
    this.sync();
    const length = this.textNode.length;
    if (start > length) return [];
    const range = this.box.ownerDocument.createRange();
    range.setStart(this.textNode, Math.min(start, length));
    range.setEnd(this.textNode, Math.min(end, length));
    return Array.from(range.getClientRects()).filter((r) => r.width > 0 || r.height > 0);
  }

  /** Where an offset sits inside the textarea's scrolled content, for scrolling it into view. */
  contentTopOf(offset: number): number | null {
    const rect = this.rectsFor(offset, Math.min(offset + 1, this.textarea.value.length))[0];
    if (!rect) return null;
    return rect.top - this.box.getBoundingClientRect().top + this.box.scrollTop;
  }

  dispose(): void {
    this.box.remove();
  }

  /** Brings the copy in line with the textarea: styles when stale, text when changed, box and scroll always. */
  private sync(): void {
    const style = this.box.style;
    const win = this.textarea.ownerDocument.defaultView;
    if (!this.stylesCopied && win) {
      const computed = win.getComputedStyle(this.textarea);
      for (const property of COPIED) style[property as 'color'] = computed[property as 'color'];
      style.boxSizing = 'border-box';
      style.borderColor = 'transparent';
      // A textarea's scrollbar narrows its text; the copy has none, so it gets the same width as padding.
      const scrollbar = this.textarea.offsetWidth - this.textarea.clientWidth - parseFloat(computed.borderLeftWidth) - parseFloat(computed.borderRightWidth);
      style.paddingRight = `${parseFloat(computed.paddingRight) + Math.max(0, scrollbar)}px`;
      this.stylesCopied = true;
    }
    const value = this.textarea.value;
    if (value !== this.mirroredValue) {
      // A final line break only makes a new line when something follows it.
      this.textNode.data = value.endsWith('\n') ? value + ' ' : value;
      this.mirroredValue = value;
    }
    const rect = this.textarea.getBoundingClientRect();
    style.left = `${rect.left}px`;
    style.top = `${rect.top}px`;
    style.width = `${rect.width}px`;
    style.height = `${rect.height}px`;
    this.box.scrollTop = this.textarea.scrollTop;
    this.box.scrollLeft = this.textarea.scrollLeft;
  }
}
