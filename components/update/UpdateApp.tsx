/**
 * The "Your update" page: log wins as the work happens, compose the regular IT update from them for a period
 * and an audience, and keep the wins (search, edit, delete, export, import). Everything stays in this browser.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Audience } from '../../lexicon/schema.ts';
import { BUILT_IN_GOALS, GOAL_LABELS, type OrgGoal, type Win } from '../../lexicon/update/index.ts';
import { getSettings } from '../../extension/settings.ts';
import { deleteAllWins, deleteWin, importWins, loadWins, readGoals, saveWin, watchGoals, watchWins } from '../../extension/wins-store.ts';
import { DraftPanel } from './DraftPanel.tsx';
import type { UpdateEngine, UpdateServices } from './engine.ts';
import { TransferPanel } from './TransferPanel.tsx';
import { WinForm } from './WinForm.tsx';
import { WinList } from './WinList.tsx';
import { ReminderPanel, type ReminderServices } from './ReminderPanel.tsx';
import { ShortcutNote, type ShortcutServices } from './ShortcutNote.tsx';

export interface UpdateAppProps {
  engine: UpdateEngine;
  services: UpdateServices;
  /** Saves an exported file. */
  save: (name: string, type: string, text: string) => void;
  /** A sentence handed over by the popup's "Log as a win", to start the form with. */
  initialWhat?: string;
  optionsUrl?: string;
  /** The weekly reminder's controls; left out, the page has none. */
  reminder?: ReminderServices;
  /** The "log a win" keyboard command's key and the way to set it; left out, the page does not mention it. */
  shortcuts?: ShortcutServices;
}

export function UpdateApp({ engine, services, save, initialWhat, optionsUrl = 'options.html', reminder, shortcuts }: UpdateAppProps) {
  const [wins, setWins] = useState<Win[]>();
  const [orgGoals, setOrgGoals] = useState<OrgGoal[]>([]);
  const [audience, setAudience] = useState<Audience>('executive');
  const [editing, setEditing] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string>();

  useEffect(() => {
    const fail = (error: unknown) => setLoadError(error instanceof Error ? error.message : String(error));
    loadWins().then(setWins, fail);
    readGoals().then(setOrgGoals, () => undefined);
    getSettings().then(
      (s) => setAudience(s.audience),
      () => undefined,
    );
    const unwatch = [watchWins(setWins), watchGoals(setOrgGoals)];
    return () => unwatch.forEach((u) => u());
  }, []);

  const goals = [...BUILT_IN_GOALS.map((id) => ({ id, label: GOAL_LABELS[id] })), ...orgGoals];
  const store = async (win: Win) => setWins(await saveWin(win));

  function edit(id: string | null) {
    setEditing(id);
    if (id) requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-win-id="${CSS.escape(id)}"] textarea`)?.focus());
  }

  return (
    <div class="bl-root bl-options bl-update">
      <a class="bl-skip" href="#bl-main">
        Skip to content
      </a>
      <header class="bl-options__header">
        <div class="bl-options__brand">
          <span class="bl-options__logo" aria-hidden="true">
            BL
          </span>
          <div>
            <h1 class="bl-options__title">Your IT update</h1>
            <p class="bl-options__subtitle">
              Log wins as they happen; turn them into an update your leaders will read. Nothing leaves this browser.
            </p>
          </div>
        </div>
        <a class="bl-button bl-button--quiet" href={`${optionsUrl}#settings`}>
          Goals and settings
        </a>
      </header>
      <main id="bl-main" class="bl-options__main bl-update__main" tabIndex={-1}>
        {loadError ? (
          <div class="bl-options__error-box" role="alert">
            <p>
              <strong>Your wins could not be loaded.</strong>
            </p>
            <p>{loadError}</p>
          </div>
        ) : !wins ? (
          <p class="bl-options__muted" role="status">
            Loading…
          </p>
        ) : (
          <>
            <section class="bl-card" aria-labelledby="bl-log-title">
              <h2 id="bl-log-title" class="bl-options__h2">
                Log a win
              </h2>
              <WinForm
                goals={goals}
                engine={engine}
                audience={audience}
                now={services.now}
                newId={services.newId}
                initialWhat={initialWhat}
                detailsOpen={!!initialWhat}
                onSave={store}
              />
              {shortcuts && <ShortcutNote services={shortcuts} />}
            </section>
            <section class="bl-card" aria-labelledby="bl-compose-title">
              <h2 id="bl-compose-title" class="bl-options__h2">
                Compose your update
              </h2>
              <DraftPanel
                wins={wins}
                orgGoals={orgGoals}
                engine={engine}
                services={services}
                audience={audience}
                onAudience={setAudience}
                onEdit={edit}
              />
            </section>
            <section class="bl-card" aria-labelledby="bl-wins-title">
              <h2 id="bl-wins-title" class="bl-options__h2">
                Your wins
              </h2>
              <p class="bl-options__muted">
                Kept only in this browser’s storage. Export them to keep a copy or move them to another browser.
              </p>
              <TransferPanel
                wins={wins}
                now={services.now}
                newId={services.newId}
                save={save}
                onImport={async (list, mode) => setWins(await importWins(list, mode))}
              />
              <WinList
                wins={wins}
                goals={goals}
                orgGoals={orgGoals}
                engine={engine}
                audience={audience}
                now={services.now}
                newId={services.newId}
                editing={editing}
                onEdit={edit}
                onSave={store}
                onDelete={async (id) => setWins(await deleteWin(id))}
                onDeleteAll={async () => {
                  await deleteAllWins();
                  setWins([]);
                }}
              />
            </section>
            {reminder && (
              <section class="bl-card" aria-labelledby="bl-reminder-title">
                <h2 id="bl-reminder-title" class="bl-options__h2">
                  Weekly reminder
                </h2>
                <ReminderPanel services={reminder} />
              </section>
            )}
          </>
        )}
      </main>
    </div>
  );
}
