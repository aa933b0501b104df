import { describe, expect, it } from 'vitest';
import { buildWorksheet, composeWorksheetSentence } from '../../../../lexicon/rewrite/index.ts';
import { fixtureEntries } from './fixture-lexicon.ts';
import { matchFixture } from './fixture-matcher.ts';

const request = (text: string, audience: 'board' | 'executive' | 'manager' | 'staff' = 'board') => ({
  text,
  matches: matchFixture(fixtureEntries, text),
  audience,
});

describe('buildWorksheet', () => {
  it('prefills feature, benefit and outcome from the term the sentence is about', () => {
    const ws = buildWorksheet(request('We migrated the Exchange DAG to O365 last weekend.'));
    expect(ws).toMatchObject({
      entryId: 'office-365',
      feature: "Last weekend we migrated our email system to Microsoft's cloud service",
      benefit: 'email stays available even when our office loses power',
      outcome: 'we no longer pay to run our own mail servers',
      polarity: 'done',
    });
  });

  it('changes only the outcome column with the audience', () => {
    const board = buildWorksheet(request('MFA is now required for all staff.', 'board'));
    const staff = buildWorksheet(request('MFA is now required for all staff.', 'staff'));
    expect(staff.feature).toBe(board.feature);
    expect(staff.benefit).toBe(board.benefit);
    expect(staff.outcome).not.toBe(board.outcome);
    expect(staff.outcome).toBe('you approve sign-ins from your phone and nobody else can pose as you');
  });

  it('leaves benefit and outcome empty where none can be claimed, and when no term is named', () => {
    expect(buildWorksheet(request('We did not migrate the Exchange DAG.'))).toMatchObject({
      benefit: '',
      outcome: '',
      polarity: 'negated',
    });
    expect(buildWorksheet({ text: 'We upgraded the printers.', matches: [] })).toMatchObject({
      entryId: null,
      feature: 'We upgraded the printers',
      benefit: '',
      outcome: '',
    });
  });
});

describe('composeWorksheetSentence', () => {
  it('composes the prefilled columns into one clean sentence', () => {
    const composed = composeWorksheetSentence(buildWorksheet(request('We migrated the Exchange DAG to O365 last weekend.')));
    expect(composed).toEqual({
      text: "Last weekend we migrated our email system to Microsoft's cloud service, so that email stays available even when our office loses power, and we no longer pay to run our own mail servers.",
      missingFacts: [],
      problems: [],
    });
  });

  it('tidies what a person typed: capitals, "so that", final full stops', () => {
    const ws = {
      ...buildWorksheet(request('We patched the VPN on Friday.')),
      feature: 'On Friday we fixed the secure remote connection.',
      benefit: 'So that staff can work from home.',
      outcome: 'Sales keeps closing deals.',
    };
    expect(composeWorksheetSentence(ws).text).toBe(
      'On Friday we fixed the secure remote connection, so that staff can work from home, and Sales keeps closing deals.',
    );
  });

  it('reports a fact the edited feature lost', () => {
    const ws = { ...buildWorksheet(request('We patched 40 servers on Friday.')), feature: 'We fixed the computers' };
    const composed = composeWorksheetSentence(ws);
    expect(composed.missingFacts).toEqual(['40', 'Friday']);
  });

  it('composes a fault as what returns once it is fixed', () => {
    const ws = buildWorksheet(request('The VPN is down for everyone.', 'staff'));
    expect(ws.polarity).toBe('fault');
    expect(composeWorksheetSentence(ws).text).toBe(
      'The secure remote connection is down for everyone. Once this is fixed, staff can reach office systems safely from home, and you can reach shared drives from home as if you were in the office.',
    );
  });

  it('says so when the feature column is empty, and keeps a sentence with empty benefit and outcome as it is', () => {
    const ws = buildWorksheet(request('We migrated the Exchange DAG.'));
    expect(composeWorksheetSentence({ ...ws, feature: '  ' })).toMatchObject({ text: '', problems: ['the feature column is empty'] });
    expect(composeWorksheetSentence({ ...ws, benefit: '', outcome: '' }).text).toBe('We migrated our email system.');
  });
});
