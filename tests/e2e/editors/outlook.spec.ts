/** Outlook-like compose markup: no id, a German label, a reply header and a signature. */
import { describeEditorPage } from './editor-page.ts';

describeEditorPage({
  showAll: true,
  file: 'outlook.html',
  name: 'outlook',
  replaceTerm: 'DNS records',
  rewriteSentence: { sentence: 'We will switch on SSO next week.', term: 'SSO' },
  notUserText: '#Signature, #divRplyFwdMsg, #divRplyFwdMsg ~ *',
  wordsOnlyOutsideUserText: ['middleware'],
});
