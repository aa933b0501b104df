/** CKEditor 5 (Teams' editor): fixes go in as beforeinput events its model applies. */
import { describeEditorPage } from './editor-page.ts';

describeEditorPage({
  showAll: true,
  file: 'ckeditor.html',
  name: 'ckeditor5',
  replaceTerm: 'DNS records',
  rewriteSentence: { sentence: 'We will switch on SSO next week, with the new middleware.', term: 'SSO' },
});
