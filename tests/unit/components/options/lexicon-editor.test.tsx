// @vitest-environment happy-dom
/**
 * The lexicon editor: browsing, searching and filtering every source, opening an entry with its preview, and
 * what each source allows (edit and delete your own; switch off or copy the others).
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LexiconEntry } from '../../../../lexicon/schema.ts';
import { layerLexicons } from '../../../../extension/lexicon-layers.ts';
import type { LexiconState } from '../../../../extension/lexicon-store.ts';
import { EMPTY_POLICY } from '../../../../extension/org-policy.ts';
import { LexiconBrowser, type LexiconActions } from '../../../../components/options/LexiconBrowser.tsx';
import { entry, manyEntries, SIMPLE_ENGINE } from './fixtures.ts';

afterEach(cleanup);

const ANALOGY = {
  id: 'backup-insurance',
  title: 'Backups are insurance',
  explanation: 'You pay a little every year. It pays out after a fire.',
  fits: { terms: [], categories: [] },
};

function state({
  builtIn = [] as LexiconEntry[],
  organisation = [] as LexiconEntry[],
  user = [] as LexiconEntry[],
  disabledIds = [] as string[],
} = {}): LexiconState {
  const policy = organisation.length ? { ...EMPTY_POLICY, present: true, name: 'Example Ltd', entries: organisation } : EMPTY_POLICY;
  return {
    layered: layerLexicons({ builtIn, organisation, user, disabledIds, builtInAnalogies: [ANALOGY] }),
    user: { entries: user, allow: [] },
    revision: 0,
    policy,
    disabledIds,
  };
}

function fakeActions(): LexiconActions & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  return {
    calls,
    saveEntry: vi.fn((...args: unknown[]) => Promise.resolve(void calls.push(['save', ...args]))),
    deleteEntry: vi.fn((id: string) => Promise.resolve(void calls.push(['delete', id]))),
    setEnabled: vi.fn((...args: unknown[]) => Promise.resolve(void calls.push(['enabled', ...args]))),
  };
}

const BUILT_IN = [
  entry('dns', {
    term: 'DNS',
    variants: ['Domain Name System'],
    category: 'networking',
    severity: 'high',
    plain: ['the internet address book'],
    analogies: ['backup-insurance'],
    outcomes: {
      board: 'the business stays reachable',
      executive: 'customers always find us',
      manager: 'the team stops losing time',
      staff: 'websites open first time',
    },
  }),
  entry('vpn', { term: 'VPN', category: 'networking', plain: ['secure remote connection'] }),
  entry('kubernetes', {
    term: 'Kubernetes',
    variants: ['k8s'],
    category: 'infrastructure',
    severity: 'low',
    plain: ['the system that runs our apps'],
  }),
];

function show(s: LexiconState, actions = fakeActions(), pageSize?: number) {
  render(<LexiconBrowser state={s} actions={actions} engine={SIMPLE_ENGINE} audience="executive" pageSize={pageSize} />);
  return actions;
}

const rows = () =>
  screen
    .queryAllByRole('listitem')
    .filter((li) => li.querySelector('.bl-entry-row'))
    .map((li) => li.querySelector('.bl-entry-row__term')!.textContent);

describe('browsing', () => {
  it('lists every source with its badge and shows the count', () => {
    show(state({ builtIn: BUILT_IN, organisation: [entry('falcon', { term: 'Falcon' })], user: [entry('kiwi', { term: 'Kiwi' })] }));
    expect(rows()).toEqual(['Kiwi', 'Falcon', 'DNS', 'VPN', 'Kubernetes']);
    expect(screen.getByTestId('result-count').textContent).toBe('5 entries, showing 1–5');
    const falcon = screen.getByText('Falcon').closest('button')!;
    expect(within(falcon).getByText('From Example Ltd')).toBeTruthy();
    expect(within(screen.getByText('Kiwi').closest('button')!).getByText('Yours')).toBeTruthy();
  });

  it('searches as you type, names first, across spellings and plain wording', () => {
    show(state({ builtIn: BUILT_IN }));
    const search = screen.getByLabelText('Search');
    fireEvent.input(search, { target: { value: 'k8' } });
    expect(rows()).toEqual(['Kubernetes']);
    fireEvent.input(search, { target: { value: 'address book' } });
    expect(rows()).toEqual(['DNS']);
    fireEvent.input(search, { target: { value: 'zzz' } });
    expect(rows()).toEqual([]);
    expect(screen.getByText('Nothing matches your search.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(rows()).toHaveLength(3);
  });

  it('filters by category, source and severity', () => {
    show(state({ builtIn: BUILT_IN, user: [entry('kiwi', { term: 'Kiwi', category: 'networking', severity: 'high' })] }));
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'networking' } });
    expect(rows()).toEqual(['Kiwi', 'DNS', 'VPN']);
    fireEvent.change(screen.getByLabelText('Severity'), { target: { value: 'high' } });
    expect(rows()).toEqual(['Kiwi', 'DNS']);
    fireEvent.change(screen.getByLabelText('Source'), { target: { value: 'built-in' } });
    expect(rows()).toEqual(['DNS']);
  });

  it('shows 5,000 entries a page at a time', () => {
    show(state({ user: manyEntries(5000) }));
    expect(rows()).toHaveLength(50);
    expect(screen.getByText('Page 1 of 100')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(rows()[0]).toBe('Term50');
    fireEvent.input(screen.getByLabelText('Search'), { target: { value: 'term4999' } });
    expect(rows()).toEqual(['Term4999']);
  });
});

describe('an open entry', () => {
  it('shows every field, its analogies and a live preview, with no way to edit a built-in entry', () => {
    show(state({ builtIn: BUILT_IN }));
    fireEvent.click(screen.getByText('DNS'));
    const detail = screen.getByRole('article', { name: 'DNS' });
    for (const text of [
      'the internet address book',
      'Domain Name System',
      'Backups are insurance',
      '…so that the business stays reachable',
      'Networking',
      'High severity',
    ]) {
      expect(within(detail).getAllByText(text).length).toBeGreaterThan(0);
    }
    expect(within(detail).queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(within(detail).getByText(/Built-in entries cannot be edited/)).toBeTruthy();

    const preview = within(detail).getByLabelText('Test sentence');
    fireEvent.input(preview, { target: { value: 'The DNS and the VPN are down.' } });
    const marks = within(detail).getByTestId('preview-marked').querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['DNS', 'VPN']);
    expect(detail.querySelector('.bl-preview__count')?.textContent).toBe('Marked: DNS, VPN');
  });

  it('previews an entry even while it is switched off', () => {
    show(state({ builtIn: BUILT_IN, disabledIds: ['dns'] }));
    fireEvent.click(screen.getByText('DNS'));
    const detail = screen.getByRole('article', { name: 'DNS' });
    expect(within(detail).getByRole<HTMLInputElement>('switch').checked).toBe(false);
    expect([...within(detail).getByTestId('preview-marked').querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['DNS']);
  });

  it('switches a built-in entry off and copies it into the user entries', async () => {
    const actions = show(state({ builtIn: BUILT_IN }));
    fireEvent.click(screen.getByText('VPN'));
    fireEvent.click(screen.getByRole('switch'));
    await waitFor(() => expect(actions.calls).toContainEqual(['enabled', 'built-in', 'vpn', false]));

    fireEvent.click(screen.getByRole('button', { name: 'Copy to my entries' }));
    expect(screen.getByRole('heading', { name: 'Your copy of “VPN”' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Term').value).toBe('VPN');
    fireEvent.input(screen.getByLabelText('Plain wording'), { target: { value: 'private link to the office' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save entry' }));
    await waitFor(() => expect(actions.calls.find((c) => c[0] === 'save')).toBeTruthy());
    const saved = actions.calls.find((c) => c[0] === 'save')![1] as LexiconEntry;
    expect(saved).toMatchObject({ id: 'vpn', term: 'VPN', plain: ['private link to the office'], disabled: false });
  });

  it('edits and deletes the user entries, deleting only after a confirm', async () => {
    const kiwi = entry('kiwi', { term: 'Kiwi' });
    const actions = show(state({ user: [kiwi] }));
    fireEvent.click(screen.getByText('Kiwi'));
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(actions.calls).toEqual([]);
    const confirm = screen.getByRole('alertdialog');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(actions.calls).toEqual([['delete', 'kiwi']]));
  });

  it('Close puts the keyboard back on the entry’s row, not at the top of the page', async () => {
    show(state({ builtIn: BUILT_IN }));
    const row = screen.getByText('VPN').closest('button')!;
    row.focus();
    fireEvent.click(row);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('VPN'));
    fireEvent.click(screen.getByRole('button', { name: 'Close VPN' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'VPN' })).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByText('VPN').closest('button')));
  });

  it('Escape closes an open entry and keeps the keyboard where the user was', async () => {
    show(state({ builtIn: BUILT_IN }));
    fireEvent.click(screen.getByText('DNS').closest('button')!);
    const detail = screen.getByRole('article', { name: 'DNS' });
    fireEvent.keyDown(within(detail).getByRole('switch'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('article', { name: 'DNS' })).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByText('DNS').closest('button')));
  });

  it('Escape in the delete question keeps the entry, and a new entry’s Cancel goes back to “Add entry”', async () => {
    const actions = show(state({ user: [entry('kiwi', { term: 'Kiwi' })] }));
    fireEvent.click(screen.getByText('Kiwi').closest('button')!);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    fireEvent.keyDown(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Keep it' }), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('article', { name: 'Kiwi' })).toBeTruthy();
    expect(actions.calls).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Add entry' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add entry' })));
  });

  it('renders lexicon text as text, never as markup', () => {
    const hostile = entry('hostile', {
      term: '<img src=x onerror="window.hacked=1">',
      plain: ['<b>bold</b>'],
      explanation: '<script>window.hacked=1</script>',
    });
    show(state({ user: [hostile] }));
    fireEvent.click(screen.getByText('<img src=x onerror="window.hacked=1">'));
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelector('.bl-lexicon b')).toBeNull();
    expect(screen.getAllByText('<b>bold</b>').length).toBeGreaterThan(0);
  });

  it('says when an entry is replaced by a higher source', () => {
    show(state({ builtIn: BUILT_IN, organisation: [entry('our-dns', { term: 'dns' })] }));
    fireEvent.click(screen.getAllByText('DNS').find((el) => el.classList.contains('bl-entry-row__term'))!);
    expect(screen.getByRole('note').textContent).toMatch(/replaced by the organisation’s entry “our-dns”/);
  });
});
