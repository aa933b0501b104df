/**
 * A hidden copy of a textarea's text, laid out exactly like it, in our own shadow root. A textarea has no
 * DOM text to measure, so marks are measured on the copy: same box, same font, same wrapping, same scroll.
 *
 * The copy holds one block per line of the value (a line break in a textarea always starts a new line, so
 * the wrapping is the same). With the whole value in one text node, every keystroke made the browser lay
 * out and shape the entire message again, and every measurement walked all its lines: over 20 ms a key at
 * 10,000 words. With a block per line, an edit lays out only the line it touched, and a mark is measured
 * within its own line. The line blocks sit in chunks of about CHUNK_LINES: laying out the copy after an edit
 * walks its children, and 400 of them cost about 1 ms a key at 10,000 words, a few dozen chunks a quarter of that.
 */

/** Lines per chunk as the copy is built; a chunk that grows to twice this by typing is split in two. */
export const CHUNK_LINES = 16;

/** The computed properties that decide where a textarea's characters land. */
const COPIED = [
  'boxSizing',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderTopStyle',
  'borderRightStyle',
  'borderBottomStyle',
  'borderLeftStyle',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'fontStyle',
  'fontVariant',
  'fontWeight',
  'fontStretch',
  'fontSize',
  'fontSizeAdjust',
  'lineHeight',
  'fontFamily',
  'fontFeatureSettings',
  'fontKerning',
  'textAlign',
  'textTransform',
  'textIndent',
  'letterSpacing',
  'wordSpacing',
  'tabSize',
  'whiteSpace',
  'wordBreak',
  'overflowWrap',
  'direction',
  'writingMode',
  'textRendering',
] as const;

/** One line of the value: its block, its text node, and the text it holds. */
interface MirrorLine {
  block: HTMLDivElement;
  text: Text;
  value: string;
  /** Changes whenever the line's text does. */
  version: number;
  /** The block's height when last measured, and the `wrapEpoch` it was measured in. */
  height: number;
  heightAt: number;
}

/** Boxes measured for a mark, and what they depend on: the lines under it and where in them it sits. */
interface Measurement {
  epoch: number;
  from: MirrorLine;
  fromVersion: number;
  fromColumn: number;
  to: MirrorLine;
  toVersion: number;
  toColumn: number;
  rects: DOMRect[];
}

export class TextareaMirror {
  private readonly box: HTMLDivElement;
  private lines: MirrorLine[] = [];
  /** Offset in the value where each line starts. */
  private starts: number[] = [];
  private stylesCopied = false;
  /** The textarea's computed style (live), and the values of COPIED last copied from it. */
  private computed: CSSStyleDeclaration | null = null;
  private copiedValues = '';
  private mirroredValue: string | null = null;
  /** One range reused for every measurement: each new Range stays live (updated by every edit) until collected. */
  private readonly range: Range;
  /** The box and scroll last written, so an unchanged frame writes nothing. */
  private placed = '';
  /** Synced in the current task. */
  private synced = false;
  /**
   * Changes whenever text may have moved other than inside edited lines: the box moved or scrolled, styles
   * changed, lines came or went, or an edited line changed height. While it stands, a mark on lines whose
   * text did not change is where it was: typing re-measures the marks on the line typed in, not every mark.
   */
  private epoch = 0;
  /** Changes when line wrapping may have changed for every line (styles, the box's width). */
  private wrapEpoch = 0;
  private width = NaN;
  private versions = 0;
  /** Lines whose text changed since their height was last checked. */
  private edited: MirrorLine[] = [];
  private readonly measured = new WeakMap<object, Measurement>();
  private between: { epoch: number; top: number; bottom: number; first: number; last: number } | null = null;

  constructor(
    private readonly textarea: HTMLTextAreaElement,
    container: HTMLElement,
  ) {
    const doc = container.ownerDocument;
    this.box = doc.createElement('div');
    this.box.className = 'bl-mirror';
    this.box.setAttribute('aria-hidden', 'true');
    container.append(this.box);
    this.range = doc.createRange();
  }

  /**
   * Whether lines fill from the left and text typed into a line moves nothing before it: left-to-right,
   * start- or left-aligned. From the styles last copied, so it costs no style read; false before the first.
   */
  flowsForward(): boolean {
    if (!this.stylesCopied) return false;
    const { direction, textAlign } = this.box.style;
    // Left unset, the copy aligns to the start, as the textarea does.
    return direction === 'ltr' && (textAlign === 'start' || textAlign === 'left' || textAlign === '');
  }

  /** The textarea's value or scroll changed: sync again before the next measurement, even in this task. */
  resync(): void {
    this.synced = false;
  }

  /** The textarea's font or size changed: copy its styles again before the next measurement. */
  invalidateStyles(): void {
    this.stylesCopied = false;
    this.placed = '';
    this.synced = false;
  }

