/**
 * The user's settings, kept in `storage.sync` so they follow the user between browsers. Small by design:
 * the user's lexicon is large and lives in `storage.local` (see user-lexicon.ts).
 */
import { storage } from '#imports';
import type { Audience, CheckId, Severity } from '../lexicon/index.ts';
import { CHECK_IDS } from '../lexicon/types.ts';

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
}

export const DEFAULT_SETTINGS: Settings = {
  audience: 'executive',
  checks: Object.fromEntries(CHECK_IDS.map((id) => [id, true])) as Record<CheckId, boolean>,
  minSeverity: 'low',
  paused: false,
  disabledSites: [],
  disabledEntries: [],
};

/** Fills in fields missing from older or partial stored settings, so readers always get a whole object. */
export function withDefaults(stored: Partial<Settings> | null | undefined): Settings {
  const s = stored ?? {};
  return {
    ...DEFAULT_SETTINGS,
    ...s,
    checks: { ...DEFAULT_SETTINGS.checks, ...(s.checks ?? {}) },
    disabledSites: Array.isArray(s.disabledSites) ? s.disabledSites : [],
    disabledEntries: Array.isArray(s.disabledEntries) ? s.disabledEntries : [],
  };
}

/** The stored settings item. Version 1 is the first; later shapes add a migration here. */
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Reads the settings, whole. */
export async function getSettings(): Promise<Settings> {
  return withDefaults(await settingsItem.getValue());
}

/** Changes some settings and keeps the rest. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await settingsItem.setValue(next);
  return next;
}

/** Calls back with the whole settings object whenever any part changes, in any tab. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(withDefaults(value)));
}
