/**
 * Keeps the set of compose boxes in one document current: the boxes present at load, boxes that appear
 * later (Gmail and Outlook build compose windows on demand), boxes that change their editability or
 * opt out, boxes removed from the page, and same-origin iframes that hold boxes of their own.
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

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.scanTimer !== null) clearTimeout(this.scanTimer);
    this.doc.removeEventListener('focusin', this.onFocusIn, true);
    this.doc.removeEventListener('load', this.onFrameLoad, true);
  }

  private onMutations(records: MutationRecord[]): void {
    let added = false;
    let removed = false;
    for (const record of records) {
      if (record.type === 'attributes') {
        const target = record.target as HTMLElement;
        if (this.events.isTracked(target) && composeBoxOf(target) !== target) this.events.lost(target);
        else added = true;
        continue;
      }
      if (record.removedNodes.length > 0) removed = true;
      if (!added && this.events.isInsideTracked(record.target)) continue;
      for (const node of record.addedNodes) {
        if (node.nodeType === 1) {
          added = true;
          break;
        }
      }
    }
    if (removed) this.events.lost(null);
    if (added && this.scanTimer === null) this.scanTimer = setTimeout(() => this.scan(), SCAN_DELAY);
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
