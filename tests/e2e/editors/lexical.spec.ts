/** Lexical: it owns its input and reconciles the DOM from its state; @lexical/history owns Ctrl+Z. */
import { describeEditorPage } from './editor-page.ts';

describeEditorPage({
  showAll: true,
  file: 'lexical.html',
  name: 'lexical',
  replaceTerm: 'DNS records',
  rewriteSentence: { sentence: 'We will switch on SSO next week, with the new middleware.', term: 'SSO' },
});
