/** Which words a win is logged from (the selection, else the sentence at the caret), and the win they make. */
import { describe, expect, it } from 'vitest';
import { newWin, parseWin, winTextAt } from '../../../../lexicon/update/index.ts';

const TEXT = 'Hi all. We moved invoice approval to the new finance app. It saves 12 hours a week.\n\nThanks, Sam';
const at = (words: string, shift = 0) => TEXT.indexOf(words) + shift;

describe('winTextAt', () => {
  it.each<[string, number, number | undefined, string | null]>([
    ['a caret inside a sentence', at('invoice'), undefined, 'We moved invoice approval to the new finance app.'],
    ['a caret at the start of a sentence', at('We moved'), undefined, 'We moved invoice approval to the new finance app.'],
    ['a caret right after its full stop', at('It saves') - 1, undefined, 'We moved invoice approval to the new finance app.'],
    ['a caret in the last sentence', at('12 hours'), undefined, 'It saves 12 hours a week.'],
    ['a caret at the very start', 0, undefined, 'Hi all.'],
    ['a selection', at('invoice'), at('app.') + 3, 'invoice approval to the new finance app'],
    ['a selection made backwards', at('app.') + 3, at('invoice'), 'invoice approval to the new finance app'],
    ['a selection across a line break, as one line', at('week'), at('Thanks') + 7, 'week. Thanks,'],
    ['a selection of spaces only', at('app.') + 4, at('It saves'), null],
  ])('%s', (_name, start, end, expected) => {
    expect(winTextAt(TEXT, start, end)).toBe(expected);
  });

  it('finds no words in an empty box', () => {
    expect(winTextAt('', 0)).toBeNull();
    expect(winTextAt('   ', 2)).toBeNull();
  });

  it('keeps offsets past the end to the text', () => {
    expect(winTextAt('We patched the VPN.', 99)).toBe('We patched the VPN.');
  });
});

describe('newWin', () => {
  const now = new Date(2026, 2, 4, 9, 30);

  it('is a valid win for today holding only the user’s words, the rest left for the user', () => {
    const win = newWin({ what: '  We moved invoice approval\nto the new finance app. ' }, now, 'id-1');
    expect(win).toEqual({
      id: 'id-1',
      what: 'We moved invoice approval to the new finance app.',
      date: '2026-03-04',
      people: [],
      goal: '',
      benefit: '',
      beneficiary: '',
      created: now.toISOString(),
      updated: now.toISOString(),
    });
    expect(parseWin(win, 'win').ok).toBe(true);
  });

  it('keeps a benefit without its closing full stop, and cuts words to what a win may hold', () => {
    const win = newWin({ what: 'x'.repeat(600), benefit: 'Invoices are approved the same day.' }, now, 'id-2');
    expect(win.benefit).toBe('Invoices are approved the same day');
    expect(win.what).toHaveLength(500);
    expect(parseWin(win, 'win').ok).toBe(true);
  });
});
