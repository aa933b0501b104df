/** CKEditor 5 (Teams' editor): fixes go in as beforeinput events its model applies. */
import { describeEditorPage } from './editor-page.ts';

describeEditorPage({
  file: 'ckeditor.html',
  name: 'ckeditor5',
  replaceTerm: 'VPN',
  rewriteSentence: { sentence: 'From Monday the SSO portal uses the new middleware, so sign-in stays the same.', term: 'SSO' },
});
