/**
 * A chat compose box configured as Microsoft Teams configures CKEditor 5: the classic editor with paragraphs,
 * bold and italic, and no toolbar of CKEditor's own (Teams draws its formatting buttons itself). Enter sends the
 * message through the page's own handler, which reads `editor.getData()` and empties the box, as Teams does;
 * Shift+Enter starts a new line. Each sent message is listed above the box.
 */
import { ClassicEditor, Essentials, Paragraph, Bold, Italic, type Editor, type ModelElement, type ModelText } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import { exposeTestPage, SAMPLE } from './page-api.ts';

/** The sample, with a bold and an italic phrase away from the words the specs fix, so formatting is in play. */
const FORMATTED: Array<[phrase: string, tag: 'strong' | 'i']> = [
  ['last night', 'strong'],
  ['Hi team', 'i'],
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function initialData(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let html = esc(line);
      for (const [phrase, tag] of FORMATTED) html = html.replace(esc(phrase), `<${tag}>${esc(phrase)}</${tag}>`);
      return `<p>${html}</p>`;
    })
    .join('');
}

/** The model's text nodes with their offsets in the flat text (paragraphs joined with "\n"). */
function textRuns(editor: Editor): Array<{ node: ModelText; start: number; end: number }> {
  const out: Array<{ node: ModelText; start: number; end: number }> = [];
  let offset = 0;
  for (const block of editor.model.document.getRoot()!.getChildren() as Iterable<ModelElement>) {
    for (const node of block.getChildren()) {
      if (!node.is('$text')) continue;
      out.push({ node, start: offset + node.startOffset!, end: offset + node.endOffset! });
    }
    offset += block.maxOffset + 1;
  }
  return out;
}

const modelText = (editor: Editor) =>
  [...(editor.model.document.getRoot()!.getChildren() as Iterable<ModelElement>)]
    .map((block) => [...block.getChildren()].map((node) => (node.is('$text') ? node.data : '')).join(''))
    .join('\n');

exposeTestPage(
  'teams',
  async (host, text) => {
    const sent: string[] = [];
    const list = document.createElement('ol');
    list.className = 'teams-sent';
    list.setAttribute('aria-label', 'Sent messages');
    const mount = document.createElement('div');
    host.append(list, mount);
    const editor = await ClassicEditor.create(mount, {
      licenseKey: 'GPL',
      plugins: [Essentials, Paragraph, Bold, Italic],
      toolbar: [],
      initialData: initialData(text),
    });
    const root = editor.ui.getEditableElement()!;
    // Enter sends, before CKEditor's own Enter splits the paragraph; Shift+Enter (a soft break) stays a new line.
    editor.editing.view.document.on(
      'enter',
      (event, data: { isSoft: boolean; preventDefault(): void }) => {
        if (data.isSoft) return;
        data.preventDefault();
        event.stop();
        const message = editor.getData();
        if (!message) return;
        sent.push(message);
        const item = document.createElement('li');
        item.textContent = modelText(editor);
        list.append(item);
        editor.setData('');
      },
      { priority: 'high' },
    );
    (window as unknown as { ckeditor: unknown }).ckeditor = editor;
    const find = (word: string) => {
      const at = modelText(editor).indexOf(word);
      return textRuns(editor).filter((run) => at !== -1 && run.start < at + word.length && run.end > at);
    };
    return {
      root,
      model: () => modelText(editor),
      data: () => editor.getData(),
      sent: () => [...sent],
      bold: (word) => {
        const at = modelText(editor).indexOf(word);
        editor.model.change((writer) => {
          for (const { node, start } of find(word)) {
            const from = writer.createPositionAt(node.parent!, node.startOffset! + Math.max(0, at - start));
            const to = writer.createPositionAt(node.parent!, node.startOffset! + Math.min(node.offsetSize, at + word.length - start));
            writer.setAttribute('bold', true, writer.createRange(from, to));
          }
        });
      },
      isBold: (word) => {
        const runs = find(word);
        return runs.length > 0 && runs.every(({ node }) => node.getAttribute('bold') === true);
      },
      caretToEnd: () => {
        editor.editing.view.focus();
        editor.model.change((writer) => writer.setSelection(writer.createPositionAt(editor.model.document.getRoot()!, 'end')));
      },
      destroy: () => void editor.destroy().then(() => host.replaceChildren()),
    };
  },
  SAMPLE,
);
