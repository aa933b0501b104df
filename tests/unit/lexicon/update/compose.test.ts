import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeUpdate, formatAmount, type Audience, type Period, type Win } from '../../../../lexicon/update/index.ts';

const period: Period = { start: '2026-12-01', end: '2026-12-31', label: 'December 2026' };
const AUDIENCES: Audience[] = ['board', 'executive', 'manager', 'staff'];

function win(partial: Partial<Win> & Pick<Win, 'id' | 'what'>): Win {
  return {
    date: '2026-12-03',
    people: [],
    goal: '',
    benefit: '',
    beneficiary: '',
    created: '2026-12-03T10:00:00.000Z',
    updated: '2026-12-03T10:00:00.000Z',
    ...partial,
  };
}

/** Five wins a real IT team might log in a month. */
const FIVE: Win[] = [
  win({
    id: 'invoices',
    what: 'Moved invoice approval to the new finance app',
    people: ['Priya Shah', 'Tom Lee'],
    goal: 'time',
    benefit: 'invoices are approved the same day',
    beneficiary: 'the finance team',
    figure: { kind: 'hours', amount: 12, detail: 'a week' },
  }),
  win({
    id: 'phishing',
    what: 'Turned on a second sign-in check for every mailbox',
    people: ['Sam Okafor'],
    goal: 'risk',
    benefit: 'a stolen password alone can no longer open anyone’s email',
    beneficiary: 'all staff',
    figure: { kind: 'share', amount: 98, detail: 'of staff' },
  }),
  win({
    id: 'licences',
    what: 'Cancelled unused design software subscriptions',
    people: ['Ana Ruiz'],
    goal: 'cost',
    benefit: 'we stop paying for seats nobody uses',
    figure: { kind: 'money', amount: 14000, currency: '£', detail: 'a year' },
  }),
  win({
    id: 'checkout',
    what: 'Fixed the slow checkout page before the sale',
    people: ['Lena Park'],
    goal: 'revenue',
    benefit: 'customers could pay without waiting during the winter sale',
    beneficiary: 'customers',
  }),
  win({ id: 'laptops', what: 'Replaced 40 laptops in the warehouse', people: ['Joe Burns'], date: '2026-12-10' }),
];

