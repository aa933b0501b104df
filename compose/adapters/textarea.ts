/** Plain `<textarea>`: the value is the text; marks are measured on a mirror. */
import { TextareaField } from '../fields/textarea-field.ts';
import type { EditorAdapter } from './types.ts';

export const textareaAdapter: EditorAdapter = {
  name: 'textarea',
  claims: (element) => element.tagName === 'TEXTAREA',
  createField: (element, context) => new TextareaField(element as HTMLTextAreaElement, context.mirrorContainer()),
};
