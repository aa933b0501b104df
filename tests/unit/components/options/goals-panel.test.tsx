// @vitest-environment happy-dom
/** The organisation's business goals in the options page: the policy's locked, the user's own added and removed. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GoalsPanel } from '../../../../components/options/GoalsPanel.tsx';
import { forgetOrgPolicy, parseOrgPolicy } from '../../../../extension/org-policy.ts';
import { readGoals } from '../../../../extension/wins-store.ts';

beforeEach(() => {
  fakeBrowser.reset();
  forgetOrgPolicy();
});
afterEach(cleanup);

describe('business goals', () => {
  it('shows the policy’s goals locked, and adds and removes the user’s own', async () => {
    await fakeBrowser.storage.managed.set({ organisationName: 'Example Ltd', goals: [{ id: 'leeds', label: 'Open the Leeds site' }] });
    render(<GoalsPanel organisationName="Example Ltd" />);
    expect(await screen.findByText('Open the Leeds site')).toBeTruthy();
    expect(screen.getByText('set by Example Ltd')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('New goal'), { target: { value: 'Halve onboarding time' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add goal' }));
    await waitFor(async () => expect((await readGoals()).map((g) => g.id)).toEqual(['leeds', 'halve-onboarding-time']));
    fireEvent.input(screen.getByLabelText('New goal'), { target: { value: 'open the leeds site' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add goal' }));
    expect((await screen.findByRole('alert')).textContent).toBe('That goal is already in the list.');
    fireEvent.click(await screen.findByRole('button', { name: 'Remove goal “Halve onboarding time”' }));
    await waitFor(async () => expect((await readGoals()).map((g) => g.id)).toEqual(['leeds']));
  });

  it('reads goals from the policy, reporting a bad one without losing the rest of the policy', () => {
    const policy = parseOrgPolicy({ goals: [{ id: 'Bad Id', label: 'x' }], lockedSettings: { audience: 'board' } });
    expect(policy.goals).toEqual([]);
    expect(policy.issues).toEqual([{ where: 'goals', field: '0.id', message: 'must be lower-case words joined by hyphens' }]);
    expect(policy.locked.audience).toBe('board');
  });
});
