import { describe, expect, it } from 'vitest';
import { builtInLexicon } from '../../../../lexicon/index.ts';
import { findFigure, parseWinsCsv, parseWinsFile, prefillWin, winsFile, winsToCsv, type Win } from '../../../../lexicon/update/index.ts';

const NOW = '2026-12-07T10:00:00.000Z';
const wins: Win[] = [
  {
    id: 'w1',
    what: 'Moved invoice approval to the new app, "at last", on time',
    date: '2026-12-03',
    people: ['Priya Shah', 'Tom Lee'],
    goal: 'time',
    benefit: 'invoices are approved the same day',
    beneficiary: 'the finance team',
    figure: { kind: 'hours', amount: 12.5, detail: 'a week' },
    created: NOW,
    updated: NOW,
  },
  {
    id: 'w2',
    what: '=HYPERLINK("http://x")\nsecond line',
    date: '2026-12-04',
    people: [],
    goal: '',
    benefit: '',
    beneficiary: '',
    created: NOW,
    updated: NOW,
  },
];

describe('wins files', () => {
  it('round-trips through JSON and CSV, formulas neutralised in the CSV', () => {
    expect(parseWinsFile(JSON.parse(JSON.stringify(winsFile(wins))))).toEqual({ ok: true, wins });
    const csv = winsToCsv(wins);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")\nsecond line"`);
    expect(parseWinsCsv(csv, { newId: () => 'new', now: NOW })).toEqual({ ok: true, wins });
  });

  it('names the win and field of a bad JSON file', () => {
    const bad = winsFile(wins) as { wins: unknown[] };
    bad.wins[1] = { ...wins[1], date: '2026-02-30' };
    expect(parseWinsFile(bad)).toEqual({
      ok: false,
      issues: [{ where: 'wins[1]', field: 'date', message: 'must be a date written YYYY-MM-DD' }],
    });
    expect(parseWinsFile({ schemaVersion: 9, wins: [] })).toMatchObject({ ok: false, issues: [{ where: 'file', field: 'schemaVersion' }] });
    expect(parseWinsFile({ schemaVersion: 1, wins: [wins[0], wins[0]] })).toMatchObject({
      ok: false,
      issues: [{ where: 'wins[1]', field: 'id', message: 'is used twice (also wins[0])' }],
    });
  });

  it('names the row and column of a bad CSV row, and fills an empty id and timestamps', () => {
    const csv = 'date,what,figure_kind,figure_amount\n2026-12-01,Did a thing,hours,12\n2026-12-02,Other,hours,twelve\n';
    expect(parseWinsCsv(csv, { newId: () => 'x', now: NOW })).toEqual({
      ok: false,
      issues: [{ where: 'row 3', field: 'figure_amount', message: 'must be a number (got "twelve")' }],
    });
    const ok = parseWinsCsv('date,what\n2026-12-01,Did a thing\n', { newId: () => 'x1', now: NOW });
    expect(ok).toMatchObject({ ok: true, wins: [{ id: 'x1', what: 'Did a thing', created: NOW, people: [] }] });
    expect(parseWinsCsv('what\nx\n', { newId: () => 'x', now: NOW })).toMatchObject({
      ok: false,
      issues: [{ where: 'row 1', field: 'date' }],
    });
    expect(parseWinsCsv('date,what\n2026-13-01,x\n', { newId: () => 'x', now: NOW })).toMatchObject({
      ok: false,
      issues: [{ where: 'row 2', field: 'date' }],
    });
    expect(parseWinsCsv('date,what,figure_kind,figure_amount\n2026-12-01,x,weeks,3\n', { newId: () => 'x', now: NOW })).toMatchObject({
      ok: false,
      issues: [{ where: 'row 2', field: 'figure_kind' }],
    });
  });
});

describe('prefillWin', () => {
  it('suggests the terms, their benefit and outcome phrases, the number and a goal, from the lexicon', () => {
    const prefill = prefillWin('Enforced MFA on every mailbox, saving 3 hours a week of password resets', builtInLexicon(), 'executive');
    expect(prefill.terms.map((t) => t.entryId)).toContain('mfa');
    const mfa = prefill.terms.find((t) => t.entryId === 'mfa')!;
    expect(prefill.benefits).toContain(mfa.outcome);
    expect(prefill.figure).toEqual({ kind: 'hours', amount: 3, detail: 'a week' });
    expect(prefill.goal).toBe('risk');
  });

  it('reads money, shares and days from the sentence, and suggests nothing it cannot read', () => {
    expect(findFigure('Cut licence costs by £14,000 a year')).toEqual({ kind: 'money', amount: 14000, currency: '£', detail: 'a year' });
    expect(findFigure('Now 98% of staff sign in with a phone')).toEqual({ kind: 'share', amount: 98, detail: 'of staff' });
    expect(findFigure('Finished the move 3 days early')).toEqual({ kind: 'days', amount: 3 });
    expect(prefillWin('Tidied the cupboard', builtInLexicon(), 'board')).toEqual({ terms: [], benefits: [] });
  });
});
