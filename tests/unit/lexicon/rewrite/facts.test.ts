import { describe, expect, it } from 'vitest';
import { checkFacts, extractFacts } from '../../../../lexicon/rewrite/facts.ts';

const kinds = (text: string) => extractFacts(text).map((f) => `${f.kind}:${f.text}`);

describe('extractFacts', () => {
  it('finds numbers, dates, times, percentages, names, negations and quantities', () => {
    expect(kinds('On Tuesday 14 March at 3:30pm, Priya from the Finance team did not reset all 40 accounts (99.9% uptime).')).toEqual([
      'date:Tuesday',
      'number:14',
      'date:March',
      'number:3:30pm',
      'name:Priya',
      'name:Finance',
      'negation:not',
      'quantity:all',
      'number:40',
      'number:99.9%',
    ]);
  });

  it('reads "May" and "March" as months only when capitalised mid-sentence, and "last" only before a date word', () => {
    expect(kinds('We may march on.')).toEqual([]);
    expect(kinds('We moved in May and last weekend.')).toEqual(['date:May', 'date:last', 'date:weekend']);
    expect(kinds('The last step failed.')).toEqual([]);
  });

  it('leaves out facts inside exempt ranges (the "365" of a replaced "O365")', () => {
    const text = 'We moved to O365 on 3 May.';
    expect(extractFacts(text, { exempt: [{ start: 12, end: 16 }] }).map((f) => f.text)).toEqual(['3', 'May']);
  });

  it('treats a capitalised first word as a name only when told', () => {
    expect(kinds('Sarah reset it.')).toEqual([]);
    expect(extractFacts('Sarah reset it.', { names: ['Sarah'] }).map((f) => f.text)).toEqual(['Sarah']);
  });
});

describe('checkFacts', () => {
  const original = 'The VPN was not available for 2 hours on Monday, so Sam in Payroll could not run 3 reports.';
  const vpn = { exempt: [{ start: 4, end: 7 }] };

  it('passes a rewrite that keeps every fact, even moved or re-cased', () => {
    const rewrite = 'On Monday the secure remote connection was not available for 2 hours, so Sam in Payroll could not run 3 reports.';
    expect(checkFacts(original, rewrite, vpn)).toEqual({ ok: true, missing: [] });
    // Without the exemption, the replaced term itself counts as a name that went missing.
    expect(checkFacts(original, rewrite).missing).toEqual(['VPN']);
  });

  it.each([
    ['a number', 'The VPN was not available for two hours on Monday, so Sam in Payroll could not run 3 reports.', '2'],
    ['a date', 'The VPN was not available for 2 hours, so Sam in Payroll could not run 3 reports.', 'Monday'],
    ['a name', 'The VPN was not available for 2 hours on Monday, so Sam could not run 3 reports.', 'Payroll'],
    ['one of two negations', 'The VPN was available for 2 hours on Monday, so Sam in Payroll could not run 3 reports.', 'not'],
  ])('fails a rewrite that loses %s', (_what, rewrite, missing) => {
    const result = checkFacts(original, rewrite, vpn);
    expect(result.ok).toBe(false);
    expect(result.missing).toEqual([missing]);
  });

  it('accepts "did not" for "didn\'t" and extra facts in the rewrite', () => {
    expect(checkFacts("We didn't patch 12 laptops.", 'We did not patch 12 laptops, so that nobody loses work.').ok).toBe(true);
  });

  it('needs a name back exactly as written, and a percentage with its sign', () => {
    expect(checkFacts('Errors fell 35% for the Sales team.', 'Errors fell 35 per cent for the sales team.').missing).toEqual([
      '35%',
      'Sales',
    ]);
  });

  it('counts quantities: "all" and "every" must survive', () => {
    expect(checkFacts('All staff must enrol every device.', 'Staff must enrol each device.').missing).toEqual(['All', 'every']);
  });
});
