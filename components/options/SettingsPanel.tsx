/**
 * The user's settings: default audience, each check, minimum severity, the sites Business Lens runs on, the
 * global pause and the keyboard shortcuts. Settings the organisation has locked are shown, disabled, with a note.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { SEVERITIES, type Severity } from '../../lexicon/schema.ts';
import { CHECK_IDS, type CheckId } from '../../lexicon/types.ts';
import type { Settings } from '../../extension/settings.ts';
import { isLocked, type OrgPolicy } from '../../extension/org-policy.ts';
import { BUILT_IN_SITES, BUILT_IN_SITE_NAMES } from '../../extension/sites.ts';
import { AudienceSelect } from '../AudienceSelect.tsx';

import { LockedNote } from './SourceBadge.tsx';
import { CHECK_CATALOG, CHECK_DESCRIPTIONS } from '../../lexicon/checks/catalog.ts';

/** Browser features the settings reach beyond storage; the options page passes the real ones. */
export interface SettingsServices {
  listUserSites(): Promise<string[]>;
  revokeUserSite(pattern: string): Promise<void>;
  getShortcut(): Promise<string | undefined>;
  /** The key of the "log a win" command, which has none until the user gives it one. */
  getLogWinShortcut?(): Promise<string | undefined>;
  /** Opens the browser's shortcut page; resolves false where it cannot (a Firefox older than 137). */
  openShortcutSettings(): Promise<boolean>;
}

export interface SettingsPanelProps {
  /** The settings as they apply (locks included). */
  settings: Settings;
  locked: OrgPolicy['locked'];
  /** Where settings are kept now; `local` while sync storage is full. */
  storageArea: 'sync' | 'local';
  onChange: (patch: Partial<Settings>) => Promise<void>;
  services: SettingsServices;
}

const SEVERITY_CHOICES: Record<Severity, string> = {
  low: 'Everything (low, medium and high)',
  medium: 'Medium and high',
  high: 'High only',
};

