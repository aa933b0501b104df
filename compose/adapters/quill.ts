/**
 * Quill (Slack's editor). Quill watches its DOM with a MutationObserver and records changes in its own
 * history, so the browser's editing command keeps its model and Ctrl+Z in step. Several paragraphs (the composed
 * update) go in as a paste, which Quill splits into lines itself: the command's new `<div>`s are not Quill's blocks.
 */
import { RichTextField } from '../fields/rich-text-field.ts';
import { DEFAULT_RULES } from '../text/extract.ts';
import type { EditorAdapter } from './types.ts';

export const quillAdapter: EditorAdapter = {
  name: 'quill',
  claims: (element) => element.classList.contains('ql-editor'),
  createField: (element) => new RichTextField(element, { rules: DEFAULT_RULES, input: 'exec-command', lines: 'paste' }),
};
