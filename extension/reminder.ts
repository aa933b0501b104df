/**
 * The gentle weekly reminder, off by default: at the day and time the user picked, the toolbar button shows how
 * many wins were logged this week and asks "compose your update?"; opening the popup or Your update clears it.
 *
 * What wakes the extension at that time differs by browser, and so does what is asked for:
 * - Chromium runs the background as a service worker that the browser stops when idle, so only an alarm wakes it
 *   at a set time. `alarms` is allowed as an optional permission there: it is asked for when the user turns the
 *   reminder on (Chromium grants it without a prompt, as it carries no warning) and given back when they turn it off.
 * - Firefox refuses `alarms` as an optional permission (its optional_permissions list leaves it out), and asking for
 *   it at install would cost every user a permission for a feature few turn on. Its Manifest V2 background page
 *   stays loaded, so a timer does the job and nothing is asked for.
 * Either way, a reminder that fell while the browser was closed shows when the background next starts.
 */
import { browser } from 'wxt/browser';
import { storage } from '#imports';
import { nextWeeklyTime, reminderMessage, winsThisWeek } from '../lexicon/update/index.ts';
import { getSettings, updateSettings, watchSettings, type ReminderSetting } from './settings.ts';
import { clearReminderBadge, showReminderBadge, type BadgeApi } from './toolbar-badge.ts';
import { loadWins } from './wins-store.ts';

export const REMINDER_ALARM = 'bl-weekly-reminder';

/** Where the timer looks again at the latest (Firefox): a computer that slept lets the time pass unseen. */
const TIMER_STEP_MS = 60_000;

/** This browser's side of the reminder: when it next falls, for which choice, and whether one is waiting unseen. */
export interface ReminderState {
  dueAt: number | null;
  /** The day and time `dueAt` was computed for ("5@15:00"): another choice computes it again. */
  for: string;
  waiting: boolean;
}

const NO_REMINDER: ReminderState = { dueAt: null, for: '', waiting: false };

/** Kept in local storage: the alarm, the timer and the badge are this browser's, even when the setting syncs. */
export const reminderStateItem = storage.defineItem<ReminderState>('local:reminder', { fallback: NO_REMINDER, version: 1 });

/** The extension APIs the reminder uses, so tests can give either browser's shape. */
export interface ReminderApi extends BadgeApi {
  alarms?: {
    create(name: string, info: { when: number }): Promise<void> | void;
    clear(name: string): Promise<boolean>;
    onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
  };
  permissions: {
    request(permissions: { permissions: string[] }): Promise<boolean>;
    remove(permissions: { permissions: string[] }): Promise<boolean>;
    contains(permissions: { permissions: string[] }): Promise<boolean>;
    onAdded?: { addListener(listener: () => void): void };
  };
}

/** The permissions the reminder asks for in this build: `alarms` in Chromium, none in Firefox (see above). */
export const REMINDER_PERMISSIONS: readonly string[] = import.meta.env.FIREFOX ? [] : ['alarms'];

export const PERMISSION_REFUSED = 'Your browser did not allow Business Lens to set an alarm, so the reminder stays off.';

export interface ReminderDeps {
  api?: ReminderApi;
  /** The permissions to ask for; the build's own by default. */
  permissions?: readonly string[];
  now?: () => Date;
  readSetting?: () => Promise<ReminderSetting>;
  countWins?: (now: Date) => Promise<number>;
}

const apiOf = (deps: ReminderDeps) => deps.api ?? (browser as unknown as ReminderApi);
const keyOf = (setting: ReminderSetting) => `${setting.day}@${setting.time}`;
const hasAlarms = (api: ReminderApi) => typeof api.alarms?.create === 'function';

async function countThisWeek(now: Date): Promise<number> {
  return winsThisWeek(await loadWins(), now);
}

/**
 * The background's side: keeps the next reminder scheduled while the setting is on, shows it when it falls (or at
 * start, if it fell while the browser was closed), and follows every change of the setting. Returns `check`, which
 * does all of that once, and `stop`.
 */
