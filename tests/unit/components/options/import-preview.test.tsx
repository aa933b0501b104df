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
  const input = screen.getByLabelText<HTMLInputElement>('Lexicon file (.json or .csv)');
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
    expect(error.textContent).toContain(
      'Entry 2 (“k8s”), “plain wording”: Write how you would say it to a colleague outside IT, for example “the staff directory”.',
    );
    expect(error.textContent).toContain('Your lexicon has not changed.');
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(onImport).not.toHaveBeenCalled();
  });

  it.each([
    ['bad JSON', '{"schemaVersion": 1, "entries": [', /The file is not valid JSON: it ends too early/],
    ['wrong version', JSON.stringify({ schemaVersion: 7, entries: [] }), /The file says "schemaVersion": 7, a newer lexicon format/],
    ['wrong schema', JSON.stringify({ schemaVersion: 1, words: [] }), /The file has “words”, which a lexicon file does not/],
    [
      'duplicates',
      JSON.stringify({ schemaVersion: 1, entries: [entry('dns'), entry('dns')] }),
      /Entry 2 \(“dns”\), “id”: Another entry in the file has this id \(entry 1\)/,
    ],
  ])('refuses %s', async (_name, text, message) => {
    show();
    choose('file.json', text);
    expect((await screen.findByTestId('import-error')).textContent).toMatch(message);
  });

  it('refuses a file that is too large without reading it', async () => {
    show();
    const input = screen.getByLabelText<HTMLInputElement>('Lexicon file (.json or .csv)');
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

describe('a spreadsheet', () => {
  it('imports a CSV sheet through the same preview, updating the entry with the same term', async () => {
    const { onImport } = show();
    const input = screen.getByLabelText<HTMLInputElement>('Lexicon file (.json or .csv)');
    const file = new File(['term,plain\nVPN,the private link\nERP,our order system\n'], 'terms.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    const preview = await screen.findByTestId('import-preview');
    expect(within(preview).getByRole('list', { name: 'Summary of changes' }).textContent).toBe('1 added1 changed0 removed0 unchanged');
    fireEvent.click(within(preview).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(onImport).toHaveBeenCalledTimes(1));
    expect(onImport.mock.calls[0]![0].result.entries.map((e) => e.id)).toEqual(['dns', 'sso', 'vpn', 'erp']);
  });

  it('refuses a sheet with a problem, saying the row and column, and stores nothing', async () => {
    const { onImport } = show();
    const input = screen.getByLabelText<HTMLInputElement>('Lexicon file (.json or .csv)');
    Object.defineProperty(input, 'files', { value: [new File(['term,plain\nERP,\n'], 'terms.csv')], configurable: true });
    fireEvent.change(input);
    const error = await screen.findByTestId('import-error');
    expect(error.textContent).toContain('Row 2 (“ERP”), column “plain”: Write how you would say it');
    expect(error.textContent).toContain('Your lexicon has not changed.');
    expect(onImport).not.toHaveBeenCalled();
  });

  it('offers the entries as CSV and a template to start from', () => {
    const { onExport } = show();
    fireEvent.click(screen.getByRole('button', { name: 'Download as CSV' }));
    expect(onExport.mock.calls[0]![0]).toMatch(/^business-lens-lexicon-\d{4}-\d\d-\d\d\.csv$/);
    expect(onExport.mock.calls[0]![1].split('\r\n')[0]).toBe('term,variants,plain,explanation,category,severity');
    fireEvent.click(screen.getByRole('button', { name: 'Download a template' }));
    expect(onExport.mock.calls[1]![0]).toBe('business-lens-lexicon-template.json');
    expect((JSON.parse(onExport.mock.calls[1]![1]) as { schemaVersion: number }).schemaVersion).toBe(2);
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
