/**
 * One interface for every editor. An adapter recognises its editor and builds the TextField for it; all
 * editor-specific knowledge (quotes, signatures, how input must be written) lives in the adapter's file.
 */
import type { TextField } from '../fields/text-field.ts';

/** What an adapter may use to build a field: a container in our own shadow root, for textarea mirrors. */
export interface FieldContext {
  mirrorContainer(): HTMLElement;
}

export interface EditorAdapter {
  /** Short name, for tests and diagnostics. */
  readonly name: string;
  /** Whether this adapter knows how to handle this editable element. */
  claims(element: HTMLElement): boolean;
  /** Builds the field for an element this adapter claimed. */
  createField(element: HTMLElement, context: FieldContext): TextField;
}
