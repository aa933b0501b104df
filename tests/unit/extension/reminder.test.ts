/**
 * The weekly reminder with fakes for the browser: scheduled by an alarm where the browser has one (Chromium) and by
 * a timer where it has none (Firefox's background page), shown on the toolbar button when it falls or at the next
 * start if it fell while the browser was closed, cleared when the user opens the popup or Your update, and turned
 * on only once the browser allows it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  PERMISSION_REFUSED,
  REMINDER_ALARM,
  clearReminder,
  reminderStateItem,
  serveReminder,
  turnReminderOff,
  turnReminderOn,
  type ReminderApi,
} from '../../../extension/reminder.ts';
import { getUserSettings, type ReminderSetting } from '../../../extension/settings.ts';
import { fakeButton } from './fake-badge.ts';

const savedZone = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'Europe/London';
  fakeBrowser.reset();
});
afterEach(() => {
  process.env.TZ = savedZone;
  vi.useRealTimers();
});

/** A browser with alarms (Chromium, once allowed) or without (Firefox), a badge, and a permission answer. */
function fakeApi(options: { alarms?: boolean; mv2?: boolean; grant?: boolean } = {}) {
  const badge = fakeButton();
  const alarms = new Map<string, number>();
  const onAlarm: Array<(alarm: { name: string }) => void> = [];
  const permissions = {
    request: vi.fn(() => Promise.resolve(options.grant ?? true)),
    remove: vi.fn(() => Promise.resolve(true)),
    contains: vi.fn(() => Promise.resolve(true)),
  };
  const api: ReminderApi = {
    permissions,
    ...(options.mv2 ? { browserAction: badge.button } : { action: badge.button }),
    ...(options.alarms === false
      ? {}
      : {
          alarms: {
            create: (name: string, info: { when: number }) => void alarms.set(name, info.when),
            clear: (name: string) => Promise.resolve(alarms.delete(name)),
            onAlarm: { addListener: (listener: (alarm: { name: string }) => void) => void onAlarm.push(listener) },
          },
        }),
  };
  return { api, badge, alarms, permissions, ring: (name = REMINDER_ALARM) => onAlarm.forEach((l) => l({ name })) };
}

const FRIDAY_3PM: ReminderSetting = { on: true, day: 5, time: '15:00' };

