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

  const wholeOf = (text: string) => analyzeMessage(text, fixtureConfig([featureTalkCheck])).findings.filter((f) => f.wholeMessage);

  it.each([
    [
      'a change notice that never says why',
      'The VPN will be upgraded on Tuesday.\nYou will be disconnected for an hour.\nPlease save your work before six.',
    ],
    [
      'an incident whose only "benefit" is IT\'s own remediation',
      'The database failed at two.\nOrders were held for an hour.\nWe will improve our monitoring to prevent this happening again.',
    ],
    [
      'plain text that states no benefit either',
      'The fixtures are on Saturday.\nThe coach leaves at nine from the school.\nBring your kit and a packed lunch.',
    ],
  ])('flags %s', (_name, text) => {
    expect(wholeOf(text)).toHaveLength(1);
  });

  it.each([
    ['time saved', 'We moved the expense forms online.\nThe old paper forms are gone.\nThis saves each team about an hour a week.'],
    [
      'money',
      'We switched phone providers in May.\nThe new lines went live at every site.\nOur annual costs fall from ten thousand to five hundred.',
    ],
    [
      'better protection',
      'We turned on a second sign-in check.\nYou will see a prompt on your phone.\nYour account is now better protected against stolen passwords.',
    ],
    [
      'a business consequence',
      'The payment page was down for an hour.\nWe restored it at noon.\nWe know this hurt your business on a busy day.',
    ],
  ])('does not flag a message that states %s', (_name, text) => {
    expect(wholeOf(text)).toEqual([]);
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
