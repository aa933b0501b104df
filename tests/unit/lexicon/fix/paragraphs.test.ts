/**
 * The composed update inserted into a message: it stands as paragraphs of its own, a blank line from the writer's
 * text on either side (none at the start or end of the box, none added where one is already), its own paragraph
 * breaks kept, and the writer's text never changed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitParagraphsInsertion } from '../../../../lexicon/fix/index.ts';

const DRAFT = 'IT update: this week\n\nHello,\n\nCost\n- We stop paying for seats nobody uses.';

/** The message after inserting DRAFT where `|` stands in `marked`. */
function inserted(marked: string, draft = DRAFT): string {
  const at = marked.indexOf('|');
  const text = marked.replace('|', '');
  return text.slice(0, at) + fitParagraphsInsertion(text, at, draft) + text.slice(at);
}

describe('fitParagraphsInsertion', () => {
  it.each([
    ['an empty box', '|', DRAFT],
    ['a box of spaces', '  |', `  ${DRAFT}`],
    ['after the greeting, at the end', 'Hi all,|', `Hi all,\n\n${DRAFT}`],
    ['after a line break', 'Hi all,\n|', `Hi all,\n\n${DRAFT}`],
    ['after a blank line', 'Hi all,\n\n|', `Hi all,\n\n${DRAFT}`],
    ['before a sign-off', '|\n\nThanks, Sam', `${DRAFT}\n\nThanks, Sam`],
    ['before a sign-off on the next line', '|\nThanks, Sam', `${DRAFT}\n\nThanks, Sam`],
    ['between two paragraphs', 'Hi all,\n\n|\n\nThanks, Sam', `Hi all,\n\n${DRAFT}\n\nThanks, Sam`],
    ['in the middle of a line', 'Hi all, | thanks', `Hi all, \n\n${DRAFT}\n\n thanks`],
  ])('%s', (_, marked, expected) => {
    expect(inserted(marked)).toBe(expected);
  });

  it('keeps the draft’s own paragraph breaks and drops blank lines and spaces around it', () => {
    expect(fitParagraphsInsertion('', 0, '\n\n  \r\nFirst  \r\n\r\nSecond\n- one\n\n\n')).toBe('First\n\nSecond\n- one');
    expect(fitParagraphsInsertion('Hi', 2, ' \n \n')).toBe('');
  });

  it('never changes the writer’s text: it is all still there, around the draft, in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '.') }), fc.nat(), (text, n) => {
        const at = n % (text.length + 1);
        const fitted = fitParagraphsInsertion(text, at, DRAFT);
        expect(fitted.trim()).toBe(DRAFT);
        // Only line breaks are added around the draft.
        expect(fitted.replace(DRAFT, '')).toMatch(/^\n*$/);
        const after = text.slice(0, at) + fitted + text.slice(at);
        // The draft stands on lines of its own unless the box has nothing else on that side.
        if (text.slice(0, at).trim()) expect(after.slice(0, after.indexOf(DRAFT))).toMatch(/\n[ \t]*\n[ \t]*$/);
        if (text.slice(at).trim()) expect(after.slice(after.indexOf(DRAFT) + DRAFT.length)).toMatch(/^[ \t]*\n[ \t]*\n/);
      }),
    );
  });
});
