/**
 * The organisation's policy: a lexicon and locked settings that an IT department deploys to every browser
 * through enterprise policy. The browser puts the policy in `storage.managed` (read-only to the extension;
 * its shape is declared in public/managed_schema.json). Anything malformed is reported and left out, never
 * trusted: a broken policy must not stop the extension working.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import {
  AUDIENCES,
  parseLexiconFile,
  SEVERITIES,
  type AllowEntry,
  type Analogy,
  type LexiconEntry,
  type LexiconIssue,
} from '../lexicon/schema.ts';
import { CHECK_IDS } from '../lexicon/types.ts';
import type { Settings } from './settings.ts';

/** The settings an organisation may lock. Everything else stays the user's choice. */
export type LockableSettings = Pick<Settings, 'audience' | 'checks' | 'minSeverity' | 'paused' | 'disabledSites'>;

/** What the options page, the content script and the settings reader need to know about the policy. */
export interface OrgPolicy {
  /** True when the browser holds any policy for this extension. */
  present: boolean;
  /** The organisation's name, shown beside its entries ("from Example Ltd"). */
  name?: string;
  entries: LexiconEntry[];
  analogies: Analogy[];
  allow: AllowEntry[];
  /** Settings fixed by the organisation. A check listed here is locked; unlisted checks stay the user's. */
  locked: Partial<Omit<LockableSettings, 'checks'>> & { checks?: Partial<Settings['checks']> };
  /** Why parts of the policy were ignored, so an administrator can fix them. */
  issues: LexiconIssue[];
}

export const EMPTY_POLICY: OrgPolicy = { present: false, entries: [], analogies: [], allow: [], locked: {}, issues: [] };

const LockedSettingsSchema = v.strictObject({
  audience: v.optional(v.picklist(AUDIENCES, `must be one of: ${AUDIENCES.join(', ')}`)),
  checks: v.optional(v.strictObject(Object.fromEntries(CHECK_IDS.map((id) => [id, v.optional(v.boolean())])) as Record<(typeof CHECK_IDS)[number], v.OptionalSchema<v.BooleanSchema<undefined>, undefined>>)),
  minSeverity: v.optional(v.picklist(SEVERITIES, 'must be low, medium or high')),
  paused: v.optional(v.boolean()),
  disabledSites: v.optional(v.array(v.string())),
});

/**
 * Turns the raw managed storage into a policy. Pure, so it is tested without a browser. Each part is checked on
 * its own: a bad lexicon does not cost the locked settings, and one bad locked setting does not cost the others.
 */
export function parseOrgPolicy(raw: Record<string, unknown> | null | undefined): OrgPolicy {
  if (!raw || typeof raw !== 'object' || Object.keys(raw).length === 0) return EMPTY_POLICY;
  const policy: OrgPolicy = { present: true, entries: [], analogies: [], allow: [], locked: {}, issues: [] };
  if (typeof raw.organisationName === 'string' && raw.organisationName.trim()) policy.name = raw.organisationName.trim().slice(0, 80);

  if (raw.lexicon !== undefined) {
    const parsed = parseLexiconFile(raw.lexicon);
    if (parsed.ok) {
      policy.entries = parsed.value.entries;
      policy.analogies = parsed.value.analogies;
      policy.allow = parsed.value.allow;
    } else {
      policy.issues.push(...parsed.issues.map((issue) => ({ ...issue, where: `lexicon ${issue.where}` })));
    }
  }

  if (raw.lockedSettings !== undefined) {
    const locked = raw.lockedSettings;
    if (!locked || typeof locked !== 'object' || Array.isArray(locked)) {
      policy.issues.push({ where: 'lockedSettings', field: '(whole)', message: 'must be an object' });
    } else {
      // Validate key by key so one wrong value drops only that setting.
      for (const [key, value] of Object.entries(locked)) {
        const schema = (LockedSettingsSchema.entries as Record<string, v.GenericSchema>)[key];
        if (!schema) {
          policy.issues.push({ where: 'lockedSettings', field: key, message: 'is not a setting that can be locked' });
          continue;
        }
        const result = v.safeParse(schema, value);
        if (result.success) (policy.locked as Record<string, unknown>)[key] = result.output;
        else {
          const issue = result.issues[0];
          const sub = issue.path?.map((p) => String((p as { key: unknown }).key)).join('.');
          policy.issues.push({ where: 'lockedSettings', field: sub ? `${key}.${sub}` : key, message: issue.message });
        }
      }
    }
  }
  return policy;
}

/**
 * Reads the policy. Firefox throws when no policy is installed, and Chromium may refuse when managed storage
 * is unavailable; both mean "no policy", not an error for the user.
 */
export async function readOrgPolicy(): Promise<OrgPolicy> {
  try {
    const managed = browser.storage?.managed;
    if (!managed) return EMPTY_POLICY;
    return parseOrgPolicy((await managed.get(null)) as Record<string, unknown>);
  } catch {
    return EMPTY_POLICY;
  }
}

/** Calls back with the new policy whenever the administrator changes it (Chromium re-reads policy while running). */
export function watchOrgPolicy(callback: (policy: OrgPolicy) => void): () => void {
  const onChanged = browser.storage?.onChanged;
  if (!onChanged) return () => {};
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') void readOrgPolicy().then(callback);
  };
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}

/** Lays the organisation's locked settings over the user's. */
export function applyLockedSettings(settings: Settings, locked: OrgPolicy['locked']): Settings {
  const { checks, ...rest } = locked;
  const defined = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)) as Partial<Settings>;
  const definedChecks = Object.fromEntries(Object.entries(checks ?? {}).filter(([, value]) => value !== undefined));
  return { ...settings, ...defined, checks: { ...settings.checks, ...definedChecks } };
}

/** Whether the organisation has locked a setting (or one check, for `checks.<id>`). */
export function isLocked(locked: OrgPolicy['locked'], key: keyof LockableSettings | `checks.${string}`): boolean {
  if (key.startsWith('checks.')) return locked.checks?.[key.slice(7) as keyof Settings['checks']] !== undefined;
  return (locked as Record<string, unknown>)[key] !== undefined;
}
