// @vitest-environment happy-dom
/** "Log as a win" in the popup's worksheet, and the "Your update" link: what the popup hands to the wins store. */
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

const lexicon: PopupLexicon = { entry: (id) => builtInEntries.find((e) => e.id === id), analogies: builtInAnalogies };
const engine = { rewriteSentence, buildWorksheet, composeWorksheetSentence };
const makeRewrites = (input: { text: string; findings: readonly Finding[]; audience: Audience }) =>
  createPopupRewrites({ ...input, lexicon, engine });

const TEXT = 'Last weekend we migrated the mail server to a new data centre.';
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
};
const READY: TabLook = {
  kind: 'answered',
  state: { state: 'ready', text: TEXT, result: { findings: [FINDING], score: { value: 70, parts: [], summary: '' } } },
};

afterEach(cleanup);

describe('Log as a win', () => {
  it('logs the current sentence as it stands, with no benefit', async () => {
    const client = fakeClient([READY]);
    render(<PopupApp client={client} makeRewrites={makeRewrites} refreshMs={0} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Worksheet' }));
    const group = screen.getByRole('group', { name: 'Log as a win' });
    fireEvent.click(within(group).getByRole('button', { name: 'Log sentence as a win' }));
    await waitFor(() => expect(actions(client)).toContainEqual(['logWin', TEXT, '']));
    expect(await within(group).findByText(/Logged as a win, without a why yet/)).toBeTruthy();
    fireEvent.click(within(group).getByRole('button', { name: 'Open Your update' }));
    expect(actions(client)).toContainEqual(['openUpdate']);
  });

  it('logs the worksheet’s feature with the benefit the user sees in the worksheet', async () => {
    const client = fakeClient([READY]);
    render(<PopupApp client={client} makeRewrites={makeRewrites} refreshMs={0} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Worksheet' }));
    const panel = screen.getByRole('tabpanel', { hidden: false });
    fireEvent.input(within(panel).getByRole('textbox', { name: /Feature/ }), { target: { value: 'We moved email to a new data centre' } });
    fireEvent.input(within(panel).getByRole('textbox', { name: /Benefit/ }), {
      target: { value: 'email keeps working during office power cuts' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Log worksheet as a win' }));
    await waitFor(() =>
      expect(actions(client)).toContainEqual([
        'logWin',
        'We moved email to a new data centre',
        'email keeps working during office power cuts',
      ]),
    );
  });

  it('links to "Your update" from the footer', async () => {
    const client = fakeClient([READY]);
    render(<PopupApp client={client} makeRewrites={makeRewrites} refreshMs={0} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Your update' }));
    expect(actions(client)).toContainEqual(['openUpdate']);
  });
});
