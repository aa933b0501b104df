import { ClassicEditor, Essentials, Paragraph, Bold, Italic, Link, List } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import { exposeTestPage, SAMPLE } from './page-api.ts';

interface ModelNode {
  data?: string;
  getChildren?(): Iterable<ModelNode>;
}

exposeTestPage(
  'ckeditor5',
  async (host, text) => {
    const mount = document.createElement('div');
    host.append(mount);
    const editor = await ClassicEditor.create(mount, {
      licenseKey: 'GPL',
      plugins: [Essentials, Paragraph, Bold, Italic, Link, List],
      toolbar: ['bold', 'italic', 'link', 'bulletedList', 'undo', 'redo'],
      initialData: text
        .split('\n')
        .map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
        .join(''),
    });
    const root = editor.ui.getEditableElement()!;
    const model = () => {
      const lines: string[] = [];
      for (const block of editor.model.document.getRoot()!.getChildren() as Iterable<ModelNode>) {
        lines.push([...(block.getChildren?.() ?? [])].map((node) => node.data ?? '').join(''));
      }
      return lines.join('\n');
    };
    (window as unknown as { ckeditor: unknown }).ckeditor = editor;
    return {
      root,
      model,
      caretToEnd: () => {
        editor.editing.view.focus();
        editor.model.change((writer) => writer.setSelection(writer.createPositionAt(editor.model.document.getRoot()!, 'end')));
      },
      destroy: () => void editor.destroy().then(() => mount.remove()),
    };
  },
  SAMPLE,
);
