/**
 * CKEditor 5 (Teams' editor). It renders its DOM from its model and handles typing through `beforeinput`,
 * reverting DOM changes it did not make; a fix must arrive as an `insertReplacementText` event, and several
 * paragraphs (the composed update) as a paste, which its clipboard pipeline makes paragraphs of in one undo step.
 */
import { RichTextField } from '../fields/rich-text-field.ts';
import { DEFAULT_RULES } from '../text/extract.ts';
import type { EditorAdapter } from './types.ts';

export const ckeditorAdapter: EditorAdapter = {
  name: 'ckeditor5',
  claims: (element) => element.classList.contains('ck-editor__editable') || element.classList.contains('ck-content'),
  createField: (element) =>
    new RichTextField(element, {
      rules: {
        // Widgets (images, embeds) carry UI text of their own.
        isExcluded: (el) =>
          DEFAULT_RULES.isExcluded(el) ||
          el.classList.contains('ck-widget__type-around') ||
          el.classList.contains('ck-fake-selection-container'),
      },
      input: 'before-input',
      lines: 'paste',
    }),
};
