/**
 * The lexicon editor: every entry from every source, searched as you type and filtered by category, source and
 * severity, fifty to a page so thousands of entries stay quick. Choosing an entry opens it beside the list;
 * the user's own entries can be edited there, the others switched off or copied.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CATEGORIES, SEVERITIES, type Audience, type LexiconEntry } from '../../lexicon/schema.ts';
import type { EntrySource, LayeredEntry } from '../../extension/lexicon-layers.ts';
import type { LexiconState } from '../../extension/lexicon-store.ts';
import { EntryDetail } from './EntryDetail.tsx';
import { draftFromEntry, emptyDraft, type EntryDraft } from './entry-draft.ts';
import { entryKey, filterEntries, indexEntries, NO_FILTERS, pageOf, type EntryFilters } from './entry-filter.ts';
import { EntryForm } from './EntryForm.tsx';
import { CATEGORY_LABELS, plural, SEVERITY_LABELS, sourceLabel } from './labels.ts';
import { withFocusEntry, type PreviewEngine, type PreviewLexicon } from './preview-engine.ts';
import { SourceBadge } from './SourceBadge.tsx';

/** What the editor changes; the options page passes the lexicon store's functions. */
export interface LexiconActions {
  saveEntry(entry: LexiconEntry, replacingId?: string): Promise<unknown>;
  deleteEntry(id: string): Promise<void>;
  setEnabled(source: EntrySource, id: string, enabled: boolean): Promise<void>;
}

export interface LexiconBrowserProps {
  state: LexiconState;
  actions: LexiconActions;
  engine: PreviewEngine;
  audience: Audience;
  pageSize?: number;
  /** A term to start a new entry with (the card's "Add to my lexicon" opens the page with one). */
  addTerm?: string;
}

type Panel =
  | { kind: 'none' }
  | { kind: 'view'; key: string }
  | { kind: 'edit'; id: string }
  | { kind: 'new'; term?: string }
  | { kind: 'copy'; draft: EntryDraft; from: string };

