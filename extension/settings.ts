/**
 * The user's settings, kept in `storage.sync` so they follow the user between browsers. Small by design:
 * the user's lexicon is large and lives in `storage.local` (see user-lexicon.ts).
 */
import { storage } from '#imports';
import * as v from 'valibot';
import type { Audience, CheckId, Severity } from '../lexicon/index.ts';
import { AUDIENCES, SEVERITIES } from '../lexicon/schema.ts';
import { CHECK_IDS } from '../lexicon/types.ts';
import { DEFAULT_AUDIENCE } from '../lexicon/schema.ts';
import { TIME_OF_DAY, WEEKDAY_NUMBERS, type Weekday } from '../lexicon/update/reminder.ts';
import { applyLockedSettings, readOrgPolicy, watchOrgPolicy } from './org-policy.ts';

export interface Settings {
  /** Whose outcomes the rewrites speak to. */
  audience: Audience;
  /** Each check on or off. */
  checks: Record<CheckId, boolean>;
  /** Findings below this severity are not shown. */
  minSeverity: Severity;
  /** Global pause: no marks anywhere until resumed. */
  paused: boolean;
  /** Built-in sites switched off by the user, as match patterns (e.g. "https://app.slack.com/*"). */
  disabledSites: string[];
  /** Built-in lexicon entries switched off by the user, by id. */
  disabledEntries: string[];
  /** Show every finding ("show all"); off, the page shows what matters most for the audience first. */
  picky: boolean;
  /**
   * The weekly reminder to compose the IT update, off until the user turns it on: a day (0 Sunday … 6 Saturday)
   * and a time ("HH:MM") in the user's own time zone. See extension/reminder.ts.
   */
  reminder: ReminderSetting;
}

export interface ReminderSetting {
  on: boolean;
  day: Weekday;
  time: string;
}

export const DEFAULT_SETTINGS: Settings = {
  audience: DEFAULT_AUDIENCE,
  checks: Object.fromEntries(CHECK_IDS.map((id) => [id, true])) as Record<CheckId, boolean>,
  minSeverity: 'low',
  paused: false,
  disabledSites: [],
  disabledEntries: [],
  picky: false,
  reminder: { on: false, day: 5, time: '15:00' },
};

/** A list of strings; anything else in it is left out, and anything but a list is an empty one. */
const StringList = v.fallback(
  v.pipe(
    v.array(v.unknown()),
    v.transform((items) => items.filter((item): item is string => typeof item === 'string')),
  ),
  () => [],
);

/**
 * What stored settings may hold, field by field. Each field has its own fallback, so a damaged value costs only
 * itself: another device's copy, an older version or a bug can change one field without resetting the others.
 */
const StoredSettingsSchema = v.fallback(
  v.object({
    audience: v.fallback(v.picklist(AUDIENCES), DEFAULT_SETTINGS.audience),
    checks: v.fallback(
      v.object(
        Object.fromEntries(CHECK_IDS.map((id) => [id, v.fallback(v.boolean(), DEFAULT_SETTINGS.checks[id])])) as Record<
          CheckId,
          v.SchemaWithFallback<v.BooleanSchema<undefined>, boolean>
        >,
      ),
      () => ({ ...DEFAULT_SETTINGS.checks }),
    ),
    minSeverity: v.fallback(v.picklist(SEVERITIES), DEFAULT_SETTINGS.minSeverity),
    paused: v.fallback(v.boolean(), DEFAULT_SETTINGS.paused),
    disabledSites: StringList,
    disabledEntries: StringList,
    picky: v.fallback(v.boolean(), DEFAULT_SETTINGS.picky),
    reminder: v.fallback(
      v.object({
        on: v.fallback(v.boolean(), DEFAULT_SETTINGS.reminder.on),
        // A picklist and a regex, which the content script's bundle already holds: settings are read on every page.
        day: v.fallback(v.picklist(WEEKDAY_NUMBERS), DEFAULT_SETTINGS.reminder.day),
        time: v.fallback(v.pipe(v.string(), v.regex(TIME_OF_DAY)), DEFAULT_SETTINGS.reminder.time),
      }),
      () => ({ ...DEFAULT_SETTINGS.reminder }),
    ),
  }),
  () => withDefaults(null),
);

/**
 * Settings as stored (or partly given) made whole and valid: missing fields take their defaults, damaged ones
 * too, each on its own; unknown fields are dropped. Always returns a fresh object.
 */
export function withDefaults(stored: unknown): Settings {
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) {
    return {
      ...DEFAULT_SETTINGS,
      checks: { ...DEFAULT_SETTINGS.checks },
      disabledSites: [],
      disabledEntries: [],
      picky: false,
      reminder: { ...DEFAULT_SETTINGS.reminder },
    };
  }
  return v.parse(StoredSettingsSchema, stored);
}

/** The stored settings item. Version 1 is the first; later shapes add a migration here. */
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/**
 * Where settings go when sync storage refuses them (it holds 100 KB, 8 KB per item, and limits writes per
 * hour). While this copy exists it is the user's settings; the next successful write to sync removes it.
 */
export const localSettingsItem = storage.defineItem<Settings | null>('local:settingsFallback', {
  fallback: null,
  version: 1,
});

/** True for the errors sync storage gives when it is full or written too often (QUOTA_BYTES, MAX_WRITE_OPERATIONS_PER_HOUR...). */
export function isQuotaError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /QUOTA_BYTES|MAX_WRITE_OPERATIONS|MAX_ITEMS|quota/i.test(message);
}

/** The user's own choices, before the organisation's locked settings are laid over them. */
export async function getUserSettings(): Promise<Settings> {
  const [local, synced] = await Promise.all([localSettingsItem.getValue(), settingsItem.getValue()]);
  return withDefaults(local ?? synced);
}

/** Reads the settings, whole, as they apply: the user's choices with the organisation's locked settings on top. */
export async function getSettings(): Promise<Settings> {
  const [user, policy] = await Promise.all([getUserSettings(), readOrgPolicy()]);
  return applyLockedSettings(user, policy.locked);
}

/** Where the settings are kept now: `sync` normally, `local` while sync storage is full. */
export async function getSettingsStorageArea(): Promise<'sync' | 'local'> {
  return (await localSettingsItem.getValue()) ? 'local' : 'sync';
}

/**
 * Changes some settings and keeps the rest. When sync storage is full the settings are kept in local storage
 * instead, so the change still takes effect on this computer; it returns the settings as they now apply.
 */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = withDefaults({ ...(await getUserSettings()), ...patch });
  try {
    await settingsItem.setValue(next);
    if (await localSettingsItem.getValue()) await localSettingsItem.removeValue();
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    await localSettingsItem.setValue(next);
  }
  return applyLockedSettings(next, (await readOrgPolicy()).locked);
}

/** Calls back with the whole settings object whenever any part changes, in any tab, or the organisation's policy changes. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const reread = () => void getSettings().then(callback);
  const unwatchers = [settingsItem.watch(reread), localSettingsItem.watch(reread), watchOrgPolicy(reread)];
  return () => unwatchers.forEach((unwatch) => unwatch());
}