export function serveReminder(deps: ReminderDeps = {}): { check: () => Promise<void>; stop: () => void } {
  const api = apiOf(deps);
  const now = deps.now ?? (() => new Date());
  const readSetting = deps.readSetting ?? (async () => (await getSettings()).reminder);
  const countWins = deps.countWins ?? countThisWeek;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let listening = false;
  let stopped = false;

  const listenForAlarm = () => {
    if (listening || !hasAlarms(api)) return;
    listening = true;
    api.alarms!.onAlarm.addListener((alarm) => {
      if (alarm.name === REMINDER_ALARM) void check();
    });
  };

  async function check(): Promise<void> {
    if (stopped) return;
    clearTimeout(timer);
    const setting = await readSetting();
    const state = await reminderStateItem.getValue();
    if (!setting.on) {
      if (hasAlarms(api)) await api.alarms!.clear(REMINDER_ALARM);
      if (state.dueAt !== null || state.waiting) {
        await reminderStateItem.setValue(NO_REMINDER);
        await clearReminderBadge(api);
      }
      return;
    }
    const at = now();
    let dueAt = state.for === keyOf(setting) ? state.dueAt : null;
    let waiting = state.waiting;
    if (dueAt === null) dueAt = nextWeeklyTime(at, setting).getTime();
    else if (dueAt <= at.getTime()) {
      waiting = true;
      dueAt = nextWeeklyTime(at, setting).getTime();
    }
    await reminderStateItem.setValue({ dueAt, for: keyOf(setting), waiting });
    // Shown again on every check: the browser forgets badges when it restarts, and the count may have grown.
    if (waiting) {
      const count = await countWins(at);
      await showReminderBadge(count, reminderMessage(count), api);
    }
    if (hasAlarms(api)) {
      listenForAlarm();
      await api.alarms!.create(REMINDER_ALARM, { when: dueAt });
    } else {
      timer = setTimeout(() => void check().catch(() => undefined), Math.min(Math.max(dueAt - at.getTime(), 0), TIMER_STEP_MS));
    }
  }

  listenForAlarm();
  // Chromium makes `alarms` available once the user allows it; the worker may have started before that.
  api.permissions.onAdded?.addListener(() => void check().catch(() => undefined));
  const unwatch = deps.readSetting ? () => undefined : watchSettings(() => void check().catch(() => undefined));
  void check().catch(() => undefined);
  return {
    check,
    stop() {
      stopped = true;
      clearTimeout(timer);
      unwatch();
    },
  };
}

/** Whether this browser lets the reminder run: false in Chromium when the setting arrived by sync but `alarms` was never allowed here. */
export async function reminderAllowedHere(deps: ReminderDeps = {}): Promise<boolean> {
  const permissions = [...(deps.permissions ?? REMINDER_PERMISSIONS)];
  if (permissions.length === 0) return true;
  return apiOf(deps)
    .permissions.contains({ permissions })
    .catch(() => false);
}

export type ReminderOutcome = { ok: true } | { ok: false; reason: string };

/**
 * Turns the reminder on at a day and time. Asks for the permission before anything else, so it must be called
 * straight from the click: a refusal leaves the reminder off and says why.
 */
export function turnReminderOn(
  choice: Omit<ReminderSetting, 'on'>,
  deps: ReminderDeps & { update?: typeof updateSettings } = {},
): Promise<ReminderOutcome> {
  const permissions = [...(deps.permissions ?? REMINDER_PERMISSIONS)];
  const asked = permissions.length ? apiOf(deps).permissions.request({ permissions }) : Promise.resolve(true);
  return (async () => {
    try {
      if (!(await asked)) return { ok: false, reason: PERMISSION_REFUSED };
      await (deps.update ?? updateSettings)({ reminder: { on: true, day: choice.day, time: choice.time } });
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
  })();
}

/** Turns the reminder off: no alarm, no badge, and the permission given back. */
export async function turnReminderOff(
  choice: Omit<ReminderSetting, 'on'>,
  deps: ReminderDeps & { update?: typeof updateSettings } = {},
): Promise<void> {
  const api = apiOf(deps);
  await (deps.update ?? updateSettings)({ reminder: { on: false, day: choice.day, time: choice.time } });
  if (hasAlarms(api)) await api.alarms!.clear(REMINDER_ALARM).catch(() => false);
  await clearReminder(deps);
  const permissions = [...(deps.permissions ?? REMINDER_PERMISSIONS)];
  if (permissions.length) await api.permissions.remove({ permissions }).catch(() => false);
}

/** The user has seen the reminder (they opened the popup or Your update): take it off the button until next week. */
export async function clearReminder(deps: ReminderDeps = {}): Promise<void> {
  const state = await reminderStateItem.getValue();
  if (state.waiting) await reminderStateItem.setValue({ ...state, waiting: false });
  await clearReminderBadge(apiOf(deps));
}
