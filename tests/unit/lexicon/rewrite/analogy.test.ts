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

  it('falls back to an analogy naming the term, then to one fitting its category', () => {
    const unlinked = { ...entry('vpn'), analogies: [] };
    const naming: Analogy = { id: 'named', title: 'A named one', explanation: 'One. Two.', fits: { terms: ['vpn'], categories: [] } };
    expect(chooseAnalogy(unlinked, [...fixtureAnalogies, naming])?.id).toBe('named');
    expect(chooseAnalogy(unlinked, fixtureAnalogies)?.fits.categories).toContain('networking');
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
  it('joins the title and the everyday picture in one sentence', () => {
    expect(analogySentence(analogy('key-and-pin'))).toBe(
      'It works like a key plus a PIN: a safe that needs both a key and a PIN stays shut if a thief only steals the key.',
    );
  });

  it('lets a title that is a statement stand on its own', () => {
    expect(analogySentence(analogy('backup-insurance'))).toBe('Think of it this way: backups are insurance.');
  });

  it('gives the title alone when the picture is long', () => {
    const long: Analogy = {
      ...analogy('spare-tyre'),
      explanation: 'A spare tyre ' + 'sits quietly in the boot '.repeat(6) + 'for years. Then it helps.',
    };
    expect(analogySentence(long)).toBe('It works like a spare tyre.');
  });

  it('reads well after a gerund title', () => {
    expect(analogySentence(analogy('checkout-lanes'))).toMatch(/^It works like opening more checkout lanes: when the queue/);
  });
});
