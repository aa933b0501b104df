/**
 * Adds or edits one of the user's own entries. Each field is checked with the lexicon schema as the user leaves
 * it, and again on save; a problem is shown under its field, saying what is wrong, and the save is refused
 * until every field is right.
 */
import { cloneElement, isValidElement, type ComponentChildren } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import {
  AUDIENCE_LABELS,
  AUDIENCES,
  CATEGORIES,
  SEVERITIES,
  type Analogy,
  type Audience,
  type LexiconEntry,
} from '../../lexicon/schema.ts';
import { idFromTerm, validateUserEntry, type FieldErrors } from '../../extension/entry-validation.ts';
import { draftToInput, emptyDraft, type EntryDraft } from './entry-draft.ts';
import { CATEGORY_LABELS, SEVERITY_LABELS } from './labels.ts';
import { LivePreview } from './LivePreview.tsx';
import type { PreviewEngine, PreviewLexicon } from './preview-engine.ts';

export interface EntryFormProps {
  /** What the form starts from: blank for a new entry, an entry to edit, or a copy of a built-in entry. */
  initial?: EntryDraft;
  /** The id of the entry being edited, which the saved version replaces. */
  replacingId?: string;
  /** Set when the entry is a copy of a built-in or organisation entry, to explain what saving does. */
  copiedFrom?: string;
  /** The user's other entries, to catch a second entry with the same id or spelling. */
  others: readonly LexiconEntry[];
  analogies: readonly Analogy[];
  engine: PreviewEngine;
  previewLexicon: (draft: LexiconEntry) => PreviewLexicon;
  audience: Audience;
  /** Stores the entry; rejects with field errors (from the store) when it cannot. */
  onSave: (entry: LexiconEntry, replacingId?: string) => Promise<void>;
  onCancel: () => void;
}

/** Field names in the order they appear, with the label the summary uses. */
const FIELD_LABELS: Array<[string, string]> = [
  ['term', 'Term'],
  ['id', 'Id'],
  ['variants', 'Other spellings'],
  ['category', 'Category'],
  ['severity', 'Severity'],
  ['plain', 'Plain wording'],
  ['explanation', 'Explanation'],
  ['benefit', 'Benefit'],
  ...AUDIENCES.map((a): [string, string] => [`outcomes.${a}`, `Outcome for ${AUDIENCE_LABELS[a].long}`]),
  ['outcomes', 'Outcomes'],
  ['analogies', 'Analogies'],
  ['exceptions', 'Not flagged in'],
  ['why', 'Why it is flagged'],
  ['(entry)', 'Entry'],
];

const fieldId = (name: string) => `bl-entry-${name.replace(/\./g, '-')}`;

