/**
 * The options page: the lexicon editor, the allow list, import and export, and settings, one section at a time
 * (the address's #hash says which, so a link can open one). Everything shown follows storage live: a change in
 * another tab, from the in-page card, or in the organisation's policy appears here without a reload.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatIssue } from '../../lexicon/schema.ts';
import { loadLexicon, watchLexicon, type LexiconState } from '../../extension/lexicon-store.ts';
// Changes go to the background, the one writer of the lexicon (extension/lexicon-writer.ts).
import {
  addAllowedTerm,
  applyImport,
  deleteUserEntry,
  removeAllowedTerm,
  saveUserEntry,
  setEntryEnabled,
  updateAllowedTerm,
} from '../../extension/lexicon-writer.ts';
import { readOrgPolicy, watchOrgPolicy, type OrgPolicy } from '../../extension/org-policy.ts';
import { getSettings, getSettingsStorageArea, updateSettings, watchSettings, type Settings } from '../../extension/settings.ts';
import { AllowListPanel } from './AllowListPanel.tsx';
import { ImportExportPanel } from './ImportExportPanel.tsx';
import { plural } from './labels.ts';
import { LexiconBrowser, type LexiconActions } from './LexiconBrowser.tsx';
import type { PreviewEngine } from './preview-engine.ts';
import { SettingsPanel, type SettingsServices } from './SettingsPanel.tsx';
import { GoalsPanel } from './GoalsPanel.tsx';

export const SECTIONS = [
  { id: 'lexicon', label: 'Lexicon' },
  { id: 'allow', label: 'Allow list' },
  { id: 'transfer', label: 'Import and export' },
  { id: 'settings', label: 'Settings' },
] as const;
type SectionId = (typeof SECTIONS)[number]['id'];

export interface OptionsAppProps {
  engine: PreviewEngine;
  services: SettingsServices;
  /** Where the playground page is, for the "try it" link. */
  playgroundUrl?: string;
  /** Where the "Your update" page is. */
  updateUrl?: string;
}

const lexiconActions: LexiconActions = {
  saveEntry: (entry, replacingId) => saveUserEntry(entry, replacingId),
  deleteEntry: deleteUserEntry,
  setEnabled: setEntryEnabled,
};

function sectionFromHash(): SectionId {
  const id = location.hash.slice(1);
  return SECTIONS.some((s) => s.id === id) ? (id as SectionId) : 'lexicon';
}

/**
 * The term the in-page card's "Add to my lexicon" sent (`?add=TERM`), read once: the address is put back
 * without it, so reloading the page does not start the same entry again.
 */
function takeTermToAdd(): string | undefined {
  const params = new URLSearchParams(location.search);
  const term = params.get('add')?.trim().slice(0, 80);
  if (params.has('add')) {
    params.delete('add');
    const query = params.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}#lexicon`);
  }
  return term || undefined;
}

