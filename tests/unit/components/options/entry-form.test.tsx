// @vitest-environment happy-dom
/** The entry form's inline validation: each problem named beside its field, in words that say what is wrong. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LexiconEntry } from '../../../../lexicon/schema.ts';
import { EntryForm } from '../../../../components/options/EntryForm.tsx';
import { emptyDraft } from '../../../../components/options/entry-draft.ts';
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

/** A term and a plain wording: all a new entry needs. */
function fillValid() {
  fireEvent.input(screen.getByLabelText('Term'), { target: { value: 'Project Falcon' } });
  fireEvent.input(screen.getByLabelText('Plain wording'), { target: { value: 'the new ordering system\n\nour order tool' } });
}

const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save entry' }));
const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('adding a term in one step', () => {
  it('needs only a term and a plain wording; the rest takes its default and the id is made', async () => {
    const onSave = show([entry('project-falcon', { term: 'Falcon Classic' })]);
    // Only the two fields are in view; the rest is folded away.
    expect((screen.getByText('More options (all optional)').closest('details') as HTMLDetailsElement).open).toBe(false);
    fillValid();
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    const saved = onSave.mock.calls[0]![0];
    expect(saved).toMatchObject({
      // "project-falcon" is another entry's: the new one gets the next free id.
      id: 'project-falcon-2',
      term: 'Project Falcon',
      category: 'products',
      severity: 'medium',
      plain: ['the new ordering system', 'our order tool'],
      explanation: 'Readers outside IT may not know what “Project Falcon” means.',
    });
    // No outcomes: the category's are used.
    expect(saved.outcomes).toBeUndefined();
  });

  it('starts from the term the card sent', () => {
    render(
      <EntryForm
        initial={emptyDraft('ERP')}
        others={[]}
        analogies={[]}
        engine={SIMPLE_ENGINE}
        previewLexicon={(draft) => ({ entries: [draft], allow: [], analogies: [] })}
        audience="board"
        onSave={vi.fn()}
        onCancel={() => {}}
      />,
    );
    expect(screen.getByLabelText<HTMLInputElement>('Term').value).toBe('ERP');
  });

  it('refuses a plain wording longer than 8 words, saying why and what to do', async () => {
    const onSave = show();
    fireEvent.input(screen.getByLabelText('Term'), { target: { value: 'SD-WAN' } });
    fireEvent.input(screen.getByLabelText('Plain wording'), {
      target: { value: 'a smarter way to connect our offices to each other and the internet' },
    });
    save();
    await screen.findByRole('alert');
    expect(errorOf('Plain wording')).toBe(
      'This is 13 words; keep it to 8 or fewer, so it reads well where the term stood. Put the longer explanation under “Explanation”.',
    );
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.input(screen.getByLabelText('Plain wording'), { target: { value: 'our connections between offices' } });
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
  });
});

describe('entry form validation', () => {
  it('shows every problem at once beside its field, and puts the keyboard on the first', async () => {
    const onSave = show();
    fireEvent.input(screen.getByLabelText('Board'), { target: { value: 'orders arrive a day sooner.' } });
    save();
    const summary = await screen.findByRole('alert');
    await tick();
    // Term, plain wording and the outcomes, all in one round.
    expect(summary.textContent).toContain('6 fields need a change');
    expect(errorOf('Term')).toBe('Write the term as IT people write it, for example “Active Directory”.');
    expect(errorOf('Plain wording')).toBe('Write how you would say it to a colleague outside IT, for example “the staff directory”.');
    expect(errorOf('Board')).toBe('Leave off the final full stop: the phrase follows “…, so that”.');
    expect(errorOf('Staff')).toBe('Fill in all four audiences, or leave all four empty to use the category’s outcomes.');
    expect(screen.getByLabelText('Term').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByLabelText('Term'));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('opens “More options” and moves there when the first problem is inside', async () => {
    show();
    fillValid();
    const more = screen.getByText('More options (all optional)').closest('details') as HTMLDetailsElement;
    // One outcome typed (say, pasted in before the others), the options folded away again.
    fireEvent.input(screen.getByLabelText('Executives'), { target: { value: 'orders go out sooner' } });
    expect(more.open).toBe(false);
    save();
    await screen.findByRole('alert');
    await tick();
    expect(more.open).toBe(true);
    expect(document.activeElement).toBe(screen.getByLabelText('Board'));
  });

  it('shows a field’s problem when the user leaves it, before any save', () => {
    show();
    const term = screen.getByLabelText('Term');
    expect(errorOf('Term')).toBeNull();
    fireEvent.blur(term);
    expect(errorOf('Term')).toMatch(/Write the term/);
    expect(errorOf('Plain wording')).toBeNull();
    fireEvent.input(term, { target: { value: 'Falcon' } });
    expect(errorOf('Term')).toBeNull();
  });

  it('says which line of a list is wrong', async () => {
    show();
    fillValid();
    fireEvent.input(screen.getByLabelText('Other spellings'), { target: { value: 'Falcon\n' + 'x'.repeat(81) } });
    save();
    await screen.findByRole('alert');
    expect(errorOf('Other spellings')).toBe('Line 2: Keep it to 80 characters or fewer.');
  });

  it('refuses a spelling another of the user entries already uses', async () => {
    show([entry('falcon', { term: 'Falcon', variants: ['Project Falcon'] })]);
    fillValid();
    save();
    await screen.findByRole('alert');
    expect(errorOf('Term')).toBe('your entry “Falcon” already uses “Project Falcon”'.replace(/[“”]/g, '"'));
  });

  it('saves what the user chose under “More options”', async () => {
    const onSave = show();
    fillValid();
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'security' } });
    fireEvent.input(screen.getByLabelText('Find an analogy'), { target: { value: 'insurance' } });
    fireEvent.click(screen.getByLabelText('Backups are insurance'));
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0]).toMatchObject({ category: 'security', analogies: ['backup-insurance'] });
  });

  it('Escape leaves an untouched form, but not one with changes', () => {
    const onCancel = vi.fn();
    render(
      <EntryForm
        others={[]}
        analogies={[]}
        engine={SIMPLE_ENGINE}
        previewLexicon={(draft) => ({ entries: [draft], allow: [], analogies: [] })}
        audience="board"
        onSave={vi.fn()}
        onCancel={onCancel}
      />,
    );
    fireEvent.keyDown(screen.getByLabelText('Term'), { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(1);
    fireEvent.input(screen.getByLabelText('Term'), { target: { value: 'Falcon' } });
    fireEvent.keyDown(screen.getByLabelText('Term'), { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toMatch(/press Cancel to drop them/);
  });

  it('shows the live preview with the draft once it is complete', () => {
    show();
    expect(screen.getByText('The live preview appears once the term and its plain wording are in.')).toBeTruthy();
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
            term: 'another of your entries already has this term',
          }),
        ),
      ),
    );
    fillValid();
    save();
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/some fields need attention/)).toBeTruthy();
    expect(errorOf('Term')).toMatch(/already has this term/);
  });
});
