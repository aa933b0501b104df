// @vitest-environment happy-dom
/**
 * Switching the audience in the popup, with the real rewrite engine and the built-in lexicon: the outcome
 * rewrites and the worksheet's outcome column change at once, and the choice is saved as the default.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../../components/popup/App.tsx';
import { createPopupRewrites, type PopupLexicon } from '../../../../components/popup/rewrites.ts';
import type { TabLook } from '../../../../components/popup/client.ts';
import { buildWorksheet, composeWorksheetSentence, rewriteSentence } from '../../../../lexicon/rewrite/index.ts';
import { builtInAnalogies, builtInEntries } from '../../../../lexicon/data/index.ts';
import type { Audience } from '../../../../lexicon/schema.ts';
import type { Finding } from '../../../../lexicon/types.ts';
import { actions, fakeClient } from './fixtures.ts';

const entry = builtInEntries.find((e) => e.id === 'mail-server')!;
const lexicon: PopupLexicon = { entry: (id) => builtInEntries.find((e) => e.id === id), analogies: builtInAnalogies };
const engine = { rewriteSentence, buildWorksheet, composeWorksheetSentence };
const makeRewrites = (input: { text: string; findings: readonly Finding[]; audience: Audience }) =>
  createPopupRewrites({ ...input, lexicon, engine });

// A mail server put in place: its outcome follows (after a move, the gain would depend on why, and none is written).
const TEXT = 'Last weekend we set up the new mail server for the Leeds office.';
const start = TEXT.indexOf('mail server');
const FINDING: Finding = {
  id: 'jargon:mail',
  start,
  end: start + 11,
  text: 'mail server',
  check: 'jargon',
  severity: 'medium',
  message: '“mail server” is IT jargon.',
  suggestions: [{ kind: 'plain', text: 'email system' }],
  entryId: 'mail-server',
  // The analyzer gives every finding its sentence; here the text is one sentence.
  sentence: { start: 0, end: TEXT.length },
};
const READY: TabLook = {
  kind: 'answered',
  state: { state: 'ready', text: TEXT, result: { findings: [FINDING], score: { value: 70, parts: [], summary: '' } } },
};

afterEach(cleanup);

/** Words of an outcome phrase that show it is in a sentence, whatever small changes the engine made around it. */
function keyWords(phrase: string): string[] {
  return phrase.split(/\s+/).filter((w) => w.length > 5);
}

describe('audience switch', () => {
  it('the lexicon entry has a different outcome for each audience (the premise of this test)', () => {
    expect(new Set(Object.values(entry.outcomes!)).size).toBe(4);
  });

  it('changes the outcome rewrite at once and saves the choice', async () => {
    const client = fakeClient([READY], 'executive');
    render(<PopupApp client={client} makeRewrites={makeRewrites} refreshMs={0} />);
    const outcome = await screen.findByTestId('outcome-text');
    const forExecutives = outcome.textContent;
    for (const word of keyWords(entry.outcomes!.executive)) expect(forExecutives).toContain(word);
    expect(screen.getByText('Rewrite for executives')).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'Board' }));
    await waitFor(() => expect(screen.getByTestId('outcome-text').textContent).not.toBe(forExecutives));
    const forBoard = screen.getByTestId('outcome-text').textContent;
    for (const word of keyWords(entry.outcomes!.board)) expect(forBoard).toContain(word);
    expect(screen.getByText('Rewrite for the board')).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Board' }).checked).toBe(true);
    expect(actions(client)).toEqual([['setAudience', 'board']]);
    // The facts of the sentence survive the switch.
    expect(forBoard).toMatch(/last weekend/i);
    expect(forBoard).toContain('Leeds office');
  });

  it('follows an audience set elsewhere (the options page) while open', async () => {
    const client = fakeClient([READY], 'executive');
    render(<PopupApp client={client} makeRewrites={makeRewrites} refreshMs={0} />);
    const before = (await screen.findByTestId('outcome-text')).textContent;
    await client.setAudience('staff');
    await waitFor(() => expect(screen.getByTestId('outcome-text').textContent).not.toBe(before));
    for (const word of keyWords(entry.outcomes!.staff)) expect(screen.getByTestId('outcome-text').textContent).toContain(word);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Staff' }).checked).toBe(true);
  });

  it('moves the worksheet outcome column to the new audience, but keeps what the user typed', async () => {
    const client = fakeClient([READY], 'executive');
    render(<PopupApp client={client} makeRewrites={makeRewrites} refreshMs={0} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Worksheet' }));
    const panel = screen.getByRole('tabpanel', { hidden: false });
    const outcomeBox = within(panel).getByRole<HTMLTextAreaElement>('textbox', { name: /Outcome/ });
    const featureBox = within(panel).getByRole<HTMLTextAreaElement>('textbox', { name: /Feature/ });
    expect(outcomeBox.value).toBe(entry.outcomes!.executive);
    fireEvent.input(featureBox, { target: { value: 'We moved our email to a new data centre' } });

    fireEvent.click(screen.getByRole('radio', { name: 'Managers' }));
    await waitFor(() => expect(outcomeBox.value).toBe(entry.outcomes!.manager));
    expect(featureBox.value).toBe('We moved our email to a new data centre');
    const sentence = screen.getByTestId('worksheet-sentence').textContent;
    expect(sentence).toContain('We moved our email to a new data centre');
    expect(sentence).toContain(entry.outcomes!.manager);
  });
});
