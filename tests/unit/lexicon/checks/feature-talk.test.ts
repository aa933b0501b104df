import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../../lexicon/analyze/analyzer.ts';
import { featureTalkCheck } from '../../../../lexicon/checks/feature-talk.ts';
import { fixtureConfig } from '../fixture-lexicon.ts';
import { findingsOf, runCheckTable } from './check-table.ts';

describe('feature-talk check', () => {
  runCheckTable(featureTalkCheck, [
    { text: 'We migrated the file shares last weekend.', fires: ['We migrated the file shares last weekend.'] },
    {
      text: 'The firewall was upgraded on Saturday night.',
      fires: ['The firewall was upgraded on Saturday night.'],
      note: 'passive report',
    },
    { text: 'Deployed the fix to production at noon.', fires: ['Deployed the fix to production at noon.'], note: 'chat-style report' },
    {
      text: 'IT has rolled out the new printers to every floor.',
      fires: ['IT has rolled out the new printers to every floor.'],
      note: 'phrasal verb',
    },
    {
      text: 'We will patch the laptops on Thursday evening.',
      fires: ['We will patch the laptops on Thursday evening.'],
      note: 'planned work',
    },
    { text: 'We migrated the file shares, so you can open them from home.', fires: [], note: '"so you can" states the benefit' },
    { text: 'We upgraded the VPN, which means calls no longer drop.', fires: [] },
    { text: 'The firewall was upgraded to protect customer data.', fires: [] },
    { text: 'We patched the laptops for you overnight.', fires: [] },
    { text: 'Please restart your laptop before Friday.', fires: [], note: 'an instruction is not a report' },
    { text: 'You will need to update your app.', fires: [] },
    { text: 'Done.', fires: [], note: 'too short to judge' },
    { text: 'Lunch is on Friday in the main hall.', fires: [] },
  ]);

  it('adds a whole-message finding when three or more sentences report work and none states an outcome', () => {
    const text = 'We migrated the mailboxes.\nWe also upgraded the firewall last night.\nThe old file server was decommissioned on Monday.';
    const findings = analyzeMessage(text, fixtureConfig([featureTalkCheck])).findings;
    const whole = findings.filter((f) => f.wholeMessage);
    expect(whole).toHaveLength(1);
    expect(whole[0]!.start).toBe(0);
    expect(whole[0]!.end).toBe(text.length);
    expect(whole[0]!.text).toBe(text);
    expect(findings.filter((f) => !f.wholeMessage)).toHaveLength(3);
  });

  it('adds no whole-message finding once one sentence states an outcome', () => {
    const text =
      'We migrated the mailboxes.\nWe also upgraded the firewall last night.\nThis means email keeps working when the office loses power.';
    expect(analyzeMessage(text, fixtureConfig([featureTalkCheck])).findings.some((f) => f.wholeMessage)).toBe(false);
  });

  it('speaks to the chosen audience', () => {
    const text = 'We migrated the file shares last weekend.';
    const board = analyzeMessage(text, fixtureConfig([featureTalkCheck], { audience: 'board' })).findings[0]!;
    const staff = analyzeMessage(text, fixtureConfig([featureTalkCheck], { audience: 'staff' })).findings[0]!;
    expect(board.message).toMatch(/board.*revenue, cost or risk/);
    expect(staff.message).toMatch(/staff.*changes for them/);
    expect(findingsOf(featureTalkCheck, text)[0]!.severity).toBe('medium');
  });
});
