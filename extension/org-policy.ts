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
  shortIssueMessage,
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
  /** The organisation's own business goals, which wins can serve (beside revenue, cost, risk...). */
  goals: Array<{ id: string; label: string }>;
  /** Why parts of the policy were ignored, so an administrator can fix them. */
  issues: LexiconIssue[];
}

export const EMPTY_POLICY: OrgPolicy = { present: false, entries: [], analogies: [], allow: [], locked: {}, goals: [], issues: [] };

const GoalsSchema = v.pipe(
  v.array(
    v.strictObject({
      id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'), v.maxLength(60)),
      label: v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(80, 'must be at most 80 characters')),
    }),
  ),
  v.maxLength(50, 'must list at most 50 goals'),
);

const MAX_SITE_PATTERN_LENGTH = 2048;
const MATCH_PATTERN_MESSAGE = 'must be a match pattern such as "https://app.slack.com/*"';

const LockedSettingsSchema = v.strictObject({
  audience: v.optional(v.picklist(AUDIENCES, `must be one of: ${AUDIENCES.join(', ')}`)),
  checks: v.optional(
    v.strictObject(
      Object.fromEntries(CHECK_IDS.map((id) => [id, v.optional(v.boolean())])) as Record<
        (typeof CHECK_IDS)[number],
        v.OptionalSchema<v.BooleanSchema<undefined>, undefined>
      >,
    ),
  ),
  minSeverity: v.optional(v.picklist(SEVERITIES, 'must be low, medium or high')),
  paused: v.optional(v.boolean()),
  disabledSites: v.optional(
    v.array(
      v.pipe(
        v.string(),
        // The content script compares every pattern with the page's URL on each settings change: bounded, and shaped as a
        // browser match pattern (any host, "*", or "*." and a domain; "*" in the path only), or the lock is refused.
        v.maxLength(MAX_SITE_PATTERN_LENGTH, MATCH_PATTERN_MESSAGE),
        v.regex(/^(?:\*|https?|file):\/\/(?:\*|(?:\*\.)?[^/*]+)\/.*$/, MATCH_PATTERN_MESSAGE),
      ),
    ),
  ),
});

/**
 * Turns the raw managed storage into a policy. Pure, so it is tested without a browser. Each part is checked on
 * its own: a bad lexicon does not cost the locked settings, and one bad locked setting does not cost the others.
 */
export function parseOrgPolicy(raw: Record<string, unknown> | null | undefined): OrgPolicy {
  if (!raw || typeof raw !== 'object' || Object.keys(raw).length === 0) return EMPTY_POLICY;
  const policy: OrgPolicy = { present: true, entries: [], analogies: [], allow: [], locked: {}, goals: [], issues: [] };
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

  if (raw.goals !== undefined) {
    const goals = v.safeParse(GoalsSchema, raw.goals);
    if (goals.success) policy.goals = goals.output.filter((g, i, all) => all.findIndex((o) => o.id === g.id) === i);
    else {
      const issue = goals.issues[0];
      const sub = issue.path?.map((p) => String((p as { key: unknown }).key)).join('.');
      policy.issues.push({ where: 'goals', field: sub || '(whole)', message: shortIssueMessage(issue.message) });
    }
  }

  if (raw.lockedSettings !== undefined) {
    const locked = raw.lockedSettings;
    if (!locked || typeof locked !== 'object' || Array.isArray(locked)) {
      policy.issues.push({ where: 'lockedSettings', field: '(whole)', message: 'must be an object' });
    } else {
      // Validate key by key so one wrong value drops only that setting.
      for (const [key, value] of Object.entries(locked)) {
        // Own keys only: "__proto__", "constructor" or "toString" would otherwise find Object.prototype's members,
        // and parsing with them threw, which dropped the whole policy (found by tests/unit/trust/hostile-lexicon.test.ts).
        const schema = Object.hasOwn(LockedSettingsSchema.entries, key)
          ? (LockedSettingsSchema.entries as Record<string, v.GenericSchema>)[key]
          : undefined;
        if (!schema) {
          policy.issues.push({ where: 'lockedSettings', field: key, message: 'is not a setting that can be locked' });
          continue;
        }
        const result = v.safeParse(schema, value);
        if (result.success) (policy.locked as Record<string, unknown>)[key] = result.output;
        else {
          const issue = result.issues[0];
          const sub = issue.path?.map((p) => String((p as { key: unknown }).key)).join('.');
          policy.issues.push({ where: 'lockedSettings', field: sub ? `${key}.${sub}` : key, message: shortIssueMessage(issue.message) });
        }
      }
    }
  }
  return policy;
}

/**
 * How long a reader waits for managed storage before going on without a policy. Chromium answers
 * `storage.managed.get` only once its policy service has loaded, which can take seconds after the browser
 * starts; settings must not wait that long. The policy is applied as soon as it arrives (watchers hear of it).
 */
export const POLICY_WAIT_MS = 300;

let cached: OrgPolicy | undefined;
let inflight: Promise<OrgPolicy> | undefined;
/** What readers were last given, so watchers hear only of real changes. */
let lastGiven = JSON.stringify(EMPTY_POLICY);
let listening = false;
const watchers = new Set<(policy: OrgPolicy) => void>();

function announce(policy: OrgPolicy): void {
  const json = JSON.stringify(policy);
  if (json === lastGiven) return;
  lastGiven = json;
  for (const watcher of watchers) watcher(policy);
}

/** Reads managed storage once; Firefox throws when no policy is installed, which means "no policy". */
function fetchPolicy(): Promise<OrgPolicy> {
  inflight ??= (async () => {
    try {
      const managed = browser.storage?.managed;
      return managed ? parseOrgPolicy(await managed.get<Record<string, unknown>>(null)) : EMPTY_POLICY;
    } catch {
      return EMPTY_POLICY;
    }
  })().then((policy) => {
    cached = policy;
    inflight = undefined;
    announce(policy);
    return policy;
  });
  return inflight;
}

function listen(): void {
  if (listening || !browser.storage?.onChanged) return;
  listening = true;
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'managed') return;
    cached = undefined;
    void fetchPolicy();
  });
}

/**
 * Reads the policy: from memory once known, otherwise from managed storage, waiting at most `waitMs` (then it
 * answers "no policy" and tells watchers when the real one arrives).
 */
export async function readOrgPolicy(waitMs = POLICY_WAIT_MS): Promise<OrgPolicy> {
  listen();
  if (cached) return cached;
  const pending = fetchPolicy();
  if (!Number.isFinite(waitMs)) return pending;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<OrgPolicy>((resolve) => (timer = setTimeout(() => resolve(EMPTY_POLICY), waitMs)));
  const policy = await Promise.race([pending, timeout]);
  clearTimeout(timer);
  return policy;
}

/** Calls back with the new policy whenever it changes: when the administrator changes it, or when it first arrives. */
export function watchOrgPolicy(callback: (policy: OrgPolicy) => void): () => void {
  listen();
  watchers.add(callback);
  return () => watchers.delete(callback);
}

/** Forgets the remembered policy and listener, so tests start from a fresh browser. */
export function forgetOrgPolicy(): void {
  cached = undefined;
  inflight = undefined;
  listening = false;
  lastGiven = JSON.stringify(EMPTY_POLICY);
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
