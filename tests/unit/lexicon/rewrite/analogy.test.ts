import { describe, expect, it } from 'vitest';
import { analogySentence, chooseAnalogy } from '../../../../lexicon/rewrite/analogy.ts';
import type { Analogy } from '../../../../lexicon/schema.ts';
import { fixtureAnalogies, fixtureEntries } from './fixture-lexicon.ts';

const entry = (id: string) => fixtureEntries.find((e) => e.id === id)!;
const analogy = (id: string) => fixtureAnalogies.find((a) => a.id === id)!;

describe('chooseAnalogy', () => {
  it('takes the first analogy the entry links', () => {
    expect(chooseAnalogy(entry('office-365'), fixtureAnalogies)?.id).toBe('serviced-apartment');
  });

  it('falls back to an analogy naming the term, but never to one that only fits its category', () => {
    const unlinked = { ...entry('vpn'), analogies: [] };
    const naming: Analogy = { id: 'named', title: 'A named one', explanation: 'One. Two.', fits: { terms: ['vpn'], categories: [] } };
    expect(chooseAnalogy(unlinked, [...fixtureAnalogies, naming])?.id).toBe('named');
    expect(fixtureAnalogies.some((a) => a.fits.categories.includes('networking'))).toBe(true);
    expect(chooseAnalogy(unlinked, fixtureAnalogies)).toBeNull();
  });

  it('finds none when nothing fits', () => {
    expect(
      chooseAnalogy(
        { ...entry('vpn'), analogies: [] },
        fixtureAnalogies.filter((a) => !a.fits.categories.includes('networking')),
      ),
    ).toBeNull();
  });
});

describe('analogySentence', () => {
  it('joins the title and a short everyday picture in one full sentence', () => {
    const short: Analogy = {
      ...analogy('key-and-pin'),
      explanation: 'A safe that needs both stays shut if a thief steals one. So does an account.',
    };
    expect(analogySentence(short)).toBe('It works like a key plus a PIN: a safe that needs both stays shut if a thief steals one.');
  });

  it('names its subject where one is given, so it cannot point at the wrong thing', () => {
    const short: Analogy = {
      ...analogy('key-and-pin'),
      explanation: 'A safe that needs both stays shut if a thief steals one. So does an account.',
    };
    expect(analogySentence(short, { text: 'two-step sign-in', plural: false })).toBe(
      'Two-step sign-in works like a key plus a PIN: a safe that needs both stays shut if a thief steals one.',
    );
    expect(analogySentence(short, { text: 'sign-in checks', plural: true })).toMatch(/^Sign-in checks work like /);
  });

  it('lets a title that is a statement stand on its own', () => {
    expect(analogySentence(analogy('backup-insurance'))).toBe('Think of it this way: backups are insurance.');
  });

  it('offers nothing rather than a title alone when the picture is too long to add to a sentence', () => {
    const long: Analogy = {
      ...analogy('spare-tyre'),
      explanation: 'A spare tyre ' + 'sits quietly in the boot '.repeat(6) + 'for years. Then it helps.',
    };
    expect(analogySentence(long)).toBeNull();
  });

  it('reads well after a gerund title', () => {
    const lanes: Analogy = { ...analogy('checkout-lanes'), explanation: 'When the queue grows, more tills open. Nobody waits long.' };
    expect(analogySentence(lanes)).toBe('It works like opening more checkout lanes: when the queue grows, more tills open.');
  });
});
