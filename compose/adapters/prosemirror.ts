/**
 * ProseMirror (and editors built on it: Tiptap, Atlassian). Its DOM observer turns native edits into
 * transactions, so the browser's editing command keeps its state and its history in step. Several paragraphs (the
 * composed update) go in as a paste, which ProseMirror parses into its own paragraphs in one history step.
 */
import { RichTextField } from '../fields/rich-text-field.ts';
import { DEFAULT_RULES } from '../text/extract.ts';
import type { EditorAdapter } from './types.ts';

export const proseMirrorAdapter: EditorAdapter = {
  name: 'prosemirror',
  claims: (element) => element.classList.contains('ProseMirror'),
  createField: (element) =>
    new RichTextField(element, {
      rules: {
        // Node views that are not text: the gap cursor and drop cursor helpers.
        isExcluded: (el) =>
          DEFAULT_RULES.isExcluded(el) || el.classList.contains('ProseMirror-gapcursor') || el.classList.contains('ProseMirror-widget'),
      },
      input: 'exec-command',
      lines: 'paste',
    }),
};