  /**
   * Line boxes of [start, end) of the textarea's value, in viewport coordinates. With a `key` (the mark),
   * the boxes last measured for it are reused while nothing they depend on changed; don't change the array.
   */
  rectsFor(start: number, end: number, key?: object): DOMRect[] {
    this.sync();
    const length = this.mirroredValue?.length ?? 0;
    if (start > length || this.lines.length === 0) return [];
    const from = this.position(Math.min(start, length));
    const to = this.position(Math.min(end, length));
    // Lines between the first and the last could change without moving either; such marks are always measured.
    const last = key && from.line === to.line ? this.measured.get(key) : undefined;
    if (
      last &&
      last.epoch === this.epoch &&
      last.from === from.line &&
      last.fromVersion === from.line.version &&
      last.fromColumn === from.offset &&
      last.to === to.line &&
      last.toVersion === to.line.version &&
      last.toColumn === to.offset
    ) {
      return last.rects;
    }
    const range = this.range;
    range.setStart(from.line.text, from.offset);
    range.setEnd(to.line.text, to.offset);
    const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 || r.height > 0);
    if (key && from.line === to.line) {
      this.measured.set(key, {
        epoch: this.epoch,
        from: from.line,
        fromVersion: from.line.version,
        fromColumn: from.offset,
        to: to.line,
        toVersion: to.line.version,
        toColumn: to.offset,
        rects,
      });
    }
    return rects;
  }

  /**
   * Offsets of the lines laid out between two heights of the viewport: a binary search over the line
   * blocks, which stack top to bottom, so a keystroke measures a dozen blocks instead of every mark.
   */
  textBetween(top: number, bottom: number): { start: number; end: number } | null {
    this.sync();
    const lines = this.lines;
    if (lines.length === 0) return null;
    const known = this.between;
    if (known && known.epoch === this.epoch && known.top === top && known.bottom === bottom) return this.spanOf(known.first, known.last);
    // First line whose block ends below `top`, and last line whose block starts above `bottom`.
    let low = 0;
    let high = lines.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (lines[mid]!.block.getBoundingClientRect().bottom < top) low = mid + 1;
      else high = mid;
    }
    const first = low;
    high = lines.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (lines[mid]!.block.getBoundingClientRect().top <= bottom) low = mid + 1;
      else high = mid;
    }
    const last = low - 1;
    this.between = { epoch: this.epoch, top, bottom, first, last };
    return this.spanOf(first, last);
  }

  private spanOf(first: number, last: number): { start: number; end: number } | null {
    if (last < first) return null;
    return { start: this.starts[first]!, end: this.starts[last]! + this.lines[last]!.value.length };
  }

  /** Where an offset sits inside the textarea's scrolled content, for scrolling it into view. */
  contentTopOf(offset: number): number | null {
    const rect = this.rectsFor(offset, Math.min(offset + 1, this.textarea.value.length))[0];
    if (!rect) return null;
    return rect.top - this.box.getBoundingClientRect().top + this.box.scrollTop;
  }

  dispose(): void {
    this.box.remove();
    this.lines = [];
    this.starts = [];
  }

  /** The line and column of an offset in the value (a line's end is the line's last position). */
  private position(offset: number): { line: MirrorLine; offset: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    const line = this.lines[low]!;
    return { line, offset: Math.min(offset - this.starts[low]!, line.value.length) };
  }

  /**
   * Brings the copy in line with the textarea: styles when stale, text when changed, box and scroll always.
   * Once per task: a frame measures dozens of marks, and nothing can edit the textarea between them.
   */
  private sync(): void {
    if (this.synced) return;
    this.synced = true;
    queueMicrotask(() => (this.synced = false));
    const style = this.box.style;
    const win = this.textarea.ownerDocument.defaultView;
    this.computed ??= win?.getComputedStyle(this.textarea) ?? null;
    const computed = this.computed;
    // A page can restyle the textarea without resizing it (a class on focus, a theme, a larger font in the same
    // box): compared each time, as the copy would otherwise wrap and place the text as it was. Reading the live
    // style costs microseconds once the frame's style is up to date.
    const values = computed ? COPIED.map((property) => computed[property as 'color']) : [];
    const joined = values.join('|');
    if (joined !== this.copiedValues) this.stylesCopied = false;
    if (!this.stylesCopied && computed) {
      this.copiedValues = joined;
      COPIED.forEach((property, i) => (style[property as 'color'] = values[i]!));
      style.boxSizing = 'border-box';
      style.borderColor = 'transparent';
      // A textarea's scrollbar narrows its text; the copy has none, so it gets the same width as padding.
      const scrollbar =
        this.textarea.offsetWidth -
        this.textarea.clientWidth -
        parseFloat(computed.borderLeftWidth) -
        parseFloat(computed.borderRightWidth);
      style.paddingRight = `${parseFloat(computed.paddingRight) + Math.max(0, scrollbar)}px`;
      this.stylesCopied = true;
      this.epoch++;
      this.wrapEpoch++;
    }
    const value = this.textarea.value;
    if (value !== this.mirroredValue) {
      this.setText(value);
      this.mirroredValue = value;
    }
    const rect = this.textarea.getBoundingClientRect();
    const { scrollTop, scrollLeft } = this.textarea;
    const placed = `${rect.left},${rect.top},${rect.width},${rect.height},${scrollTop},${scrollLeft}`;
    if (placed !== this.placed) {
      if (rect.width !== this.width) this.wrapEpoch++;
      this.width = rect.width;
      this.placed = placed;
      this.epoch++;
      style.left = `${rect.left}px`;
      style.top = `${rect.top}px`;
      style.width = `${rect.width}px`;
      style.height = `${rect.height}px`;
      this.box.scrollTop = scrollTop;
      this.box.scrollLeft = scrollLeft;
    }
    // An edited line that wrapped differently moves every line below it.
    for (const line of this.edited) {
      if (!line.block.isConnected) continue;
      const height = line.block.getBoundingClientRect().height;
      if (line.heightAt !== this.wrapEpoch || height !== line.height) this.epoch++;
      line.height = height;
      line.heightAt = this.wrapEpoch;
    }
    this.edited = [];
  }

  /** Rewrites only the lines that differ: typing changes one line, so one block is laid out again. */
  private setText(value: string): void {
    const next = value.split('\n');
    const old = this.lines;
    const common = Math.min(old.length, next.length);
    let top = 0;
    while (top < common && old[top]!.value === next[top]) top++;
    let bottom = 0;
    while (bottom < common - top && old[old.length - 1 - bottom]!.value === next[next.length - 1 - bottom]) bottom++;
    const oldEnd = old.length - bottom;
    const nextEnd = next.length - bottom;
    // Lines changed in place keep their blocks; lines added or removed add or remove blocks.
    let i = top;
    for (; i < oldEnd && i < nextEnd; i++) this.setLine(old[i]!, next[i]!);
    const removed = old.slice(i, oldEnd);
    for (const line of removed) {
      const chunk = line.block.parentElement;
      line.block.remove();
      if (chunk && !chunk.firstChild) chunk.remove();
    }
    const added: MirrorLine[] = [];
    const before = old[oldEnd]?.block ?? null;
    for (let k = i; k < nextEnd; k++) {
      const line = this.newLine(next[k]!);
      this.insertLine(line.block, before);
      added.push(line);
    }
    if (removed.length > 0 || added.length > 0) this.epoch++;
    this.lines = [...old.slice(0, i), ...added, ...old.slice(oldEnd)];
    const starts = new Array<number>(next.length);
    let at = 0;
    for (let k = 0; k < next.length; k++) {
      starts[k] = at;
      at += next[k]!.length + 1;
    }
    this.starts = starts;
  }

  /**
   * Puts a line block before `before` (null: at the end), in the chunk `before` is in, or in the last chunk
   * while it has room; a chunk that grew to twice its size is split, so no chunk is long to lay out.
   */
  private insertLine(block: HTMLDivElement, before: HTMLDivElement | null): void {
    let chunk = before?.parentElement ?? (this.box.lastElementChild as HTMLElement | null);
    if (!chunk || (!before && chunk.childElementCount >= CHUNK_LINES)) {
      chunk = this.box.ownerDocument.createElement('div');
      chunk.className = 'bl-chunk';
      this.box.append(chunk);
    }
    chunk.insertBefore(block, before);
    if (chunk.childElementCount < 2 * CHUNK_LINES) return;
    const rest = this.box.ownerDocument.createElement('div');
    rest.className = 'bl-chunk';
    while (chunk.childElementCount > CHUNK_LINES) rest.prepend(chunk.lastElementChild!);
    chunk.after(rest);
  }

  private newLine(value: string): MirrorLine {
    const doc = this.box.ownerDocument;
    const line: MirrorLine = {
      block: doc.createElement('div'),
      text: doc.createTextNode(''),
      value: '',
      version: 0,
      height: NaN,
      heightAt: -1,
    };
    line.block.append(line.text);
    this.setLine(line, value, true);
    return line;
  }

  /** An empty line still takes a line's height, as it does in the textarea: a `<br>` gives it one. */
  private setLine(line: MirrorLine, value: string, fresh = false): void {
    if (!fresh && line.value === value) return;
    line.text.data = value;
    line.value = value;
    line.version = ++this.versions;
    this.edited.push(line);
    const hasBreak = line.block.lastChild !== line.text;
    if (value === '' && !hasBreak) line.block.append(this.box.ownerDocument.createElement('br'));
    else if (value !== '' && hasBreak) line.block.lastChild!.remove();
  }
}
