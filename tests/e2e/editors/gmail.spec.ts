/** Gmail-like compose markup: a quoted reply and a signature that must stay unmarked. */
import { describeEditorPage } from './editor-page.ts';

describeEditorPage({
  file: 'gmail.html',
  name: 'gmail',
  screenshots: true,
  replaceTerm: 'VPN',
  rewriteSentence: { sentence: 'The SSO change comes next week.', term: 'SSO' },
  notUserText: '.gmail_quote, .gmail_signature, .gmail_signature_prefix',
  wordsOnlyOutsideUserText: ['middleware'],
});
