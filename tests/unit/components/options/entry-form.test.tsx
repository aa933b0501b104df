// @vitest-environment happy-dom
/** The entry form's inline validation: each problem named beside its field, in words that say what is wrong. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LexiconEntry } from '../../../../lexicon/schema.ts';
import { EntryForm } from '../../../../components/options/EntryForm.tsx';
import { LexiconStoreError } from '../../../../extension/lexicon-store.ts';
import { entry, SIMPLE_ENGINE } from './fixtures.ts';

afterEach(cleanup);

function show(others: LexiconEntry[] = [], onSave = vi.fn(async (_entry: LexiconEntry, _replacingId?: string) => {})) {
  render(
    <EntryForm
      others={others}
      analogies={[{ id: 'backup-insurance', title: 'Backups are insurance', explanation: 'x', fits: { terms: [], categories: [] } }]}
      engine={SIMPLE_ENGINE}
      previewLexicon={(draft) => ({ entries: [draft], allow: [], analogies: [] })}
      audience="board"
      onSave={onSave}
      onCancel={() => {}}
    />,
  );
  return onSave;
}

/** The error shown under a field, found through the field's own ARIA description. */
function errorOf(label: string): string | null {
  const control = screen.getByLabelText(label);
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('bl-field__error'));
  return error?.textContent ?? null;
}

function fillValid() {
  fireEvent.input(screen.getByLabelText('Term'), { target: { value: 'Project Falcon' } });
  fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'products' } });
  fireEvent.input(screen.getByLabelText('Plain wording'), { target: { value: 'the new ordering system\n\nour order tool' } });
  fireEvent.input(screen.getByLabelText('Explanation'), { target: { value: 'The system sales staff use to take orders.' } });
}

describe('entry form validation', () => {
  it('refuses an empty entry and names each field and what is wrong', async () => {
    const onSave = show();
    fireEvent.click(screen.getByRole('button', { name: 'Save entry' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Term: must not be empty');
    expect(summary.textContent).toContain('Category: must be one of');
    expect(summary.textContent).toContain('Plain wording: needs at least one plain phrase');
    expect(summary.textContent).toContain('Explanation: must not be empty');
    expect(errorOf('Term')).toMatch(/must not be empty/);
    expect(screen.getByLabelText('Term').getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('shows a field’s problem when the user leaves it, before any save', () => {
    show();
    const term = screen.getByLabelText('Term');
    expect(errorOf('Term')).toBeNull();
    fireEvent.blur(term);
    expect(errorOf('Term')).toMatch(/must not be empty/);
    expect(errorOf('Explanation')).toBeNull();
    fireEvent.input(term, { target: { value: 'Falcon' } });
    expect(errorOf('Term')).toBeNull();
  });

  it('asks for all four outcomes or none, each without final punctuation', async () => {
    show();
    fillValid();
    fireEvent.input(screen.getByLabelText('Board'), { target: { value: 'orders arrive a day sooner.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save entry' }));
    await screen.findByRole('alert');
    expect(errorOf('Board')).toMatch(/must not end with punctuation/);
    expect(errorOf('Staff')).toMatch(/must not be empty/);
  });

  it('says which line of a list is wrong', async () => {
    show();
    fillValid();
    fireEvent.input(screen.getByLabelText('Other spellings'), { target: { value: 'Falcon\n' + 'x'.repeat(81) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save entry' }));
    await screen.findByRole('alert');
    expect(errorOf('Other spellings')).toMatch(/line 2: must be at most 80 characters/);
  });

  it('refuses a spelling another of the user entries already uses', async () => {
    show([entry('falcon', { term: 'Falcon', variants: ['Project Falcon'] })]);
    fillValid();
    fireEvent.click(screen.getByRole('button', { name: 'Save entry' }));
    await screen.findByRole('alert');
    expect(errorOf('Term')).toBe('your entry “Falcon” already uses “Project Falcon”'.replace(/[“”]/g, '"'));
  });

  it('saves a valid entry with an id made from the term and blank lines dropped', async () => {
    const onSave = show();
    fillValid();
    expect(screen.getByLabelText<HTMLInputElement>('Id').value).toBe('project-falcon');
    fireEvent.click(screen.getByLabelText('Backups are insurance'));
    fireEvent.click(screen.getByRole('button', { name: 'Save entry' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0]).toMatchObject({
      id: 'project-falcon',
      term: 'Project Falcon',
      category: 'products',
      plain: ['the new ordering system', 'our order tool'],
      analogies: ['backup-insurance'],
    });
  });

  it('shows the live preview with the draft once it is complete', () => {
    show();
    expect(screen.getByText('The live preview appears once the entry is complete.')).toBeTruthy();
    fillValid();
    const marked = screen.getByTestId('preview-marked');
    expect([...marked.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Project Falcon']);
  });

  it('shows the store’s field errors when saving fails', async () => {
    show(
      [],
      vi.fn(() =>
        Promise.reject(
          new LexiconStoreError('The entry was not saved because some fields need attention.', [], {
            id: 'another of your entries already has the id "project-falcon"',
          }),
        ),
      ),
    );
    fillValid();
    fireEvent.click(screen.getByRole('button', { name: 'Save entry' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/some fields need attention/)).toBeTruthy();
    expect(errorOf('Id')).toMatch(/already has the id/);
  });
});
