// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { findComposeBoxes } from '../../../compose/find-boxes.ts';
import { adapterFor } from '../../../compose/adapters/registry.ts';

function idsOf(html: string): string[] {
  document.body.innerHTML = html;
  return findComposeBoxes(document).map((box) => box.id);
}

describe('findComposeBoxes', () => {
  test.each<[string, string, string[]]>([
    ['a textarea', '<textarea id="a"></textarea>', ['a']],
    ['a contenteditable', '<div id="a" contenteditable="true"></div>', ['a']],
    ['contenteditable="" counts as editable', '<div id="a" contenteditable=""></div>', ['a']],
    ['contenteditable="false" does not', '<div id="a" contenteditable="false"></div>', []],
    ['a role=textbox wrapper leads to its editor', '<div role="textbox" id="w"><div id="a" contenteditable="true"></div></div>', ['a']],
    ['a role=textbox that is the editor', '<div role="textbox" id="a" contenteditable="true"></div>', ['a']],
    [
      'a nested editable belongs to its editor',
      '<div id="a" contenteditable="true"><p><span id="b" contenteditable="true">x</span></p></div>',
      ['a'],
    ],
    [
      'several boxes at once, in page order',
      '<textarea id="a"></textarea><div id="b" contenteditable="true"></div><textarea id="c"></textarea>',
      ['a', 'b', 'c'],
    ],
    ['read-only and disabled textareas are not boxes', '<textarea id="a" readonly></textarea><textarea id="b" disabled></textarea>', []],
    [
      'data-gramm="false" opts out',
      '<textarea id="a" data-gramm="false"></textarea><div id="b" contenteditable="true" data-gramm="false"></div>',
      [],
    ],
    [
      'data-business-lens="off" on an ancestor opts out',
      '<section data-business-lens="off"><textarea id="a"></textarea></section><textarea id="b"></textarea>',
      ['b'],
    ],
    ['text inputs are not compose boxes', '<input id="a" type="text"><input id="b">', []],
  ])('%s', (_name, html, expected) => {
    expect(idsOf(html)).toEqual(expected);
  });
});

describe('adapterFor', () => {
  test.each<[string, string, string]>([
    ['textarea', '<textarea id="x"></textarea>', 'textarea'],
    ['Quill', '<div class="ql-container"><div id="x" class="ql-editor" contenteditable="true"></div></div>', 'quill'],
    ['CKEditor 5', '<div id="x" class="ck ck-content ck-editor__editable" contenteditable="true"></div>', 'ckeditor5'],
    ['ProseMirror', '<div id="x" class="ProseMirror" contenteditable="true"></div>', 'prosemirror'],
    ['Lexical', '<div id="x" data-lexical-editor="true" contenteditable="true"></div>', 'lexical'],
    [
      'Gmail by its markup',
      '<div id="x" role="textbox" aria-label="Message Body" g_editable="true" contenteditable="true"></div>',
      'gmail',
    ],
    ['Gmail by its quote', '<div id="x" contenteditable="true"><div class="gmail_quote">q</div></div>', 'gmail'],
    [
      'Outlook by its reply header, whatever the label',
      '<div id="x" role="textbox" aria-label="Nachrichtentext" contenteditable="true"><div id="divRplyFwdMsg"></div></div>',
      'outlook',
    ],
    ['any other contenteditable', '<div id="x" contenteditable="true"></div>', 'contenteditable'],
  ])('%s', (_name, html, expected) => {
    document.body.innerHTML = html;
    expect(adapterFor(document.getElementById('x')!)?.name).toBe(expected);
  });
});
