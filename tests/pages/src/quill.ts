import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import { exposeTestPage, SAMPLE } from './page-api.ts';

exposeTestPage(
  'quill',
  (host, text) => {
    const mount = document.createElement('div');
    host.append(mount);
    const quill = new Quill(mount, { theme: 'snow', modules: { toolbar: [['bold', 'italic', 'link'], [{ list: 'bullet' }]] } });
    quill.setText(text);
    quill.history.clear();
    // Slack's editor turns the browser's spellcheck off.
    quill.root.spellcheck = false;
    return {
      root: quill.root,
      model: () => quill.getText().replace(/\n$/, ''),
      bold: (word) => {
        quill.formatText(quill.getText().indexOf(word), word.length, 'bold', true, 'api');
        // Quill merges changes less than a second apart into one undo step; the formatting is its own.
        quill.history.cutoff();
      },
      isBold: (word) => quill.getFormat(quill.getText().indexOf(word), word.length).bold === true,
      caretToEnd: () => {
        quill.focus();
        quill.setSelection(quill.getLength() - 1, 0);
      },
      destroy: () => mount.remove(),
    };
  },
  SAMPLE,
);
