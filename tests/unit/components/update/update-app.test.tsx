// @vitest-environment happy-dom
/**
 * The "Your update" page over WXT's fake browser and the real analysis core: logging, editing, grouping, the
 * "needs a why" list, facts kept in the draft, the draft's check, copy, delete, import and export.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { UpdateApp } from '../../../../components/update/UpdateApp.tsx';
import type { ComposeTarget, UpdateServices } from '../../../../components/update/engine.ts';
import { forgetOrgPolicy } from '../../../../extension/org-policy.ts';
import { winsItem } from '../../../../extension/wins-store.ts';
import { updateEngine } from '../../../../entrypoints/update/engine.ts';
import type { Win } from '../../../../lexicon/update/index.ts';

const MONDAY = new Date(2026, 11, 7, 10, 0, 0);
const STAMP = '2026-12-07T10:00:00.000Z';

function win(partial: Partial<Win> & Pick<Win, 'id' | 'what'>): Win {
  return { date: '2026-12-07', people: [], goal: '', benefit: '', beneficiary: '', created: STAMP, updated: STAMP, ...partial };
}

function open(initial: Win[] = [], extra: Partial<UpdateServices> = {}) {
  let n = 0;
  const copy = vi.fn(async (_plain: string, _html?: string) => {});
  const services: UpdateServices = {
    copy,
    now: () => MONDAY,
    newId: () => `id-${++n}`,
    ...extra,
  };
  const save = vi.fn((_name: string, _type: string, _text: string) => {});
  return (async () => {
    await winsItem.setValue(initial);
    render(<UpdateApp engine={updateEngine} services={services} save={save} />);
    await screen.findByRole('heading', { name: 'Log a win' });
    return { services, save, copy };
  })();
}

const draft = () => screen.getByTestId('draft');
const stored = () => winsItem.getValue();

beforeEach(() => {
  fakeBrowser.reset();
  forgetOrgPolicy();
});
afterEach(cleanup);

describe('logging a win', () => {
  it('logs a win from one field and Enter, lists it, and puts it under "needs a why" rather than in the draft', async () => {
    await open();
    const what = screen.getByLabelText('What did you get done?');
    fireEvent.input(what, { target: { value: 'Replaced the warehouse scanners' } });
    fireEvent.keyDown(what, { key: 'Enter' });
    await waitFor(async () => expect(await stored()).toHaveLength(1));
    expect((await stored())[0]).toMatchObject({
      what: 'Replaced the warehouse scanners',
      date: '2026-12-07',
      benefit: '',
      goal: '',
      people: [],
    });
    expect(await screen.findByText(/Win logged/)).toBeTruthy();
    const why = screen.getByRole('region', { name: /Needs a why/ });
    expect(within(why).getByText('Replaced the warehouse scanners')).toBeTruthy();
    expect(screen.queryByTestId('draft')).toBeNull();
    expect(screen.getByText(/No win in this period says what it gives anyone yet/)).toBeTruthy();
    expect((what as HTMLTextAreaElement).value).toBe('');
  });

  it('refuses an empty win with a clear message and stores nothing', async () => {
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Log win' }));
    expect(await screen.findByText('Write what you got done.')).toBeTruthy();
    expect(await stored()).toEqual([]);
  });

  it('suggests benefit, figure and goal from the lexicon in the details, marked as suggested, and keeps the user’s corrections', async () => {
    await open();
    fireEvent.input(screen.getByLabelText('What did you get done?'), {
      target: { value: 'Enforced MFA on every mailbox, saving 3 hours a week of password resets' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add details' }));
    const benefit = screen.getByLabelText<HTMLInputElement>('What it gives them');
    expect(benefit.value).not.toBe('');
    expect(benefit.getAttribute('aria-describedby')).toContain('hint');
    expect(screen.getByLabelText<HTMLSelectElement>('Figure').value).toBe('hours');
    expect(screen.getByLabelText<HTMLInputElement>('Amount').value).toBe('3');
    expect(screen.getByLabelText<HTMLSelectElement>('Business goal').value).toBe('risk');
    expect(screen.getByTestId('win-terms').textContent).toContain('MFA');
    fireEvent.input(benefit, { target: { value: 'a stolen password alone no longer opens a mailbox' } });
    fireEvent.input(screen.getByLabelText('Who did it'), { target: { value: 'Sam Okafor, Priya Shah' } });
    fireEvent.input(screen.getByLabelText('Who benefits'), { target: { value: 'all staff' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log win' }));
    await waitFor(async () => expect(await stored()).toHaveLength(1));
    expect((await stored())[0]).toMatchObject({
      benefit: 'a stolen password alone no longer opens a mailbox',
      people: ['Sam Okafor', 'Priya Shah'],
      beneficiary: 'all staff',
      goal: 'risk',
      figure: { kind: 'hours', amount: 3, detail: 'a week' },
    });
    // Facts kept: the draft has the figure and both names, and the jargon in what was done is in plain words.
    const text = (await screen.findByTestId('draft')).textContent ?? '';
    expect(text).toContain('saving 3 hours a week');
    expect(text).toContain('Thanks to Sam Okafor and Priya Shah.');
    expect(text).not.toContain('MFA');
    expect(screen.getByTestId('no-marks')).toBeTruthy();
  });
});

describe('editing, grouping and needs a why', () => {
  const wins = [
    win({
      id: 'a',
      what: 'Moved invoice approval to the new finance app',
      goal: 'time',
      benefit: 'invoices are approved the same day',
      beneficiary: 'the finance team',
      people: ['Tom Lee'],
      figure: { kind: 'hours', amount: 12, detail: 'a week' },
    }),
    win({
      id: 'b',
      what: 'Cancelled unused design software subscriptions',
      goal: 'cost',
      benefit: 'we stop paying for seats nobody uses',
      people: ['Ana Ruiz'],
      figure: { kind: 'money', amount: 14000, currency: '£', detail: 'a year' },
    }),
    win({
      id: 'c',
      what: 'Fixed the slow checkout page',
      goal: 'revenue',
      benefit: 'customers can pay without waiting',
      people: ['Lena Park'],
    }),
    win({ id: 'd', what: 'Replaced 40 laptops in the warehouse', people: ['Joe Burns'] }),
  ];

  it('leads with what matters to the audience and groups the rest by goal; switching audience changes the lead', async () => {
    await open(wins);
    const text = () => draft().textContent ?? '';
    expect(text()).toMatch(/The headline: We stop paying for seats nobody uses, worth £14,000 a year/);
    expect(
      within(draft())
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Revenue', 'Time saved']);
    fireEvent.click(screen.getByRole('radio', { name: 'Staff' }));
    await waitFor(() =>
      expect(text()).toMatch(/The headline: For the finance team, invoices are approved the same day, saving 12 hours a week/),
    );
    expect(text()).not.toContain('40 laptops');
  });

  it('"Add a why" opens the win for editing; once it has a benefit it joins the draft with its figure and names', async () => {
    await open(wins);
    const why = screen.getByRole('region', { name: /Needs a why/ });
    fireEvent.click(within(why).getByRole('button', { name: 'Add a why' }));
    const form = await screen.findByRole('form', { name: 'Edit win' });
    fireEvent.input(within(form).getByLabelText('What it gives them'), { target: { value: 'pickers no longer wait for a slow machine' } });
    fireEvent.input(within(form).getByLabelText('Who benefits'), { target: { value: 'the warehouse team' } });
    fireEvent.change(within(form).getByLabelText('Business goal'), { target: { value: 'time' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save win' }));
    await waitFor(() => expect(draft().textContent).toContain('For the warehouse team, pickers no longer wait for a slow machine'));
    expect(draft().textContent).toContain('40 laptops');
    expect(draft().textContent).toContain('Thanks to Joe Burns.');
    expect(screen.queryByRole('region', { name: /Needs a why/ })).toBeNull();
    expect((await stored()).find((w) => w.id === 'd')).toMatchObject({
      benefit: 'pickers no longer wait for a slow machine',
      created: STAMP,
    });
  });

  it('searches, deletes one win after a confirm, and deletes all after a confirm', async () => {
    await open(wins);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search wins' }), { target: { value: 'lena' } });
    const list = screen.getByRole('list', { name: 'Your wins' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    fireEvent.click(within(list).getByRole('button', { name: /Delete “Fixed the slow checkout page”/ }));
    fireEvent.click(within(list).getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect((await stored()).map((w) => w.id).sort()).toEqual(['a', 'b', 'd']));
    fireEvent.click(screen.getByRole('button', { name: 'Delete all…' }));
    expect(await stored()).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all' }));
    await waitFor(async () => expect(await stored()).toEqual([]));
    expect(screen.getByText(/No wins yet/)).toBeTruthy();
  });

  it('copies the draft as rich text with the user’s text escaped, and as plain text', async () => {
    const { copy } = await open([
      ...wins,
      win({ id: 'e', what: 'Blocked <img src=x onerror=alert(1)> in mail', goal: 'risk', benefit: 'fewer tricks reach inboxes' }),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Copy as rich text' }));
    await waitFor(() => expect(copy).toHaveBeenCalledTimes(1));
    const [plain, html = ''] = copy.mock.calls[0]!;
    expect(plain).toContain('blocked <img src=x onerror=alert(1)> in mail');
    expect(html).toContain('blocked &lt;img src=x onerror=alert(1)&gt; in mail');
    expect(html).toMatch(/^<h2>IT update: the week of 7 December 2026<\/h2>/);
    fireEvent.click(screen.getByRole('button', { name: 'Copy as plain text' }));
    await waitFor(() => expect(copy).toHaveBeenCalledTimes(2));
    expect(copy.mock.calls[1]).toEqual([plain, undefined]);
    expect(document.querySelector('img')).toBeNull();
  });

  it('names the site it would insert into, inserts the plain draft there, and says how to undo it', async () => {
    const insertIntoComposeBox = vi.fn((_text: string) => Promise.resolve({ ok: true as const, host: 'mail.google.com' }));
    const { copy } = await open(wins, {
      composeTarget: () => Promise.resolve({ state: 'ready', host: 'mail.google.com' }),
      insertIntoComposeBox,
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Insert into compose box on mail.google.com' }));
    await waitFor(() => expect(insertIntoComposeBox).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Inserted into your compose box on mail.google.com. Ctrl+Z there takes it out again.')).toBeTruthy();
    // The same text as "Copy as plain text": paragraphs and lines, no markup.
    fireEvent.click(screen.getByRole('button', { name: 'Copy as plain text' }));
    await waitFor(() => expect(copy).toHaveBeenCalledTimes(1));
    expect(insertIntoComposeBox.mock.calls[0]![0]).toBe(copy.mock.calls[0]![0]);
    expect(insertIntoComposeBox.mock.calls[0]![0]).toContain('\n\n');
  });

  it('says why there is nowhere to insert before the button is pressed, looks again when the user comes back, and shows a refusal', async () => {
    let target: ComposeTarget = { state: 'none' };
    const insertIntoComposeBox = vi.fn(() => Promise.resolve({ ok: false as const, reason: 'The editor did not take the change.' }));
    let changed = () => {};
    const watchComposeTarget = (onChange: () => void) => ((changed = onChange), () => (changed = () => {}));
    await open(wins, { composeTarget: () => Promise.resolve(target), watchComposeTarget, insertIntoComposeBox });
    expect((await screen.findByTestId('insert-target')).textContent).toBe('Click into a compose box first, then come back.');
    expect(screen.getByRole('button', { name: 'Insert into compose box' })).toBeTruthy();
    // The user clicks into a box in another tab, then comes back to this page.
    target = { state: 'closed', host: 'outlook.office.com' };
    window.dispatchEvent(new Event('focus'));
    await waitFor(() =>
      expect(screen.getByTestId('insert-target').textContent).toMatch(/^The tab with your compose box on outlook\.office\.com was closed/),
    );
    // The user clicks into a box in a window beside this one: the background's record changes, and the page looks again.
    target = { state: 'ready', host: 'app.slack.com' };
    changed();
    fireEvent.click(await screen.findByRole('button', { name: 'Insert into compose box on app.slack.com' }));
    expect(await screen.findByText('The editor did not take the change.')).toBeTruthy();
    expect(screen.queryByTestId('insert-target')).toBeNull();
  });

  it('offers no insert where the page has no way to reach a compose box', async () => {
    await open(wins);
    await screen.findByRole('button', { name: 'Copy as plain text' });
    expect(screen.queryByRole('button', { name: /Insert into compose box/ })).toBeNull();
    expect(screen.queryByTestId('insert-target')).toBeNull();
  });
});

describe('import and export', () => {
  function importFile(name: string, text: string) {
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
    fireEvent.change(input);
  }

  it('names the row and field of a bad CSV and changes nothing stored', async () => {
    const kept = [win({ id: 'k', what: 'Kept' })];
    await open(kept);
    importFile('wins.csv', 'date,what,people\n2026-12-01,Fine,Ana\n2026-12-40,Broken date,Tom\n');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Nothing was imported.');
    expect(alert.textContent).toContain('row 3, date: must be a date written YYYY-MM-DD');
    expect(await stored()).toEqual(kept);
  });

  it('exports JSON that imports back, adding to the wins after a preview', async () => {
    const kept = [win({ id: 'k', what: 'Kept' })];
    const { save } = await open(kept);
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    const [name, , json] = save.mock.calls[0]!;
    expect(name).toBe('business-lens-wins-2026-12-07.json');
    const file = JSON.parse(json) as { wins: Win[] };
    file.wins.push(win({ id: 'new', what: 'Imported win' }));
    importFile('wins.json', JSON.stringify(file));
    fireEvent.click(await screen.findByRole('button', { name: 'Add to my wins' }));
    await waitFor(async () => expect((await stored()).map((w) => w.id).sort()).toEqual(['k', 'new']));
  });
});
