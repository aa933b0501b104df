import { describe, expect, it } from 'vitest';
import { discouragingCheck } from '../../../../lexicon/checks/discouraging.ts';
import { findingsOf, runCheckTable } from './check-table.ts';

describe('discouraging check', () => {
  runCheckTable(discouragingCheck, [
    { text: "We're swamped this week.", fires: ["We're swamped"] },
    { text: 'We are really slammed right now.', fires: ['We are really slammed'] },
    { text: 'Sorry, the team is too busy.', fires: ['too busy'] },
    { text: 'Raise a ticket and wait.', fires: ['Raise a ticket and wait'] },
    { text: "I don't have the bandwidth for this.", fires: ["I don't have the bandwidth"] },
    { text: "That's not our problem.", fires: ['not our problem'] },
    { text: 'Please raise a ticket so we can track it.', fires: [], note: 'asking for a ticket is fine' },
    { text: 'The shop was busy on Saturday.', fires: [] },
  ]);

  it('carries the principle', () => {
    const [finding] = findingsOf(discouragingCheck, "We're swamped this week.");
    expect(finding!.message).toContain('Stay approachable');
    expect(finding!.message).toMatch(/say when you can help/i);
  });
});
