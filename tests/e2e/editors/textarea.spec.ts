/** A plain textarea: marks are measured on a mirror and drawn as overlay boxes. */
import { describeEditorPage } from './editor-page.ts';

describeEditorPage({
  file: 'textarea.html',
  name: 'textarea',
  overlay: true,
  replaceTerm: 'VPN',
  rewriteSentence: { sentence: 'From Monday the SSO portal uses the new middleware, so sign-in stays the same.', term: 'SSO' },
});
