/**
 * Outlook on the web: the body is a contenteditable `div[role=textbox]` with no id and a localised
 * aria-label ("Message body", "Nachrichtentext"...), so it is recognised by its host and its content. In a
 * reply, everything from the reply header (`#divRplyFwdMsg`, after `#appendonsend` and an `<hr>`) down is the
 * quoted message; the signature sits in `#Signature`.
 */
import { RichTextField } from '../fields/rich-text-field.ts';
import { DEFAULT_RULES, type ExtractionRules } from '../text/extract.ts';
import type { EditorAdapter } from './types.ts';

/**
 * The hosts Outlook on the web answers at: Microsoft 365's own domain (where users are redirected now), the older
 * work and personal hosts, and the US government clouds (GCC High and DoD).
 */
const OUTLOOK_HOSTS = [
  'outlook.cloud.microsoft',
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.live.com',
  'outlook.office365.us',
  'outlook-dod.office365.us',
  'webmail.apps.mil',
];

/** Whether a page's host is one of Outlook's (or a subdomain of one). */
function isOutlookHost(host: string): boolean {
  return OUTLOOK_HOSTS.some((outlook) => host === outlook || host.endsWith(`.${outlook}`));
}

/** Where the quoted part of a reply or forward starts. */
const QUOTE_START_IDS = new Set(['appendonsend', 'divRplyFwdMsg', 'x_divRplyFwdMsg', 'mail-editor-reference-message-container']);

export const outlookRules: ExtractionRules = {
  isExcluded: (el) => DEFAULT_RULES.isExcluded(el) || /^(x_)?Signature/.test(el.id) || el.classList.contains('x_Signature'),
  endsUserText: (el) =>
    QUOTE_START_IDS.has(el.id) ||
    // Outlook puts a rule right before the reply header.
    (el.tagName === 'HR' && el.nextElementSibling !== null && QUOTE_START_IDS.has(el.nextElementSibling.id)),
};

export const outlookAdapter: EditorAdapter = {
  name: 'outlook',
  claims: (element) =>
    element.isContentEditable &&
    (isOutlookHost(element.ownerDocument.location?.hostname ?? '') ||
      element.querySelector('#divRplyFwdMsg, #appendonsend, #Signature, [id^="Signature"], .elementToProof') !== null),
  createField: (element) => new RichTextField(element, { rules: outlookRules, input: 'exec-command', lines: 'exec-command' }),
};
