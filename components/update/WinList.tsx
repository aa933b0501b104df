/** The user's wins: searchable, each editable in place and deletable, and all deletable at once after a confirm. */
import { useState } from 'preact/hooks';
import { figurePhrase, formatDay, goalLabel, type OrgGoal, type Win } from '../../lexicon/update/index.ts';
import type { UpdateEngine } from './engine.ts';
import { WinForm, type GoalOption } from './WinForm.tsx';
import type { Audience } from '../../lexicon/schema.ts';

export interface WinListProps {
  wins: readonly Win[];
  goals: readonly GoalOption[];
  orgGoals: readonly OrgGoal[];
  engine: UpdateEngine;
  audience: Audience;
  now: () => Date;
  newId: () => string;
  /** The win being edited, when the user chose one (also from "Needs a why" or a mark in the draft). */
  editing: string | null;
  onEdit: (id: string | null) => void;
  onSave: (win: Win) => Promise<void>;
  onDelete: (id: string) => Promise<void>;
  onDeleteAll: () => Promise<void>;
}

/** True when the search words all appear in the win's text, people, benefit, beneficiary or goal. */
export function matchesSearch(win: Win, query: string, orgGoals: readonly OrgGoal[]): boolean {
  const hay = [win.what, win.people.join(' '), win.benefit, win.beneficiary, goalLabel(win.goal, orgGoals), win.date]
    .join(' ')
    .toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => hay.includes(word));
}

export function WinList(props: WinListProps) {
  const { wins, goals, orgGoals, editing, onEdit } = props;
  const [query, setQuery] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const shown = wins.filter((w) => matchesSearch(w, query, orgGoals));

  return (
    <div class="bl-update__list">
      <div class="bl-toolbar">
        <label class="bl-toolbar__search">
          <span class="bl-visually-hidden">Search wins</span>
          <input type="search" class="bl-input" placeholder="Search wins" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        </label>
        <span class="bl-lexicon__count" role="status">
          {query ? `${shown.length} of ${wins.length}` : `${wins.length} ${wins.length === 1 ? 'win' : 'wins'}`}
        </span>
        {wins.length > 0 &&
          (confirming === '*' ? (
            <span class="bl-options__confirm" role="group" aria-label="Confirm deleting every win">
              Delete all {wins.length} wins? This cannot be undone; export them first to keep a copy.{' '}
              <button
                type="button"
                class="bl-button bl-button--danger bl-button--small"
                onClick={() => void props.onDeleteAll().then(() => setConfirming(null))}
              >
                Delete all
              </button>
              <button type="button" class="bl-button bl-button--small" onClick={() => setConfirming(null)}>
                Keep them
              </button>
            </span>
          ) : (
            <button type="button" class="bl-button bl-button--quiet bl-button--small" onClick={() => setConfirming('*')}>
              Delete all…
            </button>
          ))}
      </div>
      {wins.length === 0 ? (
        <p class="bl-options__muted">No wins yet. Log one above as soon as something lands: it takes a sentence.</p>
      ) : shown.length === 0 ? (
        <p class="bl-options__muted">No win matches “{query}”.</p>
      ) : (
        <ul class="bl-update__wins" aria-label="Your wins">
          {shown.map((win) => (
            <li key={win.id} class="bl-update__win" data-win-id={win.id}>
              {editing === win.id ? (
                <WinForm
                  win={win}
                  goals={goals}
                  engine={props.engine}
                  audience={props.audience}
                  now={props.now}
                  newId={props.newId}
                  onSave={async (w) => {
                    await props.onSave(w);
                    onEdit(null);
                  }}
                  onCancel={() => onEdit(null)}
                />
              ) : (
                <>
                  <div class="bl-update__win-main">
                    <p class="bl-update__win-what">{win.what}</p>
                    <p class="bl-update__win-meta">
                      <span>{formatDay(win.date)}</span>
                      {win.goal && <span class="bl-update__tag">{goalLabel(win.goal, orgGoals)}</span>}
                      {win.figure && <span class="bl-update__tag">{figurePhrase(win.figure)}</span>}
                      {win.people.length > 0 && <span>by {win.people.join(', ')}</span>}
                      {win.benefit ? (
                        <span class="bl-update__benefit">
                          {win.beneficiary ? `${win.beneficiary}: ` : ''}
                          {win.benefit}
                        </span>
                      ) : (
                        <span class="bl-update__tag bl-update__tag--why">Needs a why</span>
                      )}
                    </p>
                  </div>
                  <div class="bl-update__win-actions">
                    {confirming === win.id ? (
                      <span role="group" aria-label="Confirm delete">
                        <button
                          type="button"
                          class="bl-button bl-button--danger bl-button--small"
                          onClick={() => void props.onDelete(win.id).then(() => setConfirming(null))}
                        >
                          Delete
                        </button>
                        <button type="button" class="bl-button bl-button--small" onClick={() => setConfirming(null)}>
                          Keep
                        </button>
                      </span>
                    ) : (
                      <>
                        <button
                          type="button"
                          class="bl-button bl-button--small"
                          onClick={() => onEdit(win.id)}
                          aria-label={`Edit “${win.what}”`}
                        >
                          Edit
                        </button>
                        <button
                          type="button"
                          class="bl-button bl-button--quiet bl-button--small"
                          onClick={() => setConfirming(win.id)}
                          aria-label={`Delete “${win.what}”`}
                        >
                          Delete
                        </button>
                      </>
                    )}
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
