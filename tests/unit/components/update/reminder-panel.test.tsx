// @vitest-environment happy-dom
/**
 * Your update's weekly reminder, over WXT's fake browser with the real reminder module: turning it on asks for the
 * permission from the click and stores it on; a refusal leaves it off and says why; turning it off stores it off and
 * gives the permission back.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { UpdateApp } from '../../../../components/update/UpdateApp.tsx';
import type { ReminderServices } from '../../../../components/update/ReminderPanel.tsx';
import { updateEngine } from '../../../../entrypoints/update/engine.ts';
import { PERMISSION_REFUSED, turnReminderOff, turnReminderOn, type ReminderApi } from '../../../../extension/reminder.ts';
import { forgetOrgPolicy } from '../../../../extension/org-policy.ts';
import { getUserSettings, updateSettings } from '../../../../extension/settings.ts';

beforeEach(() => {
  fakeBrowser.reset();
  forgetOrgPolicy();
});
afterEach(cleanup);

function reminderServices(grant: boolean, allowed = true) {
  const request = vi.fn(() => Promise.resolve(grant));
  const remove = vi.fn(() => Promise.resolve(true));
  const api = {
    permissions: { request, remove, contains: () => Promise.resolve(allowed) },
  } as unknown as ReminderApi;
  const deps = { api, permissions: ['alarms'] };
  const services: ReminderServices = {
    read: async () => ({
      setting: (await getUserSettings()).reminder,
      allowed,
    }),
    turnOn: (choice) => turnReminderOn(choice, deps),
    turnOff: (choice) => turnReminderOff(choice, deps),
    change: async (setting) => void (await updateSettings({ reminder: setting })),
    asksPermission: true,
  };
  return { services, request, remove };
}

function open(reminder: ReminderServices) {
  render(
    <UpdateApp
      engine={updateEngine}
      services={{
        copy: () => Promise.resolve(),
        now: () => new Date(2026, 2, 27),
        newId: () => 'id',
      }}
      save={() => undefined}
      reminder={reminder}
    />,
  );
}

const toggle = () =>
  screen.findByRole('switch', {
    name: 'Remind me each week to compose my update',
  });

describe('the weekly reminder on Your update', () => {
  it('is off by default; turning it on asks for the permission in the click and keeps the day and time chosen', async () => {
    const { services, request } = reminderServices(true);
    open(services);
    const sw = (await toggle()) as HTMLInputElement;
    expect(sw.checked).toBe(false);
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText('Time'), {
      target: { value: '09:30' },
    });
    await waitFor(async () =>
      expect((await getUserSettings()).reminder).toEqual({
        on: false,
        day: 1,
        time: '09:30',
      }),
    );
    expect(request).not.toHaveBeenCalled();

    fireEvent.click(sw);
    expect(request).toHaveBeenCalledWith({ permissions: ['alarms'] });
    expect(await screen.findByText('On: every Monday at 09:30.')).toBeTruthy();
    expect(sw.checked).toBe(true);
    expect((await getUserSettings()).reminder).toEqual({
      on: true,
      day: 1,
      time: '09:30',
    });
  });

  it('a refusal leaves it off, with a clear message', async () => {
    const { services } = reminderServices(false);
    open(services);
    const sw = (await toggle()) as HTMLInputElement;
    fireEvent.click(sw);
    expect((await screen.findByRole('alert')).textContent).toBe(PERMISSION_REFUSED);
    expect(sw.checked).toBe(false);
    expect((await getUserSettings()).reminder.on).toBe(false);
  });

  it('turning it off stores it off and gives the permission back', async () => {
    await updateSettings({ reminder: { on: true, day: 5, time: '15:00' } });
    const { services, remove } = reminderServices(true);
    open(services);
    const sw = (await toggle()) as HTMLInputElement;
    await waitFor(() => expect(sw.checked).toBe(true));
    fireEvent.click(sw);
    expect(await screen.findByText('Off. No reminder will show.')).toBeTruthy();
    expect((await getUserSettings()).reminder.on).toBe(false);
    expect(remove).toHaveBeenCalledWith({ permissions: ['alarms'] });
  });

  it('on by sync but not allowed in this browser: shown off, with the reason', async () => {
    await updateSettings({ reminder: { on: true, day: 5, time: '15:00' } });
    open(reminderServices(true, false).services);
    expect(((await toggle()) as HTMLInputElement).checked).toBe(false);
    expect(await screen.findByText(/this browser has not allowed its alarm yet/)).toBeTruthy();
  });
});
