/**
 * Whether the page is dark where our card and menu open, so they match it: a white card on a dark mail
 * client glares, and a dark one on a white page looks broken. The page's own colours decide: the first
 * opaque background behind the words, looking up from the element under them. Where every background is
 * transparent, the browser paints the canvas, which is dark only when the page allows a dark scheme
 * (`color-scheme`) and the system prefers one.
 */

/** An sRGB colour with alpha, each channel 0–255 (alpha 0–1). */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Parses the `rgb()`/`rgba()` strings `getComputedStyle` returns; null for anything else. */
export function parseColour(value: string): Rgba | null {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!match) return value.trim() === 'transparent' ? { r: 0, g: 0, b: 0, a: 0 } : null;
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? Number(match[4].slice(0, -1)) / 100 : Number(match[4]);
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a: alpha };
}

/** Relative luminance (WCAG), 0 for black to 1 for white. */
export function luminance({ r, g, b }: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Below this luminance a background reads as dark (mid-grey #777 is about 0.18). */
export const DARK_LUMINANCE = 0.18;

/** The theme of the page behind an element: its first mostly opaque background, else the canvas. */
export function themeBehind(element: Element | null, doc: Document): 'dark' | 'light' {
  const win = doc.defaultView;
  if (!win) return 'light';
  for (let node: Element | null = element; node; node = node.parentElement) {
    const colour = parseColour(win.getComputedStyle(node).backgroundColor);
    if (colour && colour.a >= 0.5) return luminance(colour) < DARK_LUMINANCE ? 'dark' : 'light';
  }
  const scheme = doc.documentElement ? win.getComputedStyle(doc.documentElement).colorScheme || '' : '';
  const prefersDark = typeof win.matchMedia === 'function' && win.matchMedia('(prefers-color-scheme: dark)').matches;
  return prefersDark && /\bdark\b/.test(scheme) ? 'dark' : 'light';
}

/** The theme of the page at a point of the viewport (the words a card is about). */
export function themeAt(doc: Document, x: number, y: number, ours?: Element): 'dark' | 'light' {
  const under = typeof doc.elementFromPoint === 'function' ? doc.elementFromPoint(x, y) : null;
  return themeBehind(under && under !== ours ? under : doc.body, doc);
}
