import { describe, expect, it } from 'vitest';
import { underminingCheck } from '../../../../lexicon/checks/undermining.ts';
import { findingsOf, runCheckTable } from './check-table.ts';

describe('self-undermining check', () => {
  runCheckTable(underminingCheck, [
    { text: 'It was just a small fix.', fires: ['just a small fix'] },
    { text: 'It was only a quick change.', fires: ['only a quick change'] },
    { text: 'We just restarted it.', fires: ['just'] },
    { text: 'Sorry for the delay, the report is attached.', fires: ['Sorry for the delay'] },
    { text: 'Hopefully the fix holds. I think it works.', fires: ['Hopefully', 'I think'] },
    { text: 'It was no big deal.', fires: ['no big deal'] },
    { text: 'The parcel arrived just in time, just as planned, just before noon.', fires: [], note: '"just" meaning exactly' },
    { text: 'It is not just a fix: it saves an hour a day.', fires: [] },
    { text: 'I think of this as a milestone.', fires: [] },
  ]);

  it('offers to remove "just" with the space after it', () => {
    const text = 'We just restarted it.';
    const [finding] = findingsOf(underminingCheck, text);
    const remove = finding!.suggestions[0]!;
    expect(remove.kind).toBe('remove');
    expect(text.slice(0, remove.start) + remove.text + text.slice(remove.end)).toBe('We restarted it.');
    expect(finding!.message).toContain('Claim the win');
  });

  it('re-capitalises the next word when the removed words start the sentence', () => {
    const text = 'Hopefully the fix holds.';
    const remove = findingsOf(underminingCheck, text)[0]!.suggestions[0]!;
    expect(text.slice(0, remove.start) + remove.text + text.slice(remove.end)).toBe('The fix holds.');
  });
});
