/**
 * The features → benefits → outcomes worksheet: pick a sentence (or the whole message), edit the three
 * prefilled columns, and insert the sentence they compose. The caller fills the columns and composes the
 * sentence (with the rewrite engine), so this component stays free of language work and extension APIs.
 */
import { useId } from 'preact/hooks';

export interface WorksheetColumns {
  /** What was done, in plain words. */
  feature: string;
  /** What it does for people. */
  benefit: string;
  /** The business result for the audience. */
  outcome: string;
}

export interface WorksheetChoice {
  id: string;
  /** The sentence itself, or "Whole message". */
  label: string;
}

export interface WorksheetProps {
  choices: readonly WorksheetChoice[];
  selectedId: string;
  onSelect: (id: string) => void;
  columns: WorksheetColumns;
  onColumnsChange: (columns: WorksheetColumns) => void;
  /** The sentence the three columns make, recomposed by the caller on every edit. */
  composed: string;
  /** Names the audience in the outcome column's label, e.g. "executives". */
  audienceLabel: string;
  /** Omit to hide the button (e.g. where there is no message to insert into). */
  onInsert?: () => void;
  /** What the button does: replace the sentence the columns were built from, or add a sentence at the cursor. */
  insertMode?: 'replace' | 'insert';
  /** Puts the prefilled columns back after edits. */
  onReset?: () => void;
  notice?: { tone: 'error' | 'info'; text: string };
  busy?: boolean;
}

const COLUMN_HELP: Record<keyof WorksheetColumns, { title: string; hint: string }> = {
  feature: { title: 'Feature', hint: 'What we did, in plain words' },
  benefit: { title: 'Benefit', hint: 'What it does for people' },
  outcome: { title: 'Outcome', hint: 'What it means for' },
};

/** Long sentences are shortened in the picker; the full text is in the option's title. */
function shorten(label: string, max = 80): string {
  const flat = label.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).replace(/\s\S*$/, '')}…`;
}

export function Worksheet(props: WorksheetProps) {
  const { choices, selectedId, columns, composed, audienceLabel, notice, busy } = props;
  const uid = useId();
  const field = (key: keyof WorksheetColumns) => `${uid}-${key}`;
  const edit = (key: keyof WorksheetColumns, value: string) => props.onColumnsChange({ ...columns, [key]: value });
  return (
    <section class="bl-worksheet" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`} class="bl-worksheet__title">
        Features → benefits → outcomes
      </h2>
      <p class="bl-worksheet__intro">Turn what IT did into what the reader gets. Edit any column; the sentence below follows.</p>

      <label class="bl-field" for={`${uid}-source`}>
        <span class="bl-field__label">Start from</span>
        <select id={`${uid}-source`} class="bl-select" value={selectedId} onChange={(e) => props.onSelect(e.currentTarget.value)}>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id} title={choice.label}>
              {shorten(choice.label)}
            </option>
          ))}
        </select>
      </label>

      <ol class="bl-worksheet__columns">
        {(Object.keys(COLUMN_HELP) as (keyof WorksheetColumns)[]).map((key, i) => (
          <li key={key} class={`bl-worksheet__column bl-worksheet__column--${key}`}>
            <label class="bl-field" for={field(key)}>
              <span class="bl-field__label">
                <span class="bl-worksheet__step" aria-hidden="true">
                  {i + 1}
                </span>
                {COLUMN_HELP[key].title}
                <span class="bl-field__hint">
                  {' '}
                  — {COLUMN_HELP[key].hint}
                  {key === 'outcome' ? ` ${audienceLabel}` : ''}
                </span>
              </span>
              <textarea
                id={field(key)}
                class="bl-textarea"
                rows={2}
                value={columns[key]}
                onInput={(e) => edit(key, e.currentTarget.value)}
              />
            </label>
          </li>
        ))}
      </ol>

      <div class="bl-worksheet__result">
        <span class="bl-field__label" id={`${uid}-composed-label`}>
          Your sentence
        </span>
        <p class="bl-worksheet__composed" aria-labelledby={`${uid}-composed-label`} aria-live="polite" data-testid="worksheet-sentence">
          {composed || 'Fill in the columns above to compose a sentence.'}
        </p>
      </div>

      <div class="bl-worksheet__actions">
        {props.onInsert ? (
          <button type="button" class="bl-button bl-button--primary" disabled={busy || !composed.trim()} onClick={props.onInsert}>
            {props.insertMode === 'replace' ? 'Replace the sentence' : 'Insert into message'}
          </button>
        ) : null}
        {props.onReset ? (
          <button type="button" class="bl-button bl-button--quiet" disabled={busy} onClick={props.onReset}>
            Start over
          </button>
        ) : null}
      </div>
      {notice ? (
        <p class={`bl-notice bl-notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      ) : null}
    </section>
  );
}
