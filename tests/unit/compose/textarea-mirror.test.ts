// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { CHUNK_LINES, TextareaMirror } from '../../../compose/fields/textarea-mirror.ts';

/** The mirror's line blocks, in order (they sit in chunks). */
function lineBlocks(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('.bl-mirror > .bl-chunk > div')];
}

/** The mirror's text as laid out: its line blocks' text, joined by the line breaks they stand for. */
function mirrored(container: HTMLElement): string {
  return lineBlocks(container)
    .map((block) => block.firstChild?.textContent ?? '')
    .join('\n');
}

function setup(value: string) {
  document.body.innerHTML = '<textarea></textarea><div id="layer"></div>';
  const textarea = document.querySelector('textarea')!;
  textarea.value = value;
  const container = document.getElementById('layer')!;
  const mirror = new TextareaMirror(textarea, container);
  return { textarea, container, mirror };
}

describe('TextareaMirror keeps one block per line in step with the textarea', () => {
  test('each line gets a block; empty lines keep a line break so they take a line', () => {
    const { container, mirror } = setup('Hi all,\n\nThe VPN is back.\n');
    mirror.rectsFor(0, 2);
    const blocks = lineBlocks(container);
    expect(blocks.map((b) => b.textContent)).toEqual(['Hi all,', '', 'The VPN is back.', '']);
    expect(blocks.map((b) => b.querySelector('br') !== null)).toEqual([false, true, false, true]);
  });

  test('typing in one line rewrites only that line; the other blocks stay the same nodes', () => {
    const { textarea, container, mirror } = setup('one\ntwo\nthree');
    mirror.rectsFor(0, 1);
    const before = lineBlocks(container);
    textarea.value = 'one\ntwo!\nthree';
    mirror.resync();
    mirror.rectsFor(0, 1);
    const after = lineBlocks(container);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toBe(before[1]);
    expect(after[2]).toBe(before[2]);
    expect(mirrored(container)).toBe('one\ntwo!\nthree');
  });

  test('measuring places the range on the line that holds the offset', () => {
    const { container, mirror } = setup('ab\ncd\n\nef');
    const calls: Array<[string, number, string, number]> = [];
    const proto = Range.prototype;
    const getClientRects = proto.getClientRects;
    proto.getClientRects = function (this: Range) {
      calls.push([this.startContainer.textContent ?? '', this.startOffset, this.endContainer.textContent ?? '', this.endOffset]);
      return [] as unknown as DOMRectList;
    };
    try {
      mirror.rectsFor(3, 5); // "cd"
      mirror.rectsFor(7, 9); // "ef"
      mirror.rectsFor(1, 4); // "b\nc", across a line break
      mirror.rectsFor(2, 2); // the end of the first line
    } finally {
      proto.getClientRects = getClientRects;
    }
    expect(calls).toEqual([
      ['cd', 0, 'cd', 2],
      ['ef', 0, 'ef', 2],
      ['ab', 1, 'cd', 1],
      ['ab', 2, 'ab', 2],
    ]);
    expect(mirrored(container)).toBe('ab\ncd\n\nef');
  });

  test('any sequence of edits leaves the mirror holding exactly the value', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', 'é', '😀'), maxLength: 40 });
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 8 }), (first, edits) => {
        const { textarea, container, mirror } = setup(first);
        mirror.rectsFor(0, 0);
        expect(mirrored(container)).toBe(first);
        for (const value of edits) {
          textarea.value = value;
          mirror.resync();
          mirror.rectsFor(0, 0);
          expect(mirrored(container)).toBe(value);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('after typing-like edits anywhere, every offset is measured on its own line and column', () => {
    // Edits as a writer makes them: insert or delete a few characters at a place, with the caret after them
    // (the mirror takes the caret as a hint of where the edit ends, and must not depend on it being right).
    const piece = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', 'é'), maxLength: 4 });
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 3 }), insert: piece, caret: fc.nat() });
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n'), maxLength: 30 }),
        fc.array(edit, { maxLength: 10 }),
        (first, edits) => {
          const { textarea, container, mirror } = setup(first);
          mirror.rectsFor(0, 0);
          let value = first;
          const proto = Range.prototype;
          const getClientRects = proto.getClientRects;
          let placed: [string, number] = ['', -1];
          proto.getClientRects = function (this: Range) {
            placed = [this.startContainer.textContent ?? '', this.startOffset];
            return [] as unknown as DOMRectList;
          };
          try {
            for (const { at, remove, insert, caret } of edits) {
              const start = at % (value.length + 1);
              value = value.slice(0, start) + insert + value.slice(Math.min(value.length, start + remove));
              textarea.value = value;
              textarea.setSelectionRange(caret % (value.length + 1), caret % (value.length + 1));
              mirror.resync();
              for (let offset = 0; offset <= value.length; offset++) {
                mirror.rectsFor(offset, offset);
                const lineStart = offset === 0 ? 0 : value.lastIndexOf('\n', offset - 1) + 1;
                const lineEnd = value.indexOf('\n', offset);
                expect(placed).toEqual([value.slice(lineStart, lineEnd === -1 ? value.length : lineEnd), offset - lineStart]);
              }
              expect(mirrored(container)).toBe(value);
            }
          } finally {
            proto.getClientRects = getClientRects;
          }
        },
      ),
      { numRuns: 300, seed: 2211 },
    );
  });

  test('in long messages, lines sit in chunks that stay short and in order whatever is typed', () => {
    const line = fc.string({ unit: fc.constantFrom('a', 'b', ' '), maxLength: 6 });
    const lines = fc.array(line, { maxLength: 6 * CHUNK_LINES });
    // An edit replaces a run of lines with others: typing, pasting or deleting whole paragraphs.
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 3 * CHUNK_LINES }),
      insert: fc.array(line, { maxLength: 3 * CHUNK_LINES }),
    });
    fc.assert(
      fc.property(lines, fc.array(edit, { maxLength: 8 }), (first, edits) => {
        const { textarea, container, mirror } = setup(first.join('\n'));
        mirror.rectsFor(0, 0);
        let value = first;
        for (const { at, remove, insert } of edits) {
          const start = at % (value.length + 1);
          value = [...value.slice(0, start), ...insert, ...value.slice(start + remove)];
          textarea.value = value.join('\n');
          mirror.resync();
          mirror.rectsFor(0, 0);
          expect(mirrored(container)).toBe(value.join('\n'));
          const chunks = [...container.querySelector('.bl-mirror')!.children];
          expect(
            chunks.every(
              (chunk) => chunk.className === 'bl-chunk' && chunk.childElementCount > 0 && chunk.childElementCount < 2 * CHUNK_LINES,
            ),
          ).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  test('textBetween gives the offsets of the lines laid out in a band of the viewport', () => {
    const { container, mirror } = setup('l0\nline 1\n\nl3\nl4');
    mirror.rectsFor(0, 0);
    // Each line block 20px high, stacked from the top of the viewport (happy-dom lays nothing out).
    const blocks = lineBlocks(container);
    blocks.forEach((block, i) => {
      block.getBoundingClientRect = () =>
        ({ top: i * 20, bottom: i * 20 + 20, left: 0, right: 100, width: 100, height: 20, x: 0, y: i * 20 }) as DOMRect;
    });
    expect(mirror.textBetween(0, 10)).toEqual({ start: 0, end: 2 }); // l0
    expect(mirror.textBetween(25, 45)).toEqual({ start: 3, end: 10 }); // "line 1" and the empty line
    expect(mirror.textBetween(61, 200)).toEqual({ start: 11, end: 16 }); // l3, l4
    expect(mirror.textBetween(200, 300)).toBeNull();
  });

  test('a mark is measured again only when its line, the lines above it or the box changed', () => {
    const { textarea, mirror } = setup('the VPN\nsecond\nthird');
    let measured = 0;
    const proto = Range.prototype;
    const getClientRects = proto.getClientRects;
    proto.getClientRects = function () {
      measured++;
      return [] as unknown as DOMRectList;
    };
    const mark = {};
    const type = (value: string) => {
      textarea.value = value;
      mirror.resync();
      measured = 0;
      mirror.rectsFor(4, 7, mark);
      return measured;
    };
    try {
      expect(type('the VPN\nsecond\nthird')).toBe(1); // first measurement
      expect(type('the VPN\nsecond\nthird!')).toBe(0); // another line, same height: the mark stayed put
      expect(type('the VPN\nsecond!\nthird!')).toBe(0);
      expect(type('the VPN!\nsecond\nthird!!')).toBe(1); // the mark's own line
      expect(type('the VPN!\nsecond\n\nthird!!')).toBe(1); // a line added
      expect(type('the VPN!\nsecond\n\nthird!!')).toBe(0);
      // An edit that makes a line wrap onto two lines moves what follows it: everything is measured again.
      const blockRect = HTMLElement.prototype.getBoundingClientRect;
      HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
        if (!this.parentElement?.classList.contains('bl-chunk')) return blockRect.call(this);
        const height = (this.textContent ?? '').length > 10 ? 40 : 20;
        return { top: 0, bottom: height, left: 0, right: 0, width: 0, height, x: 0, y: 0 } as DOMRect;
      };
      try {
        expect(type('the VPN!\nsecond\n\nthird!! and more')).toBe(1);
        expect(type('the VPN!\nsecond\n\nthird!! and more!')).toBe(0);
      } finally {
        HTMLElement.prototype.getBoundingClientRect = blockRect;
      }
      mirror.invalidateStyles();
      measured = 0;
      mirror.rectsFor(4, 7, mark);
      expect(measured).toBe(1); // styles copied again
    } finally {
      proto.getClientRects = getClientRects;
    }
  });
});

describe('TextareaMirror copies the textarea’s styles again when the page changes them', () => {
  test('a new font and padding in the same box reach the copy at the next measurement, without a resize', () => {
    const { textarea, container, mirror } = setup('The VPN is back.');
    textarea.style.fontSize = '15px';
    textarea.style.paddingLeft = '8px';
    mirror.rectsFor(0, 3);
    const copy = container.querySelector<HTMLElement>('.bl-mirror')!;
    expect([copy.style.fontSize, copy.style.paddingLeft]).toEqual(['15px', '8px']);
    textarea.style.fontSize = '19px';
    textarea.style.paddingLeft = '30px';
    mirror.resync();
    mirror.rectsFor(0, 3);
    expect([copy.style.fontSize, copy.style.paddingLeft]).toEqual(['19px', '30px']);
  });
});
