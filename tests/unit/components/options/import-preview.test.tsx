// @vitest-environment happy-dom
/** Import and export in the options page: the preview, merge or replace, confirm, and refusing bad files. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportExportPanel } from '../../../../components/options/ImportExportPanel.tsx';
import type { ImportPlan, UserLexicon } from '../../../../extension/lexicon-transfer.ts';
import { allow, entry } from './fixtures.ts';

afterEach(cleanup);

const USER: UserLexicon = {
  entries: [entry('dns', { term: 'DNS' }), entry('vpn', { term: 'VPN' }), entry('sso', { term: 'SSO' })],
  allow: [allow('Kanban')],
};

function show(
  onImport = vi.fn(async (_plan: ImportPlan, _expected: UserLexicon) => {}),
  onExport = vi.fn<(fileName: string, json: string) => void>(),
) {
  render(<ImportExportPanel user={USER} onImport={onImport} onExport={onExport} />);
  return { onImport, onExport };
}

function choose(name: string, text: string) {
  const input = screen.getByLabelText<HTMLInputElement>('Lexicon file (.json)');
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const GOOD = JSON.stringify({
  schemaVersion: 1,
  entries: [
    entry('dns', { term: 'DNS' }),
    entry('vpn', { term: 'VPN', severity: 'high', plain: ['private link'] }),
    entry('mfa', { term: 'MFA' }),
  ],
  allow: [allow('Scrum')],
});

describe('import preview', () => {
  it('shows what a merge adds and changes, then what a replace removes', async () => {
    const { onImport } = show();
    choose('team.json', GOOD);
    const preview = await screen.findByTestId('import-preview');
    const summary = within(preview).getByRole('list', { name: 'Summary of changes' });
    expect(summary.textContent).toBe('1 added1 changed0 removed1 unchanged');
    expect(within(preview).getByText('MFA')).toBeTruthy();
    expect(within(preview).getByText('VPN (plain, severity)')).toBeTruthy();
    expect(within(preview).getByText(/Allow list: 1 term added/)).toBeTruthy();

    fireEvent.click(within(preview).getByLabelText(/Replace/));
    expect(summary.textContent).toBe('1 added1 changed1 removed1 unchanged');
    expect(within(preview).getByText('SSO')).toBeTruthy();
    expect(within(preview).getByText(/1 term removed \(Kanban\)/)).toBeTruthy();
    expect(onImport).not.toHaveBeenCalled();

    fireEvent.click(within(preview).getByRole('button', { name: 'Replace my lexicon' }));
    await waitFor(() => expect(onImport).toHaveBeenCalledTimes(1));
    const [plan, expected] = onImport.mock.calls[0]!;
    expect(plan.result.entries.map((e) => e.id)).toEqual(['dns', 'vpn', 'mfa']);
    expect(expected).toBe(USER);
    expect((await screen.findByRole('status')).textContent).toMatch(/You now have 3 entries and 1 allowed term/);
    expect(screen.queryByTestId('import-preview')).toBeNull();
  });

  it('cancels without storing anything', async () => {
    const { onImport } = show();
    choose('team.json', GOOD);
    fireEvent.click(within(await screen.findByTestId('import-preview')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(onImport).not.toHaveBeenCalled();
  });

  it('refuses a malformed file, naming the entry and field, and stores nothing', async () => {
    const { onImport } = show();
    choose('broken.json', JSON.stringify({ schemaVersion: 1, entries: [entry('dns'), { ...entry('k8s'), plain: [] }] }));
    const error = await screen.findByTestId('import-error');
    expect(error.textContent).toContain('“broken.json” was not imported');
    expect(error.textContent).toContain('entries[1] "k8s", plain: needs at least one plain phrase');
    expect(error.textContent).toContain('Your lexicon has not changed.');
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(onImport).not.toHaveBeenCalled();
  });

  it.each([
    ['bad JSON', '{"schemaVersion": 1, "entries": [', /file, \(whole\): is not valid JSON/],
    ['wrong version', JSON.stringify({ schemaVersion: 7, entries: [] }), /file, schemaVersion: version 7 is newer/],
    ['wrong schema', JSON.stringify({ schemaVersion: 1, words: [] }), /file, words: /],
    ['duplicates', JSON.stringify({ schemaVersion: 1, entries: [entry('dns'), entry('dns')] }), /entries\[1\] "dns", id: duplicates/],
  ])('refuses %s', async (_name, text, message) => {
    show();
    choose('file.json', text);
    expect((await screen.findByTestId('import-error')).textContent).toMatch(message);
  });

  it('refuses a file that is too large without reading it', async () => {
    show();
    const input = screen.getByLabelText<HTMLInputElement>('Lexicon file (.json)');
    const huge = { name: 'huge.json', size: 50 * 1024 * 1024, text: vi.fn() };
    Object.defineProperty(input, 'files', { value: [huge], configurable: true });
    fireEvent.change(input);
    expect((await screen.findByTestId('import-error')).textContent).toMatch(/too large/);
    expect(huge.text).not.toHaveBeenCalled();
  });

  it('shows why a merge is impossible and lets the user replace instead', async () => {
    show();
    choose(
      'clash.json',
      JSON.stringify({ schemaVersion: 1, entries: [entry('single-sign-on', { term: 'Single sign-on', variants: ['SSO'] })] }),
    );
    const preview = await screen.findByTestId('import-preview');
    expect(within(preview).getByRole('alert').textContent).toContain('"SSO" is already a term or variant of your entry "sso"');
    expect(within(preview).getByRole<HTMLButtonElement>('button', { name: 'Import' }).disabled).toBe(true);
    fireEvent.click(within(preview).getByLabelText(/Replace/));
    expect(within(preview).getByRole<HTMLButtonElement>('button', { name: 'Replace my lexicon' }).disabled).toBe(false);
  });

  it('says so when the store refuses the import', async () => {
    show(vi.fn(() => Promise.reject(new Error('Your lexicon changed since this preview was made.'))));
    choose('team.json', GOOD);
    fireEvent.click(within(await screen.findByTestId('import-preview')).getByRole('button', { name: 'Import' }));
    expect((await screen.findByTestId('import-error')).textContent).toMatch(/Nothing was imported.*changed since this preview/s);
  });
});

describe('export', () => {
  it('exports the user entries and allow list in the versioned schema', () => {
    const { onExport } = show();
    fireEvent.click(screen.getByRole('button', { name: 'Download my lexicon' }));
    const [name, json] = onExport.mock.calls[0]!;
    expect(name).toMatch(/^business-lens-lexicon-\d{4}-\d\d-\d\d\.json$/);
    expect(JSON.parse(json)).toEqual({ schemaVersion: 2, entries: USER.entries, analogies: [], allow: USER.allow });
  });
});
