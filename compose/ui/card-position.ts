/**
 * Where the card goes: below the marked words, or above them when there is no room below, never over
 * them, and always inside the viewport. A pure function, so it is tested without a browser.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  /** Set when neither side has room for the whole card: it scrolls inside this height. */
  maxHeight?: number;
  side: 'below' | 'above';
}

/** Space kept between the card and the words, and between the card and the viewport's edges. */
const GAP = 6;
const EDGE = 8;

/**
 * Places a card of `size` next to the mark whose line boxes are `anchor` (viewport coordinates).
 * The card never overlaps the anchor's bounding box: when it fits on neither side it is shortened.
 */
export function placeCard(
  anchor: readonly Box[],
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const first = anchor[0] ?? { left: EDGE, top: EDGE, right: EDGE, bottom: EDGE };
  const top = Math.min(...anchor.map((r) => r.top), first.top);
  const bottom = Math.max(...anchor.map((r) => r.bottom), first.bottom);
  const last = anchor[anchor.length - 1] ?? first;

  const width = Math.min(size.width, viewport.width - 2 * EDGE);
  const maxLeft = viewport.width - EDGE - width;
  const clampLeft = (x: number) => Math.max(EDGE, Math.min(x, maxLeft));

  const roomBelow = viewport.height - EDGE - (bottom + GAP);
  const roomAbove = top - GAP - EDGE;
  if (size.height <= roomBelow) return { left: clampLeft(last.left), top: bottom + GAP, side: 'below' };
  if (size.height <= roomAbove) return { left: clampLeft(first.left), top: top - GAP - size.height, side: 'above' };
  // Neither side fits the whole card: take the larger side and let the card scroll.
  if (roomBelow >= roomAbove) return { left: clampLeft(last.left), top: bottom + GAP, maxHeight: Math.max(0, roomBelow), side: 'below' };
  const height = Math.max(0, roomAbove);
  return { left: clampLeft(first.left), top: top - GAP - height, maxHeight: height, side: 'above' };
}
