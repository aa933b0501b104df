import { EditorState, Selection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { schema } from 'prosemirror-schema-basic';
import { history, undo, redo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap } from 'prosemirror-commands';
import 'prosemirror-view/style/prosemirror.css';
import { exposeTestPage, SAMPLE } from './page-api.ts';

exposeTestPage(
  'prosemirror',
  (host, text) => {
    const doc = schema.node(
      'doc',
      null,
      text.split('\n').map((line) => schema.node('paragraph', null, line ? [schema.text(line)] : [])),
    );
    const view = new EditorView(host, {
      state: EditorState.create({
        doc,
        plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }), keymap(baseKeymap)],
      }),
    });
    return {
      root: view.dom,
      model: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'),
      caretToEnd: () => {
        view.focus();
        view.dispatch(view.state.tr.setSelection(Selection.atEnd(view.state.doc)));
      },
      destroy: () => view.destroy(),
    };
  },
  SAMPLE,
);