export function SettingsPanel({ settings, locked, storageArea, onChange, services }: SettingsPanelProps) {
  const [userSites, setUserSites] = useState<string[] | undefined>();
  const [shortcut, setShortcut] = useState<string | null | undefined>();
  const [logWinShortcut, setLogWinShortcut] = useState<string | null | undefined>();
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string }>();
  const sitesLocked = isLocked(locked, 'disabledSites');

  useEffect(() => {
    services.listUserSites().then(setUserSites, () => setUserSites([]));
    services.getShortcut().then(
      (s) => setShortcut(s ?? null),
      () => setShortcut(null),
    );
    (services.getLogWinShortcut?.() ?? Promise.resolve(undefined)).then(
      (s) => setLogWinShortcut(s ?? null),
      () => setLogWinShortcut(null),
    );
  }, [services]);

  async function change(patch: Partial<Settings>) {
    setMessage(undefined);
    try {
      await onChange(patch);
    } catch (error) {
      setMessage({ tone: 'error', text: `Not saved: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  async function revoke(pattern: string) {
    try {
      await services.revokeUserSite(pattern);
      setUserSites((sites) => sites?.filter((s) => s !== pattern));
      setMessage({ tone: 'info', text: `Business Lens no longer has access to ${siteName(pattern)}.` });
    } catch (error) {
      setMessage({ tone: 'error', text: `Could not remove access: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  async function openShortcutsPage() {
    const opened = await services.openShortcutSettings().catch(() => false);
    if (!opened)
      setMessage({ tone: 'info', text: 'In Firefox: open Add-ons and themes, choose the gear menu, then Manage Extension Shortcuts.' });
  }

  return (
    <div class="bl-settings">
      {storageArea === 'local' && (
        <p class="bl-options__notice" role="status">
          Your browser’s sync storage is full, so these settings are saved on this computer only. They keep working here; they will sync
          again once there is room.
        </p>
      )}
      {message && (
        <p
          class={message.tone === 'error' ? 'bl-options__error' : 'bl-options__success'}
          role={message.tone === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}

      <section class="bl-card" aria-labelledby="bl-set-pause">
        <h2 id="bl-set-pause" class="bl-options__h2">
          Pause
        </h2>
        <Switch
          label="Pause Business Lens everywhere"
          hint="No marks on any site until you switch this off."
          checked={settings.paused}
          locked={isLocked(locked, 'paused')}
          onChange={(paused) => void change({ paused })}
        />
      </section>

      <section class="bl-card" aria-labelledby="bl-set-audience">
        <h2 id="bl-set-audience" class="bl-options__h2">
          Default audience
        </h2>
        <p class="bl-options__muted">Whose outcomes the rewrites speak to, until you choose another in the popup.</p>
        <AudienceSelect
          value={settings.audience}
          onChange={(audience) => void change({ audience })}
          name="bl-options-audience"
          label="Default audience"
          disabled={isLocked(locked, 'audience')}
        />
        {isLocked(locked, 'audience') && <LockedNote />}
      </section>

      <section class="bl-card" aria-labelledby="bl-set-checks">
        <h2 id="bl-set-checks" class="bl-options__h2">
          Checks
        </h2>
        <div class="bl-switch-list">
          {CHECK_IDS.map((id: CheckId) => (
            <Switch
              key={id}
              label={CHECK_CATALOG[id].title}
              hint={CHECK_DESCRIPTIONS[id]}
              checked={settings.checks[id]}
              locked={isLocked(locked, `checks.${id}`)}
              onChange={(on) => void change({ checks: { ...settings.checks, [id]: on } })}
            />
          ))}
        </div>
      </section>

      <section class="bl-card" aria-labelledby="bl-set-severity">
        <h2 id="bl-set-severity" class="bl-options__h2">
          Minimum severity
        </h2>
        <fieldset class="bl-fieldset bl-fieldset--plain" disabled={isLocked(locked, 'minSeverity')}>
          <legend class="bl-visually-hidden">Show findings of at least this severity</legend>
          {SEVERITIES.map((s) => (
            <label key={s} class="bl-check">
              <input
                type="radio"
                name="bl-min-severity"
                value={s}
                checked={settings.minSeverity === s}
                onChange={() => void change({ minSeverity: s })}
              />
              <span>{SEVERITY_CHOICES[s]}</span>
            </label>
          ))}
        </fieldset>
        {isLocked(locked, 'minSeverity') && <LockedNote />}
      </section>

      <section class="bl-card" aria-labelledby="bl-set-sites">
        <h2 id="bl-set-sites" class="bl-options__h2">
          Sites
        </h2>
        <h3 class="bl-options__h3">Mail and chat</h3>
        <div class="bl-switch-list">
          {BUILT_IN_SITES.map((pattern) => (
            <Switch
              key={pattern}
              label={BUILT_IN_SITE_NAMES[pattern]}
              hint={siteName(pattern)}
              checked={!settings.disabledSites.includes(pattern)}
              locked={sitesLocked}
              onChange={(on) =>
                void change({
                  disabledSites: on
                    ? settings.disabledSites.filter((s) => s !== pattern)
                    : [...settings.disabledSites.filter((s) => s !== pattern), pattern],
                })
              }
            />
          ))}
        </div>
        <h3 class="bl-options__h3">Sites you turned on</h3>
        {userSites === undefined ? (
          <p class="bl-options__muted">Reading permissions…</p>
        ) : userSites.length === 0 ? (
          <p class="bl-options__muted">
            None yet. To use Business Lens on another site, open it and choose “Enable on this site” in the popup.
          </p>
        ) : (
          <ul class="bl-site-list" aria-label="Sites you turned on">
            {userSites.map((pattern) => (
              <li key={pattern}>
                <span>
                  <strong>{siteName(pattern)}</strong>
                  <span class="bl-options__muted"> · may read and mark text you type on this site</span>
                </span>
                <button
                  type="button"
                  class="bl-button bl-button--small"
                  onClick={() => void revoke(pattern)}
                  aria-label={`Remove access to ${siteName(pattern)}`}
                >
                  Remove access
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="bl-card" aria-labelledby="bl-set-shortcut">
        <h2 id="bl-set-shortcut" class="bl-options__h2">
          Keyboard shortcut
        </h2>
        <p>
          Move to the next mark and open its card:{' '}
          {shortcut === undefined ? (
            <span class="bl-options__muted">reading…</span>
          ) : shortcut ? (
            <kbd class="bl-kbd" data-testid="shortcut">
              {shortcut}
            </kbd>
          ) : (
            <span class="bl-options__muted" data-testid="shortcut">
              not set
            </span>
          )}
        </p>
        <p class="bl-options__muted">In a card, Enter applies the suggestion and Escape closes it.</p>
        <p>
          Log the sentence at the cursor (or the selection) as a win for Your update:{' '}
          {logWinShortcut === undefined ? (
            <span class="bl-options__muted">reading…</span>
          ) : logWinShortcut ? (
            <kbd class="bl-kbd" data-testid="log-win-shortcut">
              {logWinShortcut}
            </kbd>
          ) : (
            <span class="bl-options__muted" data-testid="log-win-shortcut">
              not set (it has no key until you give it one)
            </span>
          )}
        </p>
        <button type="button" class="bl-button bl-button--small" onClick={() => void openShortcutsPage()}>
          Change shortcuts
        </button>
      </section>
    </div>
  );
}

/** "https://app.slack.com/*" → "app.slack.com". */
function siteName(pattern: string): string {
  return pattern.replace(/^[a-z*]+:\/\//, '').replace(/\/\*$/, '');
}

interface SwitchProps {
  label: string;
  hint?: string;
  checked: boolean;
  locked?: boolean;
  onChange: (checked: boolean) => void;
}

/** A labelled on/off switch; the hint and the lock note describe it without lengthening its name. Locked switches are disabled. */
function Switch({ label, hint, checked, locked, onChange }: SwitchProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', locked ? `${id}-locked` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`bl-switch${locked ? ' is-locked' : ''}`}>
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={locked}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span class="bl-switch__text">
        <label for={id}>{label}</label>
        {hint && (
          <span class="bl-options__muted bl-switch__hint" id={`${id}-hint`}>
            {hint}
          </span>
        )}
        {locked && <LockedNote id={`${id}-locked`} />}
      </span>
    </div>
  );
}
