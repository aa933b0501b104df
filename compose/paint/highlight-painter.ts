/**
 * Paints marks with the CSS Custom Highlight API: the browser draws them over the editor's text without a
 * single node added to the editor, and they move with the text as it reflows. One Highlight per mark kind,
 * shared by every box in the document.
 */
import { KIND_COLORS, MARK_KINDS, type MarkKind } from '../mark-kinds.ts';

/** A mark to paint: its kind and its live range. */
export interface RangeMark {
  kind: MarkKind;
  range: Range;
}

/**
 * The page shares the highlight registry (`CSS.highlights`), so it sees every name in it. Names that said the
 * product and the kind ("business-lens-jargon") told it which extension runs and what it found; ours are random
 * for each page load, the same length for every kind, and registered in a random order.
 */
export type HighlightNames = Readonly<Record<MarkKind, string>>;

/** Random names for one page load: ten lower-case letters each (a valid CSS identifier), all different. */
export function randomHighlightNames(
  random: (n: number) => Uint32Array = (n) => crypto.getRandomValues(new Uint32Array(n)),
): HighlightNames {
  const names = new Set<string>();
  while (names.size < MARK_KINDS.length) {
    names.add([...random(10)].map((value) => String.fromCharCode(97 + (value % 26))).join(''));
  }
  const list = [...names];
  return Object.fromEntries(MARK_KINDS.map((kind, i) => [kind, list[i]!])) as Record<MarkKind, string>;
}

/** Names that say their kind, for end-to-end tests that read what is drawn (see UiLayerOptions.inspectable). */
export const READABLE_HIGHLIGHT_NAMES: HighlightNames = Object.fromEntries(
  MARK_KINDS.map((kind) => [kind, `business-lens-${kind}`]),
) as Record<MarkKind, string>;

type HighlightWindow = Window & {
  Highlight?: typeof Highlight;
  CSSStyleSheet: typeof CSSStyleSheet;
  CSS?: { highlights?: HighlightRegistry };
};

/** Whether this document's browser can paint custom highlights. */
export function supportsHighlights(doc: Document): boolean {
  const win = doc.defaultView as HighlightWindow | null;
  return !!win && typeof win.Highlight === 'function' && !!win.CSS?.highlights && 'adoptedStyleSheets' in doc;
}

export class HighlightPainter {
  private readonly byOwner = new Map<object, RangeMark[]>();
  private readonly highlights = new Map<MarkKind, Highlight>();
  private readonly sheet: CSSStyleSheet;

  private readonly order: readonly MarkKind[];

  constructor(
    private readonly doc: Document,
    private readonly names: HighlightNames = randomHighlightNames(),
  ) {
    const win = doc.defaultView as HighlightWindow;
    // The order of the registry and of the style rules would otherwise say which name is which kind.
    this.order = [...MARK_KINDS].sort((a, b) => (names[a] < names[b] ? -1 : 1));
    for (const kind of this.order) {
      const highlight = new win.Highlight!();
      highlight.priority = 1;
      this.highlights.set(kind, highlight);
      win.CSS!.highlights!.set(names[kind], highlight);
    }
    this.sheet = new win.CSSStyleSheet();
    this.sheet.replaceSync(highlightCss(names, this.order));
    this.ensureSheet();
  }

  /** Replaces one box's painted marks. Unchanged lists are left alone, so scrolling does not repaint. */
  paint(owner: object, marks: RangeMark[]): void {
    const previous = this.byOwner.get(owner);
    if (previous && sameMarks(previous, marks)) return;
    if (marks.length === 0) this.byOwner.delete(owner);
    else this.byOwner.set(owner, marks);
    this.rebuild();
  }

  clear(owner: object): void {
    if (this.byOwner.delete(owner)) this.rebuild();
  }

  dispose(): void {
    const registry = (this.doc.defaultView as HighlightWindow | null)?.CSS?.highlights;
    for (const kind of MARK_KINDS) {
      if (registry?.get(this.names[kind]) === this.highlights.get(kind)) registry?.delete(this.names[kind]);
    }
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.byOwner.clear();
  }

  private rebuild(): void {
    this.ensureSheet();
    for (const highlight of this.highlights.values()) highlight.clear();
    for (const marks of this.byOwner.values()) {
      for (const mark of marks) this.highlights.get(mark.kind)!.add(mark.range);
    }
  }

  /** Pages that assign `adoptedStyleSheets` wholesale drop ours; put it back. */
  private ensureSheet(): void {
    if (!this.doc.adoptedStyleSheets.includes(this.sheet)) this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
  }
}

function sameMarks(a: RangeMark[], b: RangeMark[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.range !== b[i]!.range || a[i]!.kind !== b[i]!.kind) return false;
  return true;
}

function highlightCss(names: HighlightNames, order: readonly MarkKind[]): string {
  return order
    .map((kind) => {
      const c = KIND_COLORS[kind];
      return `::highlight(${names[kind]}) { background-color: ${c.fill}; text-decoration: underline ${c.style} ${c.line} 2px; text-underline-offset: 3px; }`;
    })
    .join('\n');
}
