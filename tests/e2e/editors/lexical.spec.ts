/** Lexical: it owns its input and reconciles the DOM from its state; @lexical/history owns Ctrl+Z. */
import { describeEditorPage } from './editor-page.ts';

describeEditorPage({
  file: 'lexical.html',
  name: 'lexical',
  replaceTerm: 'VPN',
  rewriteSentence: { sentence: 'From Monday the SSO portal uses the new middleware, so sign-in stays the same.', term: 'SSO' },
});
