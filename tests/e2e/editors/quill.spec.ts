/** Quill (Slack's editor): its model follows DOM edits, and its history owns Ctrl+Z. */
import { describeEditorPage } from './editor-page.ts';

describeEditorPage({
  showAll: true,
  file: 'quill.html',
  name: 'quill',
  screenshots: true,
  replaceTerm: 'DNS records',
  formatting: true,
  rewriteSentence: { sentence: 'We will switch on SSO next week, with the new middleware.', term: 'SSO' },
});
