/**
 * Keeps the set of compose boxes in one document current: the boxes present at load, boxes that appear
 * later (Gmail and Outlook build compose windows on demand), boxes that change their editability or
 * opt out, boxes removed from the page, and same-origin iframes that hold boxes of their own.
 *
 * After the first scan it looks only at what changed: the nodes a mutation added and the element whose watched
 * attribute changed, each with what is under it. A page that appends messages or toggles attributes all day (a chat)
 * never pays for a scan of its whole document.
 */
import { composeBoxOf, findComposeBoxes } from './find-boxes.ts';

export interface BoxWatcherEvents {
  /** A new box to track. */
  found(box: HTMLElement): void;
  /** Nodes were removed, or a box stopped being one: check what is still connected. */
  lost(box: HTMLElement | null): void;
  /** A same-origin iframe's document, which gets a watcher of its own. */
  frame(doc: Document): void;
  /** Whether a box is tracked already. */
  isTracked(box: HTMLElement): boolean;
  /** Whether a node is inside a tracked box (its own edits need no scan). */
  isInsideTracked(node: Node): boolean;
}

/** How long to gather mutations before scanning for new boxes. */
const SCAN_DELAY = 80;

export class BoxWatcher {
  private observer: MutationObserver | null = null;
  private scanTimer: ReturnType<typeof setTimeout> | null = null;
  /** Added elements and elements whose attributes changed, to look at (with what is under them) in the next scan. */
  private readonly pending = new Set<Element>();
  private readonly frames = new WeakSet<HTMLIFrameElement>();
  private readonly onFocusIn = (event: Event) => this.consider(event.composedPath()[0] as Element | null);
  private readonly onFrameLoad = (event: Event) => this.reportFrame(event.target as HTMLIFrameElement);

  constructor(
    private readonly doc: Document,
    private readonly events: BoxWatcherEvents,
  ) {}

  start(): void {
    const win = this.doc.defaultView;
    if (!win) return;
    this.scan();
    this.observer = new win.MutationObserver((records) => this.onMutations(records));
    this.observer.observe(this.doc, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['contenteditable', 'role', 'data-gramm', 'data-business-lens', 'readonly', 'disabled'],
    });
    // A focused editable is a box even when no mutation told us about it (designMode, late attributes).
    this.doc.addEventListener('focusin', this.onFocusIn, true);
    this.doc.addEventListener('load', this.onFrameLoad, true);
  }

  /** Scans the whole document for boxes and frames not seen yet. */
  scan(): void {
    this.scanTimer = null;
    for (const box of findComposeBoxes(this.doc)) if (!this.events.isTracked(box)) this.events.found(box);
    if (this.doc.designMode === 'on' && this.doc.body && !this.events.isTracked(this.doc.body)) this.events.found(this.doc.body);
    this.doc.querySelectorAll('iframe').forEach((frame) => this.reportFrame(frame));
  }

  /** Looks for boxes and frames in what changed since the last scan, never in the rest of the document. */
  private scanChanges(): void {
    this.scanTimer = null;
    const roots = [...this.pending];
    this.pending.clear();
    const gathered = new Set(roots);
    for (const root of roots) {
      if (!root.isConnected || hasAncestorIn(root, gathered)) continue;
      for (const box of findComposeBoxes(root)) if (!this.events.isTracked(box)) this.events.found(box);
      if (root.tagName === 'IFRAME') this.reportFrame(root as HTMLIFrameElement);
      root.querySelectorAll('iframe').forEach((frame) => this.reportFrame(frame));
    }
    if (this.doc.designMode === 'on' && this.doc.body && !this.events.isTracked(this.doc.body)) this.events.found(this.doc.body);
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.scanTimer !== null) clearTimeout(this.scanTimer);
    this.scanTimer = null;
    this.pending.clear();
    this.doc.removeEventListener('focusin', this.onFocusIn, true);
    this.doc.removeEventListener('load', this.onFrameLoad, true);
  }

  private onMutations(records: MutationRecord[]): void {
    let removed = false;
    for (const record of records) {
      if (record.type === 'attributes') {
        const target = record.target as HTMLElement;
        if (this.events.isTracked(target) && composeBoxOf(target) !== target) this.events.lost(target);
        else this.pending.add(target);
        continue;
      }
      if (record.removedNodes.length > 0) removed = true;
      // A tracked box's own edits add nodes inside it: those are never boxes of their own.
      if (this.events.isInsideTracked(record.target)) continue;
      for (const node of record.addedNodes) if (node.nodeType === 1) this.pending.add(node as Element);
    }
    if (removed) this.events.lost(null);
    if (this.pending.size > 0 && this.scanTimer === null) this.scanTimer = setTimeout(() => this.scanChanges(), SCAN_DELAY);
  }

  private consider(target: Element | null): void {
    if (!target || target.nodeType !== 1) return;
    const box = composeBoxOf(target) ?? (target.closest?.('[contenteditable]') ? composeBoxOf(topEditable(target)) : null);
    if (box && !this.events.isTracked(box)) this.events.found(box);
  }

  private reportFrame(frame: HTMLIFrameElement): void {
    if (frame.tagName !== 'IFRAME') return;
    if (!this.frames.has(frame)) {
      this.frames.add(frame);
      frame.addEventListener('load', () => this.reportFrame(frame));
    }
    let doc: Document | null;
    try {
      doc = frame.contentDocument; // null or a throw for cross-origin frames: those are not ours to read
    } catch {
      doc = null;
    }
    if (doc && doc.documentElement) this.events.frame(doc);
  }
}

function topEditable(element: Element): Element {
  let top = element;
  for (let node = element.parentElement; node && node.isContentEditable; node = node.parentElement) top = node;
  return top;
}

/** Whether an ancestor of `element` is in `set` (then the ancestor's scan covers it). */
function hasAncestorIn(element: Element, set: ReadonlySet<Element>): boolean {
  for (let node = element.parentElement; node; node = node.parentElement) if (set.has(node)) return true;
  return false;
}