describe('serveReminder', () => {
  it('does nothing while the reminder is off', async () => {
    const { api, badge, alarms } = fakeApi();
    const served = serveReminder({
      api,
      readSetting: () => Promise.resolve({ ...FRIDAY_3PM, on: false }),
      countWins: () => Promise.resolve(2),
    });
    await served.check();
    expect(alarms.size).toBe(0);
    expect(badge.global.text).toBe('');
    served.stop();
  });

  it('sets an alarm for the chosen day and time, and when it rings shows the week’s count until the user looks', async () => {
    let now = new Date(2026, 2, 25, 10, 0); // Wednesday 25 March
    const { api, badge, alarms, ring } = fakeApi();
    const served = serveReminder({
      api,
      now: () => now,
      readSetting: () => Promise.resolve(FRIDAY_3PM),
      countWins: () => Promise.resolve(3),
    });
    await served.check();
    expect(alarms.get(REMINDER_ALARM)).toBe(new Date(2026, 2, 27, 15, 0).getTime());
    expect(badge.global.text).toBe('');

    now = new Date(2026, 2, 27, 15, 0);
    ring();
    await vi.waitFor(() => expect(badge.global.text).toBe('3'));
    expect(badge.global.title).toBe('3 wins logged this week: compose your update?');
    // The next one a calendar week on, at 15:00 again although the clocks go forward on the Sunday between.
    expect(alarms.get(REMINDER_ALARM)).toBe(new Date(2026, 3, 3, 15, 0).getTime());

    ring('some-other-alarm');
    await clearReminder({ api });
    expect(badge.global).toMatchObject({ text: '', title: 'Business Lens' });
    await served.check();
    expect(badge.global.text).toBe('');
    served.stop();
  });

  it('a reminder that fell while the browser was closed shows at the next start', async () => {
    await reminderStateItem.setValue({ dueAt: new Date(2026, 2, 27, 15, 0).getTime(), for: '5@15:00', waiting: false });
    const { api, badge, alarms } = fakeApi();
    const served = serveReminder({
      api,
      now: () => new Date(2026, 2, 30, 8, 0),
      readSetting: () => Promise.resolve(FRIDAY_3PM),
      countWins: () => Promise.resolve(1),
    });
    await served.check();
    expect(badge.global).toMatchObject({ text: '1', title: '1 win logged this week: compose your update?' });
    expect(alarms.get(REMINDER_ALARM)).toBe(new Date(2026, 3, 3, 15, 0).getTime());
    served.stop();
  });

  it('a new day or time is scheduled afresh', async () => {
    let setting = FRIDAY_3PM;
    const { api, alarms } = fakeApi();
    const served = serveReminder({
      api,
      now: () => new Date(2026, 2, 25, 10, 0),
      readSetting: () => Promise.resolve(setting),
      countWins: () => Promise.resolve(0),
    });
    await served.check();
    setting = { on: true, day: 1, time: '09:15' };
    await served.check();
    expect(alarms.get(REMINDER_ALARM)).toBe(new Date(2026, 2, 30, 9, 15).getTime());
    served.stop();
  });

  it('without alarms (Firefox’s background page), a timer shows it on the browserAction button', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date(2026, 2, 27, 14, 58));
    const { api, badge } = fakeApi({ alarms: false, mv2: true });
    const served = serveReminder({ api, readSetting: () => Promise.resolve(FRIDAY_3PM), countWins: () => Promise.resolve(2) });
    await served.check();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(badge.global.text).toBe('');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(badge.global).toMatchObject({ text: '2', title: '2 wins logged this week: compose your update?' });
    served.stop();
  });
});

describe('turning the reminder on and off', () => {
  it('asks for the alarms permission and, once allowed, turns it on', async () => {
    const { api, permissions } = fakeApi({ grant: true });
    expect(await turnReminderOn({ day: 1, time: '09:00' }, { api, permissions: ['alarms'] })).toEqual({ ok: true });
    expect(permissions.request).toHaveBeenCalledWith({ permissions: ['alarms'] });
    expect((await getUserSettings()).reminder).toEqual({ on: true, day: 1, time: '09:00' });
  });

  it('a refusal leaves it off and says why', async () => {
    const { api } = fakeApi({ grant: false });
    expect(await turnReminderOn({ day: 1, time: '09:00' }, { api, permissions: ['alarms'] })).toEqual({
      ok: false,
      reason: PERMISSION_REFUSED,
    });
    expect((await getUserSettings()).reminder.on).toBe(false);
  });

  it('asks for nothing where no permission is needed (Firefox)', async () => {
    const { api, permissions } = fakeApi({ alarms: false, mv2: true });
    expect(await turnReminderOn({ day: 5, time: '15:00' }, { api, permissions: [] })).toEqual({ ok: true });
    expect(permissions.request).not.toHaveBeenCalled();
  });

  it('turning it off clears the alarm and the badge, and gives the permission back', async () => {
    const { api, badge, alarms, permissions } = fakeApi();
    await turnReminderOn({ day: 5, time: '15:00' }, { api, permissions: ['alarms'] });
    alarms.set(REMINDER_ALARM, 1);
    badge.global.text = '4';
    await reminderStateItem.setValue({ dueAt: 1, for: '5@15:00', waiting: true });
    await turnReminderOff({ day: 5, time: '15:00' }, { api, permissions: ['alarms'] });
    expect((await getUserSettings()).reminder).toEqual({ on: false, day: 5, time: '15:00' });
    expect(alarms.size).toBe(0);
    expect(badge.global.text).toBe('');
    expect(permissions.remove).toHaveBeenCalledWith({ permissions: ['alarms'] });
  });
});
