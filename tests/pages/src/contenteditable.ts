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
    const textNodeWith = (word: string) => {
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null)
        if (node.data.includes(word)) return node;
      return null;
    };
    return {
      root: box,
      model: () => box.innerText.replace(/\n$/, ''),
      bold: (word) => {
        const node = textNodeWith(word)!;
        const range = document.createRange();
        range.setStart(node, node.data.indexOf(word));
        range.setEnd(node, node.data.indexOf(word) + word.length);
        range.surroundContents(document.createElement('b'));
      },
      isBold: (word) => textNodeWith(word)?.parentElement?.closest('b, strong') !== null,
      caretToEnd: () => caretAtEndOf(box),
      destroy: () => box.remove(),
    };
  },
  SAMPLE,
);
