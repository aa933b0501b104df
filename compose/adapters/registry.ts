/**
 * The adapters, most specific first. Adding an editor means adding its file and one line here.
 */
import { ckeditorAdapter } from './ckeditor.ts';
import { contentEditableAdapter } from './contenteditable.ts';
import { gmailAdapter } from './gmail.ts';
import { lexicalAdapter } from './lexical.ts';
import { outlookAdapter } from './outlook.ts';
import { proseMirrorAdapter } from './prosemirror.ts';
import { quillAdapter } from './quill.ts';
import { textareaAdapter } from './textarea.ts';
import type { EditorAdapter } from './types.ts';

export const ADAPTERS: readonly EditorAdapter[] = [
  textareaAdapter,
  quillAdapter,
  ckeditorAdapter,
  proseMirrorAdapter,
  lexicalAdapter,
  gmailAdapter,
  outlookAdapter,
  contentEditableAdapter,
];

/** The adapter for an editable element, or null when none handles it. */
export function adapterFor(element: HTMLElement): EditorAdapter | null {
  return ADAPTERS.find((adapter) => adapter.claims(element)) ?? null;
}
