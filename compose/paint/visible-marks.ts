/**
 * Picks the marks worth drawing: those whose boxes show inside the field's visible area. Long messages
 * have hundreds of marks, so when marks come in text order a binary search finds the first visible one and
 * the walk stops at the first one below the fold.
 */
import { intersects } from '../geometry/visible-rect.ts';

/** A mark with its line boxes, measured once per frame. */
export interface Measured<T> {
  mark: T;
  rects: DOMRect[];
}

/** Below this many marks a plain scan is cheap and immune to layouts that are not top-to-bottom. */
const SCAN_LIMIT = 150;
/** Marks just outside the view are drawn too, so a short scroll shows no gap before the next frame. */
export const OVERLAY_MARGIN = 200;

export function visibleMarks<T>(
  marks: readonly T[],
  rectsOf: (mark: T) => DOMRect[],
  clip: DOMRectReadOnly,
  margin = OVERLAY_MARGIN,
): Measured<T>[] {
  const out: Measured<T>[] = [];
  if (clip.width <= 0 || clip.height <= 0) return out;
  const band = { left: clip.left, right: clip.right, top: clip.top - margin, bottom: clip.bottom + margin } as DOMRectReadOnly;
  const keep = (mark: T, rects: DOMRect[]) => {
    const shown = rects.filter((r) => intersects(r, band));
    if (shown.length > 0) out.push({ mark, rects: shown });
  };
  if (marks.length <= SCAN_LIMIT) {
    for (const mark of marks) keep(mark, rectsOf(mark));
    return out;
  }
  // First mark whose last box ends below the band's top.
  let low = 0;
  let high = marks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const rects = rectsOf(marks[mid]!);
    const bottom = rects.length ? rects[rects.length - 1]!.bottom : Number.NEGATIVE_INFINITY;
    if (bottom < band.top) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < marks.length; i++) {
    const rects = rectsOf(marks[i]!);
    if (rects.length && rects[0]!.top > band.bottom) break;
    keep(marks[i]!, rects);
  }
  return out;
}
