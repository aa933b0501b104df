/** ProseMirror: its DOM observer turns native edits into transactions; prosemirror-history owns Ctrl+Z. */
import { describeEditorPage } from './editor-page.ts';

describeEditorPage({
  showAll: true,
  file: 'prosemirror.html',
  name: 'prosemirror',
  replaceTerm: 'DNS records',
  rewriteSentence: { sentence: 'We will switch on SSO next week, with the new middleware.', term: 'SSO' },
});