describe('composeUpdate', () => {
  it('leads with the win that matters most to each audience, with its figure', () => {
    const board = composeUpdate(FIVE, { audience: 'board', period });
    const staff = composeUpdate(FIVE, { audience: 'staff', period });
    const manager = composeUpdate(FIVE, { audience: 'manager', period });
    // The board weighs risk and revenue highest; the figure breaks the tie.
    expect(board.lead?.winId).toBe('phishing');
    expect(board.lead?.outcome).toContain('98%');
    expect(staff.lead?.winId).toBe('invoices');
    expect(manager.lead?.outcome).toBe('For the finance team, invoices are approved the same day, saving 12 hours a week.');
    expect(board.text).toContain(
      'The headline: For all staff, a stolen password alone can no longer open anyone’s email, for 98% of staff, because we turned on a second sign-in check for every mailbox. Thanks to Sam Okafor.',
    );
  });

  it('groups the rest by business goal, outcome first, then what was done, then who did it', () => {
    const draft = composeUpdate(FIVE, { audience: 'executive', period });
    expect(draft.lead?.winId).toBe('licences');
    expect(draft.sections.map((s) => s.heading)).toEqual(['Revenue', 'Risk', 'Time saved']);
    const revenue = draft.sections[0]?.items[0];
    expect(revenue).toEqual({
      winId: 'checkout',
      outcome: 'Customers could pay without waiting during the winter sale.',
      done: 'We fixed the slow checkout page before the sale.',
      sentence: 'Customers could pay without waiting during the winter sale, because we fixed the slow checkout page before the sale.',
      credit: 'Thanks to Lena Park.',
    });
    expect(draft.lead?.done).toBe('We cancelled unused design software subscriptions.');
    expect(draft.lead?.outcome).toBe('We stop paying for seats nobody uses, worth £14,000 a year.');
    const text = draft.text;
    expect(text.indexOf('Customers could pay')).toBeLessThan(text.indexOf('because we fixed the slow checkout'));
  });

  it('lists a win with no stated benefit under "needs a why" and leaves it out of the draft', () => {
    const draft = composeUpdate(FIVE, { audience: 'executive', period });
    expect(draft.needsWhy.map((w) => w.id)).toEqual(['laptops']);
    expect(draft.text).not.toContain('laptops');
    expect(draft.text).not.toContain('40');
    expect(draft.included.map((w) => w.id)).not.toContain('laptops');
  });

  it('ends with what is coming next, in the user’s words, and an open door', () => {
    const draft = composeUpdate(FIVE, { audience: 'staff', period, next: ['New meeting-room screens in January'] });
    const end = draft.text.slice(draft.text.indexOf('Coming next'));
    expect(end).toMatch(
      /^Coming next\n- New meeting-room screens in January\.\n\nIf something gets in the way of your work, tell us early/,
    );
    const without = composeUpdate(FIVE, { audience: 'staff', period });
    expect(without.text).not.toContain('Coming next');
    expect(without.text.endsWith(without.closing)).toBe(true);
  });

  it('names the period as the introduction reads it: a month, a week, one day or a range', () => {
    const intro = (label: string, start = '2026-12-01', end = '2026-12-31') =>
      composeUpdate(FIVE, { audience: 'executive', period: { start, end, label } }).intro;
    expect(intro('December 2026')).toBe('Here is what IT delivered in December 2026, tied to the goals we share.');
    expect(intro('this week')).toBe('Here is what IT delivered this week, tied to the goals we share.');
    expect(intro('the week of 30 November')).toContain('delivered in the week of 30 November,');
    expect(intro('3 December 2026', '2026-12-03', '2026-12-03')).toContain('delivered on 3 December 2026,');
    expect(intro('1 December to 14 December 2026', '2026-12-01', '2026-12-14')).toContain('delivered from 1 December to 14 December 2026,');
  });

  it('leaves out wins outside the period, and makes no draft when nothing has a benefit', () => {
    const december = composeUpdate([...FIVE, win({ id: 'old', what: 'Old work', benefit: 'old benefit', date: '2026-11-30' })], {
      audience: 'board',
      period,
    });
    expect(december.text).not.toContain('Old work');
    const empty = composeUpdate([FIVE[4]!], { audience: 'board', period });
    expect(empty.lead).toBeNull();
    expect(empty.text).toBe('');
    expect(empty.needsWhy).toHaveLength(1);
  });

  it('uses an organisation’s own goal labels, and "Other work" for a goal no longer defined', () => {
    const wins = [
      ...FIVE.slice(0, 1),
      win({ id: 'a', what: 'Opened the Leeds office network', benefit: 'the Leeds team started on day one', goal: 'leeds-site' }),
      win({ id: 'b', what: 'Something', benefit: 'something good', goal: 'gone-goal' }),
    ];
    const draft = composeUpdate(wins, { audience: 'staff', period, orgGoals: [{ id: 'leeds-site', label: 'Open the Leeds site' }] });
    expect(draft.sections.map((s) => s.heading)).toEqual(['Open the Leeds site', 'Other work']);
  });

  it('passes what was done through the plain wording it is given, and nothing else', () => {
    const draft = composeUpdate(FIVE, { audience: 'executive', period, plainWording: (t) => t.replace('subscriptions', 'plans') });
    expect(draft.lead?.done).toBe('We cancelled unused design software plans.');
    expect(draft.lead?.outcome).toContain('seats nobody uses');
  });
});

// ---- properties -------------------------------------------------------------------------------------------

