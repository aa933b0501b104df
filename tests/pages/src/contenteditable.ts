import { caretAtEndOf, exposeTestPage, SAMPLE } from './page-api.ts';

exposeTestPage(
  'contenteditable',
  (host, text) => {
    const box = document.createElement('div');
    box.contentEditable = 'true';
    box.className = 'box';
    for (const line of text.split('\n')) {
      const div = document.createElement('div');
      if (line) div.textContent = line;
      else div.append(document.createElement('br'));
      box.append(div);
    }
    host.append(box);
    return { root: box, model: () => box.innerText.replace(/\n$/, ''), caretToEnd: () => caretAtEndOf(box), destroy: () => box.remove() };
  },
  SAMPLE,
);
