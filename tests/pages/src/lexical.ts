import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical';
import { registerRichText, HeadingNode, QuoteNode } from '@lexical/rich-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { mergeRegister } from '@lexical/utils';
import { exposeTestPage, SAMPLE } from './page-api.ts';

exposeTestPage(
  'lexical',
  (host, text) => {
    const root = document.createElement('div');
    root.contentEditable = 'true';
    root.className = 'box';
    host.append(root);
    const editor = createEditor({ namespace: 'test', nodes: [HeadingNode, QuoteNode], onError: (error) => console.error(error) });
    editor.setRootElement(root);
    const unregister = mergeRegister(registerRichText(editor), registerHistory(editor, createEmptyHistoryState(), 300));
    editor.update(
      () => {
        const rootNode = $getRoot();
        for (const line of text.split('\n')) rootNode.append($createParagraphNode().append(...(line ? [$createTextNode(line)] : [])));
      },
      { discrete: true, tag: 'history-merge' },
    );
    return {
      root,
      model: () =>
        editor.getEditorState().read(() =>
          $getRoot()
            .getChildren()
            .map((child) => child.getTextContent())
            .join('\n'),
        ),
      caretToEnd: () => {
        root.focus();
        editor.update(() => void $getRoot().selectEnd(), { discrete: true });
      },
      destroy: () => {
        unregister();
        editor.setRootElement(null);
        root.remove();
      },
    };
  },
  SAMPLE,
);