export function EntryForm(props: EntryFormProps) {
  const [draft, setDraft] = useState<EntryDraft>(() => props.initial ?? emptyDraft());
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [storeErrors, setStoreErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [saving, setSaving] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  const validation = useMemo(
    () => validateUserEntry(draftToInput(draft), props.others, props.replacingId),
    [draft, props.others, props.replacingId],
  );
  const allErrors: FieldErrors = validation.ok ? storeErrors : { ...validation.errors, ...storeErrors };
  /** Errors show once a field was left, or after a save attempt, never while the user is still on their first try. */
  const shown = (name: string) => (submitted || touched.has(name.split('.')[0]!) || touched.has(name) ? allErrors[name] : undefined);

  const update = (patch: Partial<EntryDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setStoreErrors({});
  };
  const touch = (name: string) => () => setTouched((t) => (t.has(name) ? t : new Set(t).add(name)));

  async function submit(event: Event) {
    event.preventDefault();
    setSubmitted(true);
    setFailure(undefined);
    if (!validation.ok) {
      queueMicrotask(() => summaryRef.current?.focus());
      return;
    }
    setSaving(true);
    try {
      await props.onSave(validation.entry, props.replacingId);
    } catch (error) {
      const fieldErrors = (error as { fieldErrors?: FieldErrors }).fieldErrors;
      if (fieldErrors && Object.keys(fieldErrors).length) setStoreErrors(fieldErrors);
      setFailure(error instanceof Error ? error.message : String(error));
      queueMicrotask(() => summaryRef.current?.focus());
    } finally {
      setSaving(false);
    }
  }

  const summary = submitted ? FIELD_LABELS.filter(([name]) => allErrors[name]) : [];
  const isNew = props.replacingId === undefined;

  return (
    <form class="bl-entry-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="bl-entry-form-title">
      <h2 id="bl-entry-form-title" class="bl-detail__title">
        {isNew ? (props.copiedFrom ? `Your copy of “${props.copiedFrom}”` : 'New entry') : `Edit “${draft.term || props.replacingId}”`}
      </h2>
      {props.copiedFrom && (
        <p class="bl-options__muted">Once saved, your copy is used instead of the original, which stays in the list as replaced.</p>
      )}

      {(summary.length > 0 || failure) && (
        <div class="bl-options__error-box" role="alert" tabIndex={-1} ref={summaryRef}>
          <p>
            <strong>{failure ?? 'The entry was not saved.'}</strong>
          </p>
          {summary.length > 0 && (
            <ul>
              {summary.map(([name, label]) => (
                <li key={name}>
                  <a href={`#${fieldId(name)}`} onClick={(e) => (e.preventDefault(), document.getElementById(fieldId(name))?.focus())}>
                    {label}
                  </a>
                  : {allErrors[name]}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <div class="bl-form-grid">
        <Field name="term" label="Term" hint="As IT people write it, e.g. “Active Directory”." error={shown('term')}>
          <input
            class="bl-input"
            value={draft.term}
            onInput={(e) => update({ term: e.currentTarget.value, ...(draft.idEdited ? {} : { id: idFromTerm(e.currentTarget.value) }) })}
            onBlur={touch('term')}
            autoComplete="off"
          />
        </Field>
        <Field name="id" label="Id" hint="Lower-case words joined by hyphens. Made from the term unless you change it." error={shown('id')}>
          <input
            class="bl-input bl-input--mono"
            value={draft.idEdited ? draft.id : idFromTerm(draft.term)}
            onInput={(e) => update({ id: e.currentTarget.value, idEdited: true })}
            onBlur={touch('id')}
            autoComplete="off"
            spellcheck={false}
          />
        </Field>
        <Field name="category" label="Category" error={shown('category')}>
          <select
            class="bl-input"
            value={draft.category}
            onChange={(e) => update({ category: e.currentTarget.value as EntryDraft['category'] })}
            onBlur={touch('category')}
          >
            <option value="">Choose a category…</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </Field>
        <Field name="severity" label="Severity" hint="How much a business reader stumbles on it." error={shown('severity')}>
          <select
            class="bl-input"
            value={draft.severity}
            onChange={(e) => update({ severity: e.currentTarget.value as EntryDraft['severity'] })}
          >
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {SEVERITY_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
      </div>

      <Field
        name="variants"
        label="Other spellings"
        hint="One per line: the acronym, the expansion, other spellings."
        error={shown('variants')}
      >
        <textarea
          class="bl-input"
          rows={2}
          value={draft.variants}
          onInput={(e) => update({ variants: e.currentTarget.value })}
          onBlur={touch('variants')}
        />
      </Field>
      <Field name="plain" label="Plain wording" hint="One per line. The first is offered as the replacement." error={shown('plain')}>
        <textarea
          class="bl-input"
          rows={2}
          value={draft.plain}
          onInput={(e) => update({ plain: e.currentTarget.value })}
          onBlur={touch('plain')}
        />
      </Field>
      <Field name="explanation" label="Explanation" hint="One sentence a newcomer understands." error={shown('explanation')}>
        <textarea
          class="bl-input"
          rows={2}
          value={draft.explanation}
          onInput={(e) => update({ explanation: e.currentTarget.value })}
          onBlur={touch('explanation')}
        />
      </Field>
      <Field
        name="benefit"
        label="Benefit (optional)"
        hint="What it does for people. Completes “…, so that”, with no full stop."
        error={shown('benefit')}
      >
        <input
          class="bl-input"
          value={draft.benefit}
          onInput={(e) => update({ benefit: e.currentTarget.value })}
          onBlur={touch('benefit')}
        />
      </Field>

      <fieldset class="bl-fieldset">
        <legend>Outcome for each audience (optional, all four or none)</legend>
        <p class="bl-field__hint">Each completes “…, so that”, in lower case with no full stop.</p>
        {shown('outcomes') && (
          <p class="bl-field__error" id={`${fieldId('outcomes')}-error`}>
            {shown('outcomes')}
          </p>
        )}
        <div class="bl-form-grid">
          {AUDIENCES.map((audience) => (
            <Field
              key={audience}
              name={`outcomes.${audience}`}
              label={AUDIENCE_LABELS[audience].short}
              error={shown(`outcomes.${audience}`)}
            >
              <input
                class="bl-input"
                value={draft.outcomes[audience]}
                onInput={(e) => update({ outcomes: { ...draft.outcomes, [audience]: e.currentTarget.value } })}
                onBlur={touch(`outcomes.${audience}`)}
              />
            </Field>
          ))}
        </div>
      </fieldset>

      <fieldset class="bl-fieldset" id={fieldId('analogies')} tabIndex={-1}>
        <legend>Analogies</legend>
        {shown('analogies') && <p class="bl-field__error">{shown('analogies')}</p>}
        {props.analogies.length === 0 ? (
          <p class="bl-options__muted">No analogies are available.</p>
        ) : (
          <div class="bl-analogy-picker">
            {props.analogies.map((analogy) => (
              <label key={analogy.id} class="bl-check">
                <input
                  type="checkbox"
                  checked={draft.analogies.includes(analogy.id)}
                  onChange={(e) =>
                    update({
                      analogies: e.currentTarget.checked
                        ? [...draft.analogies, analogy.id]
                        : draft.analogies.filter((id) => id !== analogy.id),
                    })
                  }
                />
                <span>{analogy.title}</span>
              </label>
            ))}
          </div>
        )}
      </fieldset>

      <Field
        name="exceptions"
        label="Not flagged in"
        hint="One phrase per line where the word is ordinary, e.g. “patch of grass”."
        error={shown('exceptions')}
      >
        <textarea
          class="bl-input"
          rows={2}
          value={draft.exceptions}
          onInput={(e) => update({ exceptions: e.currentTarget.value })}
          onBlur={touch('exceptions')}
        />
      </Field>
      <Field name="why" label="Why it is flagged (optional)" error={shown('why')}>
        <textarea
          class="bl-input"
          rows={2}
          value={draft.why}
          onInput={(e) => update({ why: e.currentTarget.value })}
          onBlur={touch('why')}
        />
      </Field>

      <div class="bl-form-row">
        <label class="bl-check">
          <input type="checkbox" checked={draft.caseSensitive} onChange={(e) => update({ caseSensitive: e.currentTarget.checked })} />
          <span>Match exact capitals only (for names that are also ordinary words, like “Teams”)</span>
        </label>
        <label class="bl-check">
          <input type="checkbox" checked={draft.noInflect} onChange={(e) => update({ noInflect: e.currentTarget.checked })} />
          <span>Match this exact form only (no plurals or verb forms)</span>
        </label>
      </div>

      <div class="bl-detail__actions">
        <button type="submit" class="bl-button bl-button--primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save entry'}
        </button>
        <button type="button" class="bl-button" onClick={props.onCancel} disabled={saving}>
          Cancel
        </button>
      </div>

      {validation.ok ? (
        <LivePreview
          engine={props.engine}
          lexicon={props.previewLexicon(validation.entry)}
          entry={{ id: 'draft', term: validation.entry.term }}
          audience={props.audience}
        />
      ) : (
        <p class="bl-options__muted bl-preview__waiting">The live preview appears once the entry is complete.</p>
      )}
    </form>
  );
}

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  children: ComponentChildren;
}

/** A labelled control with its hint and its error. The control gets its id and ARIA wiring from here. */
function Field({ name, label, hint, error, children }: FieldProps) {
  const id = fieldId(name);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const wired = isValidElement(children)
    ? cloneElement(children, { id, 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': describedBy })
    : children;
  return (
    <div class={`bl-field${error ? ' bl-field--invalid' : ''}`}>
      <label class="bl-field__label" for={id}>
        {label}
      </label>
      {wired}
      {hint && (
        <p class="bl-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="bl-field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
