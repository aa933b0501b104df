// @vitest-environment happy-dom
/**
 * The allow list in the options page: an allowed term can be edited in place (term and reason), from the keyboard,
 * with problems shown beside their field and focus kept where the user was.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AllowListPanel } from '../../../../components/options/AllowListPanel.tsx';
import { LexiconStoreError } from '../../../../extension/lexicon-store.ts';
import { allow } from './fixtures.ts';

afterEach(cleanup);

function renderPanel(onUpdate = vi.fn(() => Promise.resolve())) {
  const items = [allow('Kanban', 'the team board', '2026-03-04T05:06:07.000Z'), allow('Scrum', '', '2026-03-05T05:06:07.000Z')];
  render(<AllowListPanel allow={items} organizationAllow={[]} onAdd={vi.fn()} onUpdate={onUpdate} onRemove={vi.fn()} />);
  return { onUpdate };
}

describe('editing an allowed term', () => {
  it('opens in place with focus in the term, and saves with Enter', async () => {
    const { onUpdate } = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Edit “Kanban”' }));
    const term = screen.getByRole<HTMLInputElement>('textbox', { name: 'Term (was “Kanban”)' });
    await waitFor(() => expect(document.activeElement).toBe(term));
    expect(term.value).toBe('Kanban');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Reason for “Kanban”' }).value).toBe('the team board');
    fireEvent.input(term, { target: { value: 'Kanban board' } });
    fireEvent.keyDown(term, { key: 'Enter' });
    await waitFor(() => expect(onUpdate).toHaveBeenCalledExactlyOnceWith('Kanban', 'Kanban board', 'the team board'));
    expect((await screen.findByRole('status')).textContent).toBe('Saved “Kanban board”.');
  });

  it('Escape puts the row back and focus on its Edit button', async () => {
    const { onUpdate } = renderPanel();
    const edit = screen.getByRole('button', { name: 'Edit “Scrum”' });
    fireEvent.click(edit);
    const term = screen.getByRole('textbox', { name: 'Term (was “Scrum”)' });
    await waitFor(() => expect(document.activeElement).toBe(term));
    fireEvent.keyDown(term, { key: 'Escape' });
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Edit “Scrum”'));
    expect(screen.queryByRole('textbox', { name: 'Term (was “Scrum”)' })).toBeNull();
    expect(onUpdate).not.toHaveBeenCalled();
  });

  it('shows what is wrong beside the field, with focus on it, and keeps the edit open', async () => {
    const onUpdate = vi.fn(() =>
      Promise.reject(new LexiconStoreError('That term is already allowed.', [], { term: '"Scrum" is already on your allow list' })),
    );
    renderPanel(onUpdate);
    fireEvent.click(screen.getByRole('button', { name: 'Edit “Kanban”' }));
    const term = screen.getByRole('textbox', { name: 'Term (was “Kanban”)' });
    fireEvent.input(term, { target: { value: 'Scrum' } });
    fireEvent.click(within(term.closest('tr')!).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(term.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(term.getAttribute('aria-describedby')!)!.textContent).toBe('"Scrum" is already on your allow list');
    expect(document.activeElement).toBe(term);
  });

  it('says that matching ignores case and covers forms and the names inside a term', () => {
    renderPanel();
    expect(screen.getByText(/in any case or form/).textContent).toContain('allowing “SharePoint Online” allows “SharePoint”');
  });
});
