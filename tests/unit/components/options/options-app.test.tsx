// @vitest-environment happy-dom
/**
 * The whole options page over WXT's fake browser: real storage, the organisation's policy in managed storage,
 * and changes made elsewhere (the in-page card, another tab) showing up without a reload.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetOrgPolicy } from '../../../../extension/org-policy.ts';
import { OptionsApp } from '../../../../components/options/OptionsApp.tsx';
import type { SettingsServices } from '../../../../components/options/SettingsPanel.tsx';
import { readUserLexicon, saveUserEntry } from '../../../../extension/lexicon-store.ts';
import { getUserSettings } from '../../../../extension/settings.ts';
import { serveLexiconWrites } from '../../../../extension/lexicon-writer.ts';
import { allowTerm } from '../../../../extension/user-lexicon.ts';
import { entry, SIMPLE_ENGINE } from './fixtures.ts';

function services(overrides: Partial<SettingsServices> = {}): SettingsServices {
  return {
    listUserSites: vi.fn(() => Promise.resolve(['https://intranet.example.com/*'])),
    revokeUserSite: vi.fn(async () => {}),
    getShortcut: vi.fn(() => Promise.resolve('Alt+Shift+L')),
    openShortcutSettings: vi.fn(() => Promise.resolve(true)),
    ...overrides,
  };
}

function open(section: string, svc = services()) {
  location.hash = `#${section}`;
  render(<OptionsApp engine={SIMPLE_ENGINE} services={svc} />);
  return svc;
}

beforeEach(() => {
  fakeBrowser.reset();
  forgetOrgPolicy();
  // The page's changes go to the background, the one writer (extension/lexicon-writer.ts).
  serveLexiconWrites();
});
afterEach(() => {
  cleanup();
  location.hash = '';
});

describe('allow list', () => {
  it('shows a term allowed from the in-page card without a reload, and removes it', async () => {
    open('allow');
    await screen.findByText('You have not allowed any terms.');
    await allowTerm('Kanban', 'the team board');
    const table = await screen.findByTestId('allow-table');
    const row = within(table).getByText('Kanban').closest('tr')!;
    expect(row.textContent).toContain('the team board');
    expect(row.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
    fireEvent.click(within(row).getByRole('button', { name: 'Remove “Kanban” from the allow list' }));
    await screen.findByText('You have not allowed any terms.');
    expect((await readUserLexicon()).allow).toEqual([]);
  });

  it('adds a term with a reason, and refuses it twice', async () => {
    open('allow');
    await screen.findByText('You have not allowed any terms.');
    fireEvent.input(screen.getByLabelText('Term'), { target: { value: 'Scrum' } });
    fireEvent.input(screen.getByLabelText('Reason (optional)'), { target: { value: 'everyone here knows it' } });
    fireEvent.click(screen.getByRole('button', { name: 'Allow term' }));
    await screen.findByTestId('allow-table');
    fireEvent.input(screen.getByLabelText('Term'), { target: { value: 'scrum' } });
    fireEvent.click(screen.getByRole('button', { name: 'Allow term' }));
    await waitFor(() => expect(screen.getByLabelText('Term').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('"scrum" is already on your allow list')).toBeTruthy();
  });
});

describe('organisation policy', () => {
  beforeEach(async () => {
    await fakeBrowser.storage.managed.set({
      organisationName: 'Example Ltd',
      lexicon: { schemaVersion: 1, entries: [entry('falcon', { term: 'Falcon', plain: ['the order system'] })] },
      lockedSettings: { audience: 'board', checks: { 'us-them': false } },
    });
  });

  it('shows organisation entries as from the organisation, read-only', async () => {
    open('lexicon');
    expect((await screen.findByTestId('org-banner')).textContent).toContain(
      'Managed by Example Ltd. 1 organisation entry; some settings are locked.',
    );
    fireEvent.click(await screen.findByText('Falcon'));
    const detail = screen.getByRole('article', { name: 'Falcon' });
    expect(within(detail).getAllByText('From Example Ltd').length).toBeGreaterThan(0);
    expect(within(detail).queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(within(detail).getByRole('button', { name: 'Copy to my entries' })).toBeTruthy();
  });

  it('shows locked settings as locked and disabled', async () => {
    open('settings');
    const audience = await screen.findByRole('group', { name: 'Default audience' });
    expect(within(audience).getByLabelText<HTMLInputElement>('Board').checked).toBe(true);
    expect((audience as HTMLFieldSetElement).disabled).toBe(true);
    const usThem = screen.getByRole<HTMLInputElement>('switch', { name: /Sets IT apart from the business/ });
    expect(usThem.checked).toBe(false);
    expect(usThem.disabled).toBe(true);
    expect(usThem.closest('.bl-switch')!.textContent).toContain('Locked by your organisation');
    const jargon = screen.getByRole<HTMLInputElement>('switch', { name: 'IT jargon' });
    expect(jargon.disabled).toBe(false);
  });

  it('lists the parts of a policy it could not use', async () => {
    await fakeBrowser.storage.managed.set({ lockedSettings: { audience: 'everyone' } });
    open('lexicon');
    const banner = await screen.findByTestId('org-banner');
    await waitFor(() => expect(banner.textContent).toContain('lockedSettings, audience: must be one of'));
  });
});

describe('settings', () => {
  it('saves changes, shows the shortcut and revokes a site', async () => {
    const svc = open('settings');
    fireEvent.click(await screen.findByRole('switch', { name: 'Pause Business Lens everywhere' }));
    await waitFor(async () => expect((await getUserSettings()).paused).toBe(true));
    expect(await screen.findByText(/Business Lens is paused/)).toBeTruthy();

    fireEvent.click(screen.getByLabelText('High only'));
    await waitFor(async () => expect((await getUserSettings()).minSeverity).toBe('high'));

    fireEvent.click(screen.getByRole('switch', { name: /Slack/ }));
    await waitFor(async () => expect((await getUserSettings()).disabledSites).toEqual(['https://app.slack.com/*']));

    expect((await screen.findByTestId('shortcut')).textContent).toBe('Alt+Shift+L');
    fireEvent.click(screen.getByRole('button', { name: /Change shortcut/ }));
    expect(svc.openShortcutSettings).toHaveBeenCalled();

    fireEvent.click(await screen.findByRole('button', { name: 'Remove access to intranet.example.com' }));
    await waitFor(() => expect(svc.revokeUserSite).toHaveBeenCalledWith('https://intranet.example.com/*'));
    expect(await screen.findByText(/None yet/)).toBeTruthy();
  });

  it('says so when sync storage is full, and keeps the change', async () => {
    open('settings');
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    fireEvent.click(await screen.findByLabelText('Medium and high'));
    expect(await screen.findByText(/sync storage is full/)).toBeTruthy();
    expect((await getUserSettings()).minSeverity).toBe('medium');
    set.mockRestore();
  });

  it('says when no shortcut is set', async () => {
    open('settings', services({ getShortcut: vi.fn(() => Promise.resolve(undefined)) }));
    expect((await screen.findByTestId('shortcut')).textContent).toBe('not set');
  });

  it('shows the "log a win" command: unbound at first, then the key the user gave it', async () => {
    open('settings', services({ getLogWinShortcut: vi.fn(() => Promise.resolve(undefined)) }));
    expect((await screen.findByTestId('log-win-shortcut')).textContent).toMatch(/not set/);
    cleanup();
    open('settings', services({ getLogWinShortcut: vi.fn(() => Promise.resolve('Ctrl+Shift+Y')) }));
    expect((await screen.findByTestId('log-win-shortcut')).textContent).toBe('Ctrl+Shift+Y');
  });

  it('explains the way to the shortcuts where the browser cannot open them', async () => {
    open('settings', services({ openShortcutSettings: vi.fn(() => Promise.resolve(false)) }));
    fireEvent.click(await screen.findByRole('button', { name: 'Change shortcuts' }));
    expect(await screen.findByText(/Manage Extension Shortcuts/)).toBeTruthy();
  });
});

describe('import through the page', () => {
  it('stores a confirmed import, and keeps the preview true to changes made elsewhere', async () => {
    await saveUserEntry(entry('kept', { term: 'Kept' }));
    open('transfer');
    const input = await screen.findByLabelText<HTMLInputElement>('Lexicon file (.json or .csv)');
    const choose = (text: string) => {
      Object.defineProperty(input, 'files', { value: [new File([text], 'team.json', { type: 'application/json' })], configurable: true });
      fireEvent.change(input);
    };
    choose(JSON.stringify({ schemaVersion: 1, entries: [entry('falcon', { term: 'Falcon' })] }));
    const preview = await screen.findByTestId('import-preview');
    fireEvent.click(within(preview).getByRole('button', { name: 'Import' }));
    await screen.findByText(/You now have 2 entries/);
    expect((await readUserLexicon()).entries.map((e) => e.id)).toEqual(['kept', 'falcon']);

    choose(JSON.stringify({ schemaVersion: 1, entries: [entry('osprey', { term: 'Osprey' })] }));
    const summary = within(await screen.findByTestId('import-preview')).getByRole('list', { name: 'Summary of changes' });
    expect(summary.textContent).toBe('1 added0 changed0 removed0 unchanged');
    // Another tab adds its own "osprey" while the preview is open: the preview now says the import changes it.
    await saveUserEntry(entry('osprey', { term: 'Osprey', severity: 'high' }));
    await waitFor(() => expect(summary.textContent).toBe('0 added1 changed0 removed0 unchanged'));
    fireEvent.click(within(screen.getByTestId('import-preview')).getByRole('button', { name: 'Import' }));
    await screen.findByText(/You now have 3 entries/);
    expect((await readUserLexicon()).entries.find((e) => e.id === 'osprey')?.severity).toBe('medium');
  });
});

describe('sections', () => {
  it('opens the section named in the address and marks it current', async () => {
    open('transfer');
    expect(await screen.findByRole('heading', { name: 'Import' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Import and export' }).getAttribute('aria-current')).toBe('page');
  });
});

describe('add a term from the card', () => {
  it('opens the lexicon on a new entry with the term filled in, once', async () => {
    history.replaceState(null, '', '/options.html?add=Project%20Falcon#settings');
    render(<OptionsApp engine={SIMPLE_ENGINE} services={services()} />);
    const term = await screen.findByLabelText<HTMLInputElement>('Term');
    expect(term.value).toBe('Project Falcon');
    expect(screen.getByRole('heading', { name: 'New entry' })).toBeTruthy();
    // Reloading the page does not start the same entry again.
    expect(location.search).toBe('');
    expect(location.hash).toBe('#lexicon');
  });
});
