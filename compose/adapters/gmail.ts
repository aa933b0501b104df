/**
 * Gmail's compose body: a contenteditable `div[role=textbox]` (aria-label "Message Body" in English) that
 * holds the reply's quoted message in `div.gmail_quote` and the signature in `div.gmail_signature`.
 * Neither is the user's new text. Gmail takes the browser's editing command like a plain contenteditable.
 */
import { RichTextField } from '../fields/rich-text-field.ts';
import { DEFAULT_RULES, type ExtractionRules } from '../text/extract.ts';
import type { EditorAdapter } from './types.ts';

/** Gmail's quote, "On … wrote:" line, signature and its "-- " prefix. */
const NOT_USER_TEXT = ['gmail_quote', 'gmail_attr', 'gmail_signature', 'gmail_signature_prefix', 'gmail_extra'];

export const gmailRules: ExtractionRules = {
  isExcluded: (el) =>
    DEFAULT_RULES.isExcluded(el) ||
    NOT_USER_TEXT.some((name) => el.classList.contains(name)) ||
    el.getAttribute('data-smartmail') === 'gmail_signature',
};

export const gmailAdapter: EditorAdapter = {
  name: 'gmail',
  claims: (element) =>
    element.isContentEditable &&
    (element.ownerDocument.location?.hostname === 'mail.google.com' ||
      element.hasAttribute('g_editable') ||
      element.querySelector('.gmail_quote, .gmail_signature, .gmail_attr') !== null ||
      (element.getAttribute('role') === 'textbox' && element.getAttribute('aria-label') === 'Message Body')),
  createField: (element) => new RichTextField(element, { rules: gmailRules, input: 'exec-command', lines: 'exec-command' }),
};
