/** A plain contenteditable: the browser's own editing, native undo. */
import { describeEditorPage } from './editor-page.ts';

describeEditorPage({
  file: 'contenteditable.html',
  name: 'contenteditable',
  replaceTerm: 'VPN',
  rewriteSentence: { sentence: 'From Monday the SSO portal uses the new middleware, so sign-in stays the same.', term: 'SSO' },
});
