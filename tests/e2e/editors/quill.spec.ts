/** Quill (Slack's editor): its model follows DOM edits, and its history owns Ctrl+Z. */
import { describeEditorPage } from './editor-page.ts';

describeEditorPage({
  file: 'quill.html',
  name: 'quill',
  screenshots: true,
  replaceTerm: 'VPN',
  formatting: true,
  rewriteSentence: { sentence: 'From Monday the SSO portal uses the new middleware, so sign-in stays the same.', term: 'SSO' },
});
