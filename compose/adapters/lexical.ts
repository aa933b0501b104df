/**
 * Lexical (Meta's editor). It owns its input through `beforeinput` and reconciles the DOM from its own
 * state, so a fix is offered as an `insertReplacementText` event with the target range, and several paragraphs (the
 * composed update) as a paste, which it splits into paragraphs in one history step.
 */
import { RichTextField } from '../fields/rich-text-field.ts';
import { DEFAULT_RULES } from '../text/extract.ts';
import type { EditorAdapter } from './types.ts';

export const lexicalAdapter: EditorAdapter = {
  name: 'lexical',
  claims: (element) => element.getAttribute('data-lexical-editor') === 'true',
  createField: (element) => new RichTextField(element, { rules: DEFAULT_RULES, input: 'auto', lines: 'paste' }),
};
