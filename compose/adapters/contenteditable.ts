/**
 * Any contenteditable the more specific adapters do not claim. Quotes (`blockquote`) and opted-out parts are
 * left out; fixes are offered as `beforeinput` first (for editors that own their input) and otherwise go
 * through the browser's editing command. Several paragraphs are offered as a paste the same way first.
 */
import { RichTextField } from '../fields/rich-text-field.ts';
import { DEFAULT_RULES } from '../text/extract.ts';
import type { EditorAdapter } from './types.ts';

export const contentEditableAdapter: EditorAdapter = {
  name: 'contenteditable',
  claims: (element) => element.isContentEditable,
  createField: (element) => new RichTextField(element, { rules: DEFAULT_RULES, input: 'auto', lines: 'auto' }),
};
