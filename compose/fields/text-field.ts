/**
 * One compose box as the rest of compose/ sees it: text in, marks' places out, fixes through the editor's
 * own input path. Rich editors and textareas implement it; editor adapters configure them.
 */
import type { ApplyOutcome } from '../types.ts';

/** Where one mark sits. It follows the text as the user types, until the next analysis replaces it. */
export interface MarkAnchor {
  /** A live DOM range the Highlight API can paint; null where there is no DOM text (textareas). */
  readonly range: Range | null;
  /** The mark's line boxes in viewport coordinates. */
  rects(): DOMRect[];
  /** The mark's offsets in the field's latest reading, or null when its text was removed. */
  currentOffsets(): { start: number; end: number } | null;
  /** The mark is gone: stop following edits for it. */
  release?(): void;
}

export interface TextField {
  readonly element: HTMLElement;
  /** `dom` fields can be painted with ranges; `textarea` fields are measured through a mirror. */
  readonly kind: 'dom' | 'textarea';
  /** Reads the user's text now (quotes and signatures left out) and makes it the latest reading. */
  read(): string;
  /** The latest reading, without touching the DOM. */
  latest(): string;
  /** Anchors a mark at [start, end) of the latest reading. */
  anchor(start: number, end: number): MarkAnchor | null;
  /** Replaces [start, end), which must read `expected` now, through the editor's own input path. */
  replace(start: number, end: number, expected: string, text: string): Promise<ApplyOutcome>;
  /** Inserts text at the caret, or where the caret last was in this field. */
  insertAtCaret(text: string): Promise<ApplyOutcome>;
  /**
   * Inserts text of several paragraphs where the caret is, or last was, in this field (after any selected words, never
   * over them), else at the end, through the editor's own input path in one undo step. `fit` is given the text and
   * that offset and says what to write there; the field checks after the edit that every line arrived.
   */
  insertParagraphs(fit: (text: string, at: number) => string): Promise<ApplyOutcome>;
  /** The caret's offset in the latest reading, when the selection is in this field. */
  caretOffset(): number | null;
  /**
   * The selection's offsets in the latest reading (start === end for a bare caret), when it is in this field.
   * Optional: a field without it offers its caret alone.
   */
  selectionOffsets?(): { start: number; end: number } | null;
  /** Focuses the field with the caret at an offset of the latest reading (after a card closes). */
  placeCaret(offset: number): void;
  /** Scrolls the field (and the page) so the offset is in view. */
  reveal(start: number, end: number): void;
  /** The part of the viewport where the field's text shows (its box, clipped by scrolling ancestors). */
  visibleRect(): DOMRect;
  /**
   * Offsets of the latest reading laid out between two heights of the viewport, found without measuring
   * every mark; null when the field cannot tell. Fields whose marks are measured on every keystroke have it.
   */
  textBetween?(top: number, bottom: number): { start: number; end: number } | null;
  /**
   * Since the last call: text of the latest reading before the returned offset has not moved on screen
   * (Infinity when nothing was edited, 0 when anything may have moved); undefined when the field cannot tell.
   * Fields whose marks are measured on every keystroke have it, so typing after every drawn mark redraws nothing.
   */
  unmovedBefore?(): number;
  /** Stops listening; removes anything the field added to our own layer. */
  dispose(): void;
}

/** The fix could not be made safely. */
export function refused(reason: string): ApplyOutcome {
  return { ok: false, reason };
}

export const TEXT_CHANGED = 'The text changed since it was checked, so nothing was replaced.';
export const NOT_TAKEN = 'The editor did not take the change.';
