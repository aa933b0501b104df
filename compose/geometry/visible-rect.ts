/**
 * Which part of a box the user can see: its own box, clipped by every scrolling ancestor and the viewport.
 * Marks outside it are not drawn, and the card and badge are placed against it.
 */

/** Ancestors that clip their content (overflow other than visible), nearest first. */
export function clippingAncestors(element: Element): Element[] {
  const win = element.ownerDocument.defaultView;
  const result: Element[] = [];
  if (!win) return result;
  for (let node = element.parentElement; node && node !== element.ownerDocument.documentElement; node = node.parentElement) {
    const style = win.getComputedStyle(node);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') result.push(node);
  }
  return result;
}

/** Intersection of the element's box with its clipping ancestors and the viewport, in viewport coordinates. */
export function visibleRectOf(element: Element, clippers: readonly Element[]): DOMRect {
  const win = element.ownerDocument.defaultView;
  const own = element.getBoundingClientRect();
  let left = own.left;
  let top = own.top;
  let right = own.right;
  let bottom = own.bottom;
  for (const clipper of clippers) {
    const r = clipper.getBoundingClientRect();
    left = Math.max(left, r.left);
    top = Math.max(top, r.top);
    right = Math.min(right, r.right);
    bottom = Math.min(bottom, r.bottom);
  }
  if (win) {
    left = Math.max(left, 0);
    top = Math.max(top, 0);
    right = Math.min(right, win.innerWidth);
    bottom = Math.min(bottom, win.innerHeight);
  }
  return makeRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
}

/** Whether two rectangles share some area (touching edges do not count). */
export function intersects(a: DOMRectReadOnly, b: DOMRectReadOnly): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** A DOMRect where the environment has one, a plain look-alike where it does not. */
export function makeRect(x: number, y: number, width: number, height: number): DOMRect {
  if (typeof DOMRect === 'function') return new DOMRect(x, y, width, height);
  return { x, y, width, height, left: x, top: y, right: x + width, bottom: y + height, toJSON: () => ({}) };
}
