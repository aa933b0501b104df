import { exposeTestPage, SAMPLE } from './page-api.ts';

exposeTestPage(
  'textarea',
  (host, text) => {
    const textarea = document.createElement('textarea');
    textarea.rows = 8;
    textarea.cols = 80;
    textarea.value = text;
    host.append(textarea);
    return {
      root: textarea,
      model: () => textarea.value,
      caretToEnd: () => {
        textarea.focus();
        textarea.setSelectionRange(textarea.value.length, textarea.value.length);
      },
      destroy: () => textarea.remove(),
    };
  },
  SAMPLE,
);
