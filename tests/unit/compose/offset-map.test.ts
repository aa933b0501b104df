// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { extractText } from '../../../compose/text/extract.ts';

/** Random editor content: words in inline and block elements, with breaks. */
const inline = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.stringMatching(/^[A-Za-z]{1,8}( [A-Za-z]{1,8}){0,3} ?$/).map((s) => ({ html: escape(s), text: s })),
    fc.constant({ html: '<br>', text: '\n' }),
    tie('wrapped') as fc.Arbitrary<{ html: string; text: string }>,
  ),
  wrapped: fc
    .tuple(
      fc.constantFrom('b', 'i', 'a', 'span'),
      fc.array(tie('node') as fc.Arbitrary<{ html: string; text: string }>, { minLength: 1, maxLength: 3 }),
    )
    .map(([tag, kids]) => ({
      html: `<${tag}>${kids.map((k) => k.html).join('')}</${tag}>`,
      text: kids.map((k) => k.text).join(''),
    })),
})).node;

function escape(s: string) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

describe('OffsetMap', () => {
  test('every word maps to a DOM range reading exactly that word, and back', () => {
    fc.assert(
      fc.property(fc.array(fc.array(inline, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (paragraphs) => {
        document.body.innerHTML = `<div contenteditable="true">${paragraphs.map((p) => `<p>${p.map((n) => n.html).join('')}</p>`).join('')}</div>`;
        const root = document.querySelector('div')!;
        const { text, map } = extractText(root);
        for (const match of text.matchAll(/[A-Za-z]+/g)) {
          const start = match.index;
          const end = start + match[0].length;
          const range = map.rangeFor(start, end, document);
          expect(range?.toString()).toBe(match[0]);
          expect(map.offsetOf(range!.startContainer, range!.startOffset)).toBe(start);
          expect(map.offsetOf(range!.endContainer, range!.endOffset)).toBe(end);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('offsets outside the text give no range', () => {
    document.body.innerHTML = '<div contenteditable="true">abc</div>';
    const { map } = extractText(document.querySelector('div')!);
    expect(map.rangeFor(2, 9, document)).toBeNull();
    expect(map.rangeFor(-1, 1, document)).toBeNull();
    expect(map.rangeFor(3, 3, document)?.collapsed).toBe(true);
  });

  test('a caret between blocks maps to the start of the next line', () => {
    document.body.innerHTML = '<div contenteditable="true"><p>one</p><p>two</p></div>';
    const root = document.querySelector('div')!;
    const { text, map } = extractText(root);
    expect(text).toBe('one\ntwo');
    expect(map.offsetOf(root, 1)).toBe(4);
    expect(map.offsetOf(root, 2)).toBe(7);
  });
});
