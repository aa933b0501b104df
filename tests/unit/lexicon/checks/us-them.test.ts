import { describe, expect, it } from 'vitest';
import { usThemCheck } from '../../../../lexicon/checks/us-them.ts';
import { findingsOf, runCheckTable } from './check-table.ts';

describe('us-and-them check', () => {
  runCheckTable(usThemCheck, [
    { text: 'IT exists to support the business.', fires: ['support the business'] },
    { text: 'The business wants the report by Friday.', fires: ['The business'] },
    { text: 'We asked the end users and the business users.', fires: ['the end users', 'business users'] },
    { text: 'Tell users to restart.', fires: ['users'] },
    { text: 'We work with the rest of the business on the business case.', fires: [], note: 'inclusive wording and compounds' },
    { text: 'Everyone in the business and across the business benefits; we grow the business.', fires: [] },
    { text: 'Our app has 2,000 active users and a user guide.', fires: [], quiet: ['active users', 'user guide'] },
  ]);

  it('carries the principle and a replacement', () => {
    const [finding] = findingsOf(usThemCheck, 'IT exists to support the business.');
    expect(finding!.message).toContain('IT is part of the business');
    expect(finding!.suggestions[0]).toEqual({ kind: 'plain', text: 'work with the rest of the business' });
  });
});