export function OptionsApp({ engine, services, playgroundUrl = 'playground.html', updateUrl = 'update.html' }: OptionsAppProps) {
  const [addTerm] = useState(takeTermToAdd);
  const [section, setSection] = useState<SectionId>(() => (addTerm ? 'lexicon' : sectionFromHash()));
  const [lexicon, setLexicon] = useState<LexiconState>();
  const [settings, setSettings] = useState<Settings>();
  const [policy, setPolicy] = useState<OrgPolicy>();
  const [storageArea, setStorageArea] = useState<'sync' | 'local'>('sync');
  const [loadError, setLoadError] = useState<string>();

  useEffect(() => {
    const fail = (error: unknown) => setLoadError(error instanceof Error ? error.message : String(error));
    loadLexicon().then(setLexicon, fail);
    getSettings().then(setSettings, fail);
    readOrgPolicy().then(setPolicy, fail);
    getSettingsStorageArea().then(setStorageArea, () => undefined);
    const unwatch = [
      watchLexicon(setLexicon),
      watchSettings((next) => {
        setSettings(next);
        void getSettingsStorageArea().then(setStorageArea, () => undefined);
      }),
      watchOrgPolicy(setPolicy),
    ];
    const onHash = () => setSection(sectionFromHash());
    addEventListener('hashchange', onHash);
    return () => {
      unwatch.forEach((u) => u());
      removeEventListener('hashchange', onHash);
    };
  }, []);

  async function changeSettings(patch: Partial<Settings>) {
    setSettings(await updateSettings(patch));
    setStorageArea(await getSettingsStorageArea());
  }

  const ready = lexicon && settings && policy;

  return (
    <div class="bl-root bl-options">
      <a class="bl-skip" href="#bl-main">
        Skip to content
      </a>
      <header class="bl-options__header">
        <div class="bl-options__brand">
          <span class="bl-options__logo" aria-hidden="true">
            BL
          </span>
          <div>
            <h1 class="bl-options__title">Business Lens</h1>
            <p class="bl-options__subtitle">Make the lexicon your own: the words your readers stumble on, and how to say them plainly.</p>
          </div>
        </div>
        <div class="bl-update__actions">
          <a class="bl-button" href={updateUrl}>
            Your update
          </a>
          <a class="bl-button" href={playgroundUrl} target="_blank" rel="noopener">
            Try it in the playground
          </a>
        </div>
      </header>

      <nav class="bl-tabs" aria-label="Options sections">
        {SECTIONS.map((s) => (
          <a key={s.id} href={`#${s.id}`} class="bl-tabs__tab" aria-current={section === s.id ? 'page' : undefined}>
            {s.label}
          </a>
        ))}
      </nav>

      {settings?.paused && (
        <p class="bl-options__notice bl-options__banner" role="status">
          Business Lens is paused: nothing is marked until you resume it in Settings.
        </p>
      )}
      {policy?.present && (
        <div class="bl-options__banner bl-org" data-testid="org-banner">
          <p>
            <strong>Managed by {policy.name ?? 'your organisation'}.</strong>{' '}
            {plural(policy.entries.length, 'organisation entry', 'organisation entries')}
            {Object.keys(policy.locked).length > 0 ? '; some settings are locked.' : '.'}
          </p>
          {policy.issues.length > 0 && (
            <details>
              <summary>Parts of the policy were ignored ({policy.issues.length})</summary>
              <ul>
                {policy.issues.map((issue, i) => (
                  <li key={i}>{formatIssue(issue)}</li>
                ))}
              </ul>
              <p class="bl-options__muted">Tell your IT department; the rest of Business Lens works as usual.</p>
            </details>
          )}
        </div>
      )}

      <main id="bl-main" class="bl-options__main" tabIndex={-1}>
        {loadError ? (
          <div class="bl-options__error-box" role="alert">
            <p>
              <strong>The options could not be loaded.</strong>
            </p>
            <p>{loadError}</p>
          </div>
        ) : !ready ? (
          <p class="bl-options__muted" role="status">
            Loading…
          </p>
        ) : section === 'lexicon' ? (
          <section aria-label="Lexicon">
            <LexiconBrowser state={lexicon} actions={lexiconActions} engine={engine} audience={settings.audience} addTerm={addTerm} />
          </section>
        ) : section === 'allow' ? (
          <section aria-labelledby="bl-allow-title">
            <h2 id="bl-allow-title" class="bl-options__h2">
              Allow list
            </h2>
            <AllowListPanel
              allow={lexicon.user.allow}
              organizationAllow={policy.allow}
              organisationName={policy.name}
              onAdd={addAllowedTerm}
              onUpdate={updateAllowedTerm}
              onRemove={removeAllowedTerm}
            />
          </section>
        ) : section === 'transfer' ? (
          <ImportExportPanel user={lexicon.user} onImport={(plan, user) => applyImport(plan, { ...user, revision: lexicon.revision })} />
        ) : (
          <>
            <SettingsPanel
              settings={settings}
              locked={policy.locked}
              storageArea={storageArea}
              onChange={changeSettings}
              services={services}
            />
            <GoalsPanel organisationName={policy.name} />
          </>
        )}
      </main>
    </div>
  );
}
