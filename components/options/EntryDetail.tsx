/**
 * One entry, every field of it, the analogies it links and a live preview. Built-in and organisation entries
 * are read-only here: they can be switched off or copied into the user's own entries.
 */
import { AUDIENCE_LABELS, type Analogy, type Audience } from '../../lexicon/schema.ts';
import { AUDIENCES } from '../../lexicon/schema.ts';
import type { LayeredEntry } from '../../extension/lexicon-layers.ts';
import { CATEGORY_LABELS, SEVERITY_LABELS, sourceLabel } from './labels.ts';
import { LivePreview } from './LivePreview.tsx';
import type { PreviewEngine, PreviewLexicon } from './preview-engine.ts';
import { SourceBadge } from './SourceBadge.tsx';

export interface EntryDetailProps {
  layered: LayeredEntry;
  analogies: ReadonlyMap<string, Analogy>;
  organisationName?: string;
  engine: PreviewEngine;
  previewLexicon: PreviewLexicon;
  audience: Audience;
  onToggle: (enabled: boolean) => void;
  onCopy: () => void;
  onEdit: () => void;
  onDelete: () => void;
  onClose: () => void;
  busy?: boolean;
}

function List({ items, empty = 'None' }: { items: readonly string[]; empty?: string }) {
  if (items.length === 0) return <span class="bl-options__muted">{empty}</span>;
  return (
    <ul class="bl-detail__list">
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

/** Short items (spellings, phrases) side by side, so forty of them still fit on a screen. */
function Chips({ items, empty = 'None' }: { items: readonly string[]; empty?: string }) {
  if (items.length === 0) return <span class="bl-options__muted">{empty}</span>;
  return (
    <ul class="bl-chips bl-chips--plain">
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

export function EntryDetail(props: EntryDetailProps) {
  const { layered, analogies, organisationName, busy } = props;
  const { entry, source, disabled, replacedBy } = layered;
  const editable = source === 'user';
  const titleId = `bl-detail-${source}-${entry.id}`;
  return (
    <article class="bl-detail" aria-labelledby={titleId}>
      <header class="bl-detail__header">
        <div>
          <h2 id={titleId} class="bl-detail__title" tabIndex={-1}>
            {entry.term}
          </h2>
          <p class="bl-detail__meta">
            <SourceBadge source={source} organisationName={organisationName} />
            <span>{CATEGORY_LABELS[entry.category]}</span>
            <span class={`bl-severity bl-severity--${entry.severity}`}>{SEVERITY_LABELS[entry.severity]} severity</span>
          </p>
        </div>
        <button
          type="button"
          class="bl-button bl-button--quiet bl-button--small"
          onClick={props.onClose}
          aria-label={`Close ${entry.term}`}
        >
          Close
        </button>
      </header>

      {replacedBy && (
        <p class="bl-options__notice" role="note">
          Not used: replaced by {replacedBy.source === 'user' ? 'your entry' : 'the organisation’s entry'} “{replacedBy.id}”, which has the
          same id or spelling.
        </p>
      )}
      {!editable && (
        <p class="bl-options__muted">
          {source === 'organisation'
            ? `${sourceLabel(source, organisationName)}: set by your IT department, so it cannot be edited here. Switch it off, or copy it into your own entries to change it.`
            : 'Built-in entries cannot be edited. Switch it off, or copy it into your own entries to change it.'}
        </p>
      )}

      <div class="bl-detail__actions">
        <label class="bl-switch">
          <input
            type="checkbox"
            role="switch"
            checked={!disabled}
            disabled={busy}
            onChange={(e) => props.onToggle(e.currentTarget.checked)}
          />
          <span>{disabled ? 'Switched off' : 'Switched on'}</span>
        </label>
        {editable ? (
          <>
            <button type="button" class="bl-button bl-button--primary" onClick={props.onEdit} disabled={busy}>
              Edit
            </button>
            <button type="button" class="bl-button" onClick={props.onDelete} disabled={busy}>
              Delete
            </button>
          </>
        ) : (
          <button type="button" class="bl-button bl-button--primary" onClick={props.onCopy} disabled={busy}>
            Copy to my entries
          </button>
        )}
      </div>

      <LivePreview
        key={`${source}:${entry.id}`}
        engine={props.engine}
        lexicon={props.previewLexicon}
        entry={entry}
        audience={props.audience}
      />

      <dl class="bl-detail__fields">
        <dt>Plain wording</dt>
        <dd>
          <List items={entry.plain} />
        </dd>
        <dt>Explanation</dt>
        <dd>{entry.explanation}</dd>
        <dt>Other spellings</dt>
        <dd>
          <Chips items={entry.variants} />
        </dd>
        <dt>Benefit</dt>
        <dd>{entry.benefit ?? <span class="bl-options__muted">Not given</span>}</dd>
        <dt>Outcome for each audience</dt>
        <dd>
          {entry.outcomes ? (
            <dl class="bl-detail__outcomes">
              {AUDIENCES.map((audience) => (
                <div key={audience}>
                  <dt>{AUDIENCE_LABELS[audience].short}</dt>
                  <dd>…so that {entry.outcomes![audience]}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <span class="bl-options__muted">Not given</span>
          )}
        </dd>
        <dt>Analogies</dt>
        <dd>
          {entry.analogies.length === 0 ? (
            <span class="bl-options__muted">None linked</span>
          ) : (
            <ul class="bl-detail__analogies">
              {entry.analogies.map((id) => {
                const analogy = analogies.get(id);
                return (
                  <li key={id}>
                    {analogy ? (
                      <>
                        <strong>{analogy.title}</strong>
                        <span>{analogy.explanation}</span>
                      </>
                    ) : (
                      <span class="bl-options__muted">“{id}” (no analogy with this id)</span>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </dd>
        <dt>Not flagged in</dt>
        <dd>
          <Chips items={entry.exceptions} empty="No exceptions" />
        </dd>
        <dt>Why it is flagged</dt>
        <dd>{entry.why ?? <span class="bl-options__muted">Not given</span>}</dd>
        <dt>Matching</dt>
        <dd>
          {entry.caseSensitive ? 'Exact capitals only' : 'Any capitals'}
          {' · '}
          {entry.noInflect ? 'exact form only' : 'plurals and verb forms too'}
        </dd>
        <dt>Id</dt>
        <dd>
          <code>{entry.id}</code>
        </dd>
      </dl>
    </article>
  );
}
