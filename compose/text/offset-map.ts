/**
 * Maps offsets in the text read from an editor back to DOM positions, and DOM positions to offsets.
 * Built by `extractText`; one map belongs to one reading of the editor and goes stale when its DOM changes.
 */

/** One run of the extracted text: characters of a text node, or one newline standing for a `<br>` or a block edge. */
export interface TextSegment {
  /** Offset of the run's first character in the extracted text. */
  start: number;
  length: number;
  /** For text runs: the text node. For newlines: the element the boundary position lives in. */
  node: Node;
  /** For text runs: offset inside the text node of the run's first character. For newlines: the child index. */
  nodeOffset: number;
  /** True for a newline that has no character in the DOM (a `<br>` or a block boundary). */
  synthetic: boolean;
}

/** A DOM boundary point. */
export interface DomPosition {
  node: Node;
  offset: number;
}

export class OffsetMap {
  private readonly byTextNode = new Map<Node, number>();

  constructor(
    readonly segments: readonly TextSegment[],
    readonly length: number,
  ) {
    segments.forEach((segment, index) => {
      if (!segment.synthetic && !this.byTextNode.has(segment.node)) this.byTextNode.set(segment.node, index);
    });
  }

  /**
   * The DOM position of a text offset. `forward` picks the run that starts at the offset (for a range start),
   * `backward` the run that ends there (for a range end), so a range never spills into a neighbouring node.
   */
  positionAt(offset: number, bias: 'forward' | 'backward'): DomPosition | null {
    const index = bias === 'forward' ? this.segmentStartingAtOrContaining(offset) : this.segmentEndingAtOrContaining(offset);
    const segment = index === -1 ? undefined : this.segments[index];
    if (!segment) return null;
    const inside = offset - segment.start;
    if (!segment.synthetic) return { node: segment.node, offset: segment.nodeOffset + inside };
    // A newline: before it for a start or an empty run, after it for an end that includes it.
    return { node: segment.node, offset: segment.nodeOffset + (bias === 'backward' && inside > 0 ? 1 : 0) };
  }

  /** A DOM range for [start, end) in `doc`, or null when the offsets fall outside the text. */
  rangeFor(start: number, end: number, doc: Document): Range | null {
    if (start < 0 || end < start || end > this.length) return null;
    const from = this.positionAt(start, 'forward');
    const to = start === end ? from : this.positionAt(end, 'backward');
    if (!from || !to) return null;
    try {
      const range = doc.createRange();
      range.setStart(from.node, Math.min(from.offset, maxOffset(from.node)));
      range.setEnd(to.node, Math.min(to.offset, maxOffset(to.node)));
      return range;
    } catch {
      return null;
    }
  }

  /** The text offset of a DOM position inside the mapped content, or null when it is outside it. */
  offsetOf(node: Node, offset: number): number | null {
    const direct = this.byTextNode.get(node);
    if (direct !== undefined) {
      // A text node may be split over several runs only by construction order; runs of one node are adjacent.
      for (let i = direct; i < this.segments.length; i++) {
        const segment = this.segments[i]!;
        if (segment.node !== node || segment.synthetic) break;
        if (offset <= segment.nodeOffset + segment.length) return segment.start + Math.max(0, offset - segment.nodeOffset);
      }
      return null;
    }
    return this.offsetByComparison(node, offset);
  }

  /** For element positions (a caret between blocks): the first run at or after the position. */
  private offsetByComparison(node: Node, offset: number): number | null {
    const doc = node.ownerDocument ?? (node as Document);
    let probe: Range;
    try {
      probe = doc.createRange();
      probe.setStart(node, offset);
    } catch {
      return null;
    }
    let low = 0;
    let high = this.segments.length;
    // Find the first segment whose start position is at or after the probe.
    while (low < high) {
      const mid = (low + high) >> 1;
      const segment = this.segments[mid]!;
      let cmp: number;
      try {
        cmp = probe.comparePoint(segment.node, segment.nodeOffset);
      } catch {
        return null;
      }
      if (cmp < 0) low = mid + 1;
      else high = mid;
    }
    const segment = this.segments[low];
    return segment ? segment.start : this.length;
  }

  private segmentStartingAtOrContaining(offset: number): number {
    let low = 0;
    let high = this.segments.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const segment = this.segments[mid]!;
      if (segment.start + segment.length <= offset && !(segment.length === 0 && segment.start === offset)) low = mid + 1;
      else {
        found = mid;
        high = mid - 1;
      }
    }
    // `found` is the first run that ends after the offset; it starts at or before it unless there is a gap.
    if (found === -1) {
      // The offset is the very end of the text: use the end of the last run.
      const last = this.segments.length - 1;
      return last >= 0 && offset === this.length ? last : -1;
    }
    return found;
  }

  private segmentEndingAtOrContaining(offset: number): number {
    let low = 0;
    let high = this.segments.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const segment = this.segments[mid]!;
      if (segment.start < offset) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    // `found` is the last run starting before the offset; an offset of 0 uses the first run.
    if (found === -1) return this.segments.length > 0 ? 0 : -1;
    return found;
  }
}

function maxOffset(node: Node): number {
  return node.nodeType === 3 || node.nodeType === 8 ? (node as CharacterData).length : node.childNodes.length;
}