const word = fc.constantFrom('invoice', 'sign-in', 'laptops', 'report', 'team', 'backup', 'sales', 'orders', 'app', 'desk');
const phrase = fc.array(fc.oneof(word, fc.nat({ max: 99999 }).map(String)), { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const name = fc
  .tuple(
    fc.constantFrom('Priya', 'Tom', 'Ana', 'Sam', 'Lena', 'Joe', 'Zoë', 'Siobhán'),
    fc.constantFrom('Shah', 'Lee', 'Ruiz', 'Okafor', 'Park'),
  )
  .map(([a, b]) => `${a} ${b}`);
const figure = fc.record(
  {
    kind: fc.constantFrom('hours' as const, 'days' as const, 'money' as const, 'share' as const, 'count' as const),
    amount: fc.oneof(
      fc.nat({ max: 10_000_000 }),
      fc.integer({ min: 0, max: 99999 }).map((n) => n / 10),
    ),
    currency: fc.constantFrom('£', '$', 'EUR'),
    detail: fc.option(phrase, { nil: undefined }),
  },
  { requiredKeys: ['kind', 'amount'] },
);
const day = fc.integer({ min: 1, max: 31 }).map((d) => `2026-12-${String(d).padStart(2, '0')}`);
const winArb = fc.record({
  id: fc.uuid(),
  what: phrase,
  date: fc.oneof(day, fc.constant('2026-11-15')),
  people: fc.array(name, { maxLength: 3 }),
  goal: fc.constantFrom('', 'revenue', 'cost', 'risk', 'time', 'customer', 'compliance', 'own-goal'),
  benefit: fc.oneof(fc.constant(''), phrase),
  beneficiary: fc.oneof(fc.constant(''), phrase),
  figure: fc.option(figure, { nil: undefined }),
  created: fc.constant('2026-12-01T00:00:00.000Z'),
  updated: fc.constant('2026-12-01T00:00:00.000Z'),
});
const numbersIn = (text: string) => (text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => n.replace(/,/g, ''));

function winFacts(w: Win): string[] {
  const texts = [w.what, w.benefit, w.beneficiary, w.figure?.detail ?? '', ...w.people];
  return [...texts.flatMap(numbersIn), ...(w.figure ? numbersIn(formatAmount(w.figure.amount)) : [])];
}

describe('composeUpdate properties', () => {
  const input = fc.record({ wins: fc.array(winArb, { maxLength: 12 }), audience: fc.constantFrom(...AUDIENCES) });

  it('every figure and name of the included wins appears in the draft', () => {
    fc.assert(
      fc.property(input, ({ wins, audience }) => {
        const draft = composeUpdate(wins, { audience, period, orgGoals: [{ id: 'own-goal', label: 'Our goal' }] });
        for (const w of draft.included) {
          for (const person of w.people) expect(draft.text).toContain(person);
          if (w.figure) expect(draft.text).toContain(formatAmount(w.figure.amount));
        }
      }),
    );
  });

  it('nothing numeric appears in the draft that the included wins or the period did not give', () => {
    fc.assert(
      fc.property(input, ({ wins, audience }) => {
        const draft = composeUpdate(wins, { audience, period });
        const given = new Set([...draft.included.flatMap(winFacts), ...numbersIn(period.label)]);
        for (const n of numbersIn(draft.text)) expect(given, `"${n}" in:\n${draft.text}`).toContain(n);
      }),
    );
  });

  it('includes exactly the period’s wins that have a benefit; the rest of the period’s wins need a why', () => {
    fc.assert(
      fc.property(input, ({ wins, audience }) => {
        const draft = composeUpdate(wins, { audience, period });
        const inPeriod = wins.filter((w) => w.date >= period.start && w.date <= period.end);
        expect(new Set(draft.included.map((w) => w.id))).toEqual(new Set(inPeriod.filter((w) => w.benefit.trim()).map((w) => w.id)));
        expect(new Set(draft.needsWhy.map((w) => w.id))).toEqual(new Set(inPeriod.filter((w) => !w.benefit.trim()).map((w) => w.id)));
        const paragraphs = [draft.lead, ...draft.sections.flatMap((s) => s.items)].filter(Boolean).map((p) => p!.winId);
        expect(paragraphs.sort()).toEqual(draft.included.map((w) => w.id).sort());
      }),
    );
  });

  it('is a pure function: the same input gives the same draft, and the wins are not changed', () => {
    fc.assert(
      fc.property(input, ({ wins, audience }) => {
        const before = structuredClone(wins);
        const a = composeUpdate(wins, { audience, period });
        const b = composeUpdate(structuredClone(wins), { audience, period });
        expect(a).toEqual(b);
        expect(wins).toEqual(before);
      }),
    );
  });
});