export function LexiconBrowser({ state, actions, engine, audience, pageSize = 50, addTerm }: LexiconBrowserProps) {
  const [filters, setFilters] = useState<EntryFilters>(NO_FILTERS);
  const [page, setPage] = useState(0);
  const [panel, setPanel] = useState<Panel>(() => (addTerm ? { kind: 'new', term: addTerm } : { kind: 'none' }));
  /** The control that opened the panel (an entry's row, "Add entry"), where the keyboard goes back when it closes. */
  const openerRef = useRef<string>('#bl-add-entry');
  const [confirmDelete, setConfirmDelete] = useState<string>();
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string }>();
  const [busy, setBusy] = useState(false);
  const panelRef = useRef<HTMLDivElement>(null);

  const { layered, policy } = state;
  const indexed = useMemo(() => indexEntries(layered.all), [layered]);
  const results = useMemo(() => filterEntries(indexed, filters), [indexed, filters]);
  const shown = pageOf(results, page, pageSize);
  const byKey = useMemo(() => new Map(layered.all.map((l) => [entryKey(l), l])), [layered]);
  const analogyList = useMemo(() => [...layered.analogies.values()], [layered]);
  const counts = useMemo(() => {
    const c: Record<EntrySource, number> = { user: 0, organisation: 0, 'built-in': 0 };
    for (const l of layered.all) c[l.source]++;
    return c;
  }, [layered]);

  const previewLexicon = useCallback(
    (focus: LexiconEntry): PreviewLexicon => ({
      entries: withFocusEntry(layered.active, focus),
      allow: layered.allow,
      analogies: analogyList,
    }),
    [layered, analogyList],
  );

  // Move focus to the panel's heading when it opens, so keyboard and screen reader users land on it; when it
  // closes, back to what opened it (the entry's row, or "Add entry"), not to the top of the page.
  const viewKey = panel.kind === 'view' ? panel.key : '';
  useEffect(() => {
    if (panel.kind !== 'none') {
      panelRef.current?.querySelector<HTMLElement>('h2')?.focus();
      return;
    }
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    (document.querySelector<HTMLElement>(openerRef.current) ?? document.getElementById('bl-search'))?.focus();
  }, [panel.kind, viewKey]);

  /** Opens an entry from its row, remembering the row for when the entry closes. */
  const openEntry = (key: string) => {
    openerRef.current = `[data-entry="${CSS.escape(key)}"]`;
    setPanel({ kind: 'view', key });
  };
  const closePanel = () => setPanel({ kind: 'none' });

  const setFilter = (patch: Partial<EntryFilters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage(0);
  };

  async function run(action: () => Promise<unknown>, done?: string) {
    setBusy(true);
    setMessage(undefined);
    try {
      await action();
      if (done) setMessage({ tone: 'info', text: done });
    } catch (error) {
      setMessage({ tone: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }

  const selected = panel.kind === 'view' ? byKey.get(panel.key) : undefined;
  // One preview lexicon per open entry, so typing in the preview does not rebuild (and recompile) it.
  const selectedPreview = useMemo(() => (selected ? previewLexicon(selected.entry) : undefined), [selected, previewLexicon]);
  const editing = panel.kind === 'edit' ? state.user.entries.find((e) => e.id === panel.id) : undefined;
  const userOthers = state.user.entries;

  async function save(entry: LexiconEntry, replacingId?: string) {
    await actions.saveEntry(entry, replacingId);
    setPanel({ kind: 'view', key: `user:${entry.id}` });
    setMessage({ tone: 'info', text: `Saved “${entry.term}”.` });
  }

  return (
    <div class="bl-lexicon">
      <div class="bl-lexicon__list">
        <div class="bl-toolbar" role="search">
          <div class="bl-field bl-toolbar__search">
            <label class="bl-field__label" for="bl-search">
              Search
            </label>
            <input
              id="bl-search"
              class="bl-input"
              type="search"
              placeholder="Term, spelling or plain wording"
              value={filters.query}
              onInput={(e) => setFilter({ query: e.currentTarget.value })}
              autoComplete="off"
            />
          </div>
          <div class="bl-field">
            <label class="bl-field__label" for="bl-filter-category">
              Category
            </label>
            <select
              id="bl-filter-category"
              class="bl-input"
              value={filters.category}
              onChange={(e) => setFilter({ category: e.currentTarget.value as EntryFilters['category'] })}
            >
              <option value="all">All categories</option>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {CATEGORY_LABELS[c]}
                </option>
              ))}
            </select>
          </div>
          <div class="bl-field">
            <label class="bl-field__label" for="bl-filter-source">
              Source
            </label>
            <select
              id="bl-filter-source"
              class="bl-input"
              value={filters.source}
              onChange={(e) => setFilter({ source: e.currentTarget.value as EntryFilters['source'] })}
            >
              <option value="all">All sources</option>
              {(['built-in', 'organisation', 'user'] as const).map((s) => (
                <option key={s} value={s}>
                  {sourceLabel(s, policy.name)} ({counts[s].toLocaleString()})
                </option>
              ))}
            </select>
          </div>
          <div class="bl-field">
            <label class="bl-field__label" for="bl-filter-severity">
              Severity
            </label>
            <select
              id="bl-filter-severity"
              class="bl-input"
              value={filters.severity}
              onChange={(e) => setFilter({ severity: e.currentTarget.value as EntryFilters['severity'] })}
            >
              <option value="all">Any severity</option>
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {SEVERITY_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            id="bl-add-entry"
            class="bl-button bl-button--primary bl-toolbar__add"
            onClick={() => {
              openerRef.current = '#bl-add-entry';
              setPanel({ kind: 'new' });
            }}
          >
            Add entry
          </button>
        </div>

        <p class="bl-lexicon__count" aria-live="polite" data-testid="result-count">
          {results.length === 0
            ? 'No entries match.'
            : results.length === layered.all.length
              ? `${plural(results.length, 'entry', 'entries')}, showing ${shown.from}–${shown.to}`
              : `${plural(results.length, 'entry matches', 'entries match')}, showing ${shown.from}–${shown.to}`}
        </p>

        {message && (
          <p
            class={message.tone === 'error' ? 'bl-options__error' : 'bl-options__success'}
            role={message.tone === 'error' ? 'alert' : 'status'}
          >
            {message.text}
          </p>
        )}

        {results.length === 0 ? (
          <div class="bl-empty">
            <p>
              <strong>{layered.all.length === 0 ? 'The lexicon is empty.' : 'Nothing matches your search.'}</strong>
            </p>
            <p class="bl-options__muted">
              {layered.all.length === 0
                ? 'Add your first entry, or import a lexicon file.'
                : 'Try fewer letters, or set the filters back to “All”.'}
            </p>
            {layered.all.length > 0 && (
              <button type="button" class="bl-button" onClick={() => (setFilters(NO_FILTERS), setPage(0))}>
                Clear search and filters
              </button>
            )}
          </div>
        ) : (
          <ul class="bl-entry-list" aria-label="Lexicon entries">
            {shown.items.map((l) => {
              const key = entryKey(l);
              const current =
                (panel.kind === 'view' && panel.key === key) || (panel.kind === 'edit' && l.source === 'user' && panel.id === l.entry.id);
              return (
                <li key={key}>
                  <button
                    type="button"
                    class={`bl-entry-row${current ? ' is-current' : ''}${l.disabled || l.replacedBy ? ' is-inactive' : ''}`}
                    aria-current={current ? 'true' : undefined}
                    onClick={() => openEntry(key)}
                    data-entry={key}
                  >
                    <span class="bl-entry-row__term">{l.entry.term}</span>
                    <span class="bl-entry-row__plain">{l.entry.plain[0]}</span>
                    <span class="bl-entry-row__tags">
                      <SourceBadge source={l.source} organisationName={policy.name} />
                      <span class={`bl-severity bl-severity--${l.entry.severity}`}>{SEVERITY_LABELS[l.entry.severity]}</span>
                      {l.disabled && <span class="bl-entry-state">Off</span>}
                      {l.replacedBy && !l.disabled && <span class="bl-entry-state">Replaced</span>}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}

        {shown.pages > 1 && (
          <nav class="bl-pager" aria-label="Pages of entries">
            <button type="button" class="bl-button bl-button--small" disabled={shown.page === 0} onClick={() => setPage(shown.page - 1)}>
              Previous
            </button>
            <span>
              Page {shown.page + 1} of {shown.pages}
            </span>
            <button
              type="button"
              class="bl-button bl-button--small"
              disabled={shown.page >= shown.pages - 1}
              onClick={() => setPage(shown.page + 1)}
            >
              Next
            </button>
          </nav>
        )}
      </div>

      <div
        class="bl-lexicon__panel"
        ref={panelRef}
        onKeyDown={(e) => {
          // Escape closes what is open: the delete question first, then the entry (a form decides for itself).
          if (e.key !== 'Escape' || e.defaultPrevented) return;
          if (confirmDelete) {
            e.preventDefault();
            setConfirmDelete(undefined);
            panelRef.current?.querySelector<HTMLElement>('h2')?.focus();
          } else if (panel.kind === 'view') {
            e.preventDefault();
            closePanel();
          }
        }}
      >
        {panel.kind === 'none' && (
          <div class="bl-empty bl-empty--panel">
            <p>
              <strong>Choose an entry to see all of it</strong>
            </p>
            <p class="bl-options__muted">You can switch entries off, copy them into your own, and try them in a live preview.</p>
          </div>
        )}
        {selected && (
          <>
            {confirmDelete === entryKey(selected) && (
              <div class="bl-options__confirm" role="alertdialog" aria-labelledby="bl-confirm-delete">
                <p id="bl-confirm-delete">Delete “{selected.entry.term}” from your entries? This cannot be undone.</p>
                <button
                  type="button"
                  class="bl-button bl-button--danger"
                  onClick={() =>
                    void run(async () => {
                      await actions.deleteEntry(selected.entry.id);
                      setConfirmDelete(undefined);
                      setPanel({ kind: 'none' });
                    }, `Deleted “${selected.entry.term}”.`)
                  }
                >
                  Delete
                </button>
                <button type="button" class="bl-button" onClick={() => setConfirmDelete(undefined)}>
                  Keep it
                </button>
              </div>
            )}
            <EntryDetail
              layered={selected}
              analogies={layered.analogies}
              organisationName={policy.name}
              engine={engine}
              previewLexicon={selectedPreview!}
              audience={audience}
              busy={busy}
              onToggle={(enabled) => void run(() => actions.setEnabled(selected.source, selected.entry.id, enabled))}
              onCopy={() =>
                setPanel({ kind: 'copy', draft: { ...draftFromEntry(selected.entry), disabled: false }, from: selected.entry.term })
              }
              onEdit={() => setPanel({ kind: 'edit', id: selected.entry.id })}
              onDelete={() => setConfirmDelete(entryKey(selected))}
              onClose={closePanel}
            />
          </>
        )}
        {panel.kind === 'view' && !selected && (
          <div class="bl-empty bl-empty--panel">
            <p>This entry is no longer in the lexicon.</p>
          </div>
        )}
        {(panel.kind === 'new' || panel.kind === 'copy' || editing) && (
          <EntryForm
            key={panel.kind === 'edit' ? `edit:${panel.id}` : panel.kind}
            initial={
              panel.kind === 'copy' ? panel.draft : editing ? draftFromEntry(editing) : emptyDraft(panel.kind === 'new' ? panel.term : '')
            }
            replacingId={editing?.id}
            copiedFrom={panel.kind === 'copy' ? panel.from : undefined}
            others={userOthers}
            analogies={analogyList}
            engine={engine}
            previewLexicon={previewLexicon}
            audience={audience}
            onSave={save}
            onCancel={() => setPanel(editing ? { kind: 'view', key: `user:${editing.id}` } : { kind: 'none' })}
          />
        )}
      </div>
    </div>
  );
}

export type { LayeredEntry };
