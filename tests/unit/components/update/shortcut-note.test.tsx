// @vitest-environment happy-dom
/**
 * Your update's note on the "log a win" keyboard command: it shows the key, or that none is set yet, and opens the
 * browser's shortcut settings, or says the way there where the browser cannot open them.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { UpdateApp } from '../../../../components/update/UpdateApp.tsx';
import type { ShortcutServices } from '../../../../components/update/ShortcutNote.tsx';
import { updateEngine } from '../../../../entrypoints/update/engine.ts';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

function open(shortcuts: ShortcutServices) {
  render(
    <UpdateApp
      engine={updateEngine}
      services={{ copy: () => Promise.resolve(), now: () => new Date(2026, 2, 27), newId: () => 'id' }}
      save={() => undefined}
      shortcuts={shortcuts}
    />,
  );
}

describe('the "log a win" shortcut on Your update', () => {
  it('says none is set and opens the browser’s shortcut settings', async () => {
    const shortcuts = {
      getLogWinShortcut: vi.fn(() => Promise.resolve(undefined)),
      openShortcutSettings: vi.fn(() => Promise.resolve(true)),
    };
    open(shortcuts);
    expect((await screen.findByTestId('log-win-shortcut')).textContent).toMatch(/none set yet/);
    fireEvent.click(screen.getByRole('button', { name: 'Choose a shortcut' }));
    expect(shortcuts.openShortcutSettings).toHaveBeenCalled();
  });

  it('shows the key once there is one, and the way there when the browser cannot open its settings', async () => {
    open({ getLogWinShortcut: () => Promise.resolve('Ctrl+Shift+Y'), openShortcutSettings: () => Promise.resolve(false) });
    expect((await screen.findByTestId('log-win-shortcut')).textContent).toBe('Ctrl+Shift+Y');
    fireEvent.click(screen.getByRole('button', { name: 'Change the shortcut' }));
    expect(await screen.findByText(/chrome:\/\/extensions\/shortcuts/)).toBeTruthy();
  });
});
