/**
 * Paints marks as boxes in our shadow root, from each range's client rectangles: the fallback where the
 * Highlight API is missing, and the only way for textareas, whose text has no DOM ranges.
 */
import type { MarkKind } from '../mark-kinds.ts';

/** A mark to paint: its kind and its line boxes in viewport coordinates. */
export interface BoxMark {
  kind: MarkKind;
  rects: DOMRect[];
}

export class OverlayPainter {
  private readonly groups = new Map<object, HTMLElement>();
  private readonly written = new WeakMap<Element, string>();

  constructor(private readonly container: HTMLElement) {}

  /** Replaces one box's painted marks; existing box elements are reused to keep redraws cheap. */
  paint(owner: object, marks: BoxMark[]): void {
    let group = this.groups.get(owner);
    if (!group) {
      group = this.container.ownerDocument.createElement('div');
      group.className = 'bl-marks';
      this.container.append(group);
      this.groups.set(owner, group);
    }
    let used = 0;
    for (const mark of marks) {
      for (const rect of mark.rects) {
        let box = group.children[used] as HTMLElement | undefined;
        if (!box) {
          box = this.container.ownerDocument.createElement('div');
          group.append(box);
        }
        // Redrawn after every keystroke: write only boxes that moved, so those that stayed put cost no style work.
        // (Compared with what we wrote, not with `style`, which reads back rounded numbers.)
        const placed = `${mark.kind} ${rect.left} ${rect.top} ${rect.width} ${rect.height}`;
        if (this.written.get(box) !== placed) {
          this.written.set(box, placed);
          box.className = `bl-mark bl-mark-${mark.kind}`;
          box.style.transform = `translate(${rect.left}px, ${rect.top}px)`;
          box.style.width = `${rect.width}px`;
          box.style.height = `${rect.height}px`;
        }
        used++;
      }
    }
    while (group.children.length > used) group.lastElementChild!.remove();
  }

  clear(owner: object): void {
    this.groups.get(owner)?.remove();
    this.groups.delete(owner);
  }

  dispose(): void {
    for (const group of this.groups.values()) group.remove();
    this.groups.clear();
  }
}
