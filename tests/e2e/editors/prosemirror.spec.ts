/** ProseMirror: its DOM observer turns native edits into transactions; prosemirror-history owns Ctrl+Z. */
import { describeEditorPage } from './editor-page.ts';

describeEditorPage({
  file: 'prosemirror.html',
  name: 'prosemirror',
  replaceTerm: 'VPN',
  rewriteSentence: { sentence: 'From Monday the SSO portal uses the new middleware, so sign-in stays the same.', term: 'SSO' },
});
