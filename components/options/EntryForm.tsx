/**
 * Adds or edits one of the user's own entries. A term and a plain wording are enough: everything else is
 * optional, folded under "More options", and starts at a sensible default (the category, medium severity, an
 * explanation, an id made from the term; no outcomes, so the category's are used). Save checks every field at
 * once: each problem shows beside its field, saying what to write instead, and the keyboard moves to the first.
 */
import { cloneElement, isValidElement, type ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import {
  AUDIENCE_LABELS,
  AUDIENCES,
  CATEGORIES,
  SEVERITIES,
  type Analogy,
  type Audience,
  type LexiconEntry,
} from '../../lexicon/schema.ts';
import { validateUserEntry, type FieldErrors } from '../../extension/entry-validation.ts';
import { DEFAULT_CATEGORY, MAX_PLAIN_WORDS } from '../../extension/issue-words.ts';
import { defaultExplanation, draftToInput, emptyDraft, type EntryDraft } from './entry-draft.ts';
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

/** Field names in the order they appear, with the label the summary uses; the first two are always shown. */
const FIELD_LABELS: Array<[string, string]> = [
  ['term', 'Term'],
  ['plain', 'Plain wording'],
  ['category', 'Category'],
  ['severity', 'Severity'],
  ['explanation', 'Explanation'],
  ['variants', 'Other spellings'],
  ['benefit', 'Benefit'],
  ...AUDIENCES.map((a): [string, string] => [`outcomes.${a}`, `Outcome for ${AUDIENCE_LABELS[a].long}`]),
  ['outcomes', 'Outcomes'],
  ['analogies', 'Analogies'],
  ['exceptions', 'Not flagged in'],
  ['why', 'Why it is flagged'],
  ['id', 'Id'],
  ['(entry)', 'Entry'],
];
/** Fields always in view; the rest sit under "More options". */
const FIRST_FIELDS = new Set(['term', 'plain']);
/** Analogies listed before the user searches: those that fit the category, and any already chosen. */
const ANALOGIES_SHOWN = 8;

const fieldId = (name: string) => `bl-entry-${name.replace(/\./g, '-')}`;

export function EntryForm(props: EntryFormProps) {
  const [initial] = useState<EntryDraft>(() => props.initial ?? emptyDraft());
  const [draft, setDraft] = useState<EntryDraft>(initial);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [storeErrors, setStoreErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [note, setNote] = useState<string>();
  const isNew = props.replacingId === undefined;
  const [moreOpen, setMoreOpen] = useState(!isNew || props.copiedFrom !== undefined);
  const [analogyQuery, setAnalogyQuery] = useState('');

  const taken = useMemo(
    () => new Set(props.others.filter((o) => o.id !== props.replacingId).map((o) => o.id)),
    [props.others, props.replacingId],
  );
  const input = useMemo(() => draftToInput(draft, taken), [draft, taken]);
  const validation = useMemo(() => validateUserEntry(input, props.others, props.replacingId), [input, props.others, props.replacingId]);
  const allErrors: FieldErrors = validation.ok ? storeErrors : { ...validation.errors, ...storeErrors };
  /** Errors show once a field was left, or after a save attempt, never while the user is still on their first try. */
  const shown = (name: string) => (submitted || touched.has(name.split('.')[0]!) || touched.has(name) ? allErrors[name] : undefined);
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);

  const update = (patch: Partial<EntryDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setStoreErrors({});
    setNote(undefined);
  };
  const touch = (name: string) => () => setTouched((t) => (t.has(name) ? t : new Set(t).add(name)));

  /** Puts the keyboard on the first field with a problem, opening "More options" when it is in there. */
  function focusFirstProblem(errors: FieldErrors) {
    const first = FIELD_LABELS.find(([name]) => errors[name])?.[0];
    if (!first) return;
    if (!FIRST_FIELDS.has(first)) setMoreOpen(true);
    setTimeout(() => document.getElementById(fieldId(first === 'outcomes' ? `outcomes.${AUDIENCES[0]}` : first))?.focus(), 0);
  }

  async function submit(event: Event) {
    event.preventDefault();
    setSubmitted(true);
    setFailure(undefined);
    if (!validation.ok) {
      focusFirstProblem(validation.errors);
      return;
    }
    setSaving(true);
    try {
      await props.onSave(validation.entry, props.replacingId);
    } catch (error) {
      const fieldErrors = (error as { fieldErrors?: FieldErrors }).fieldErrors;
      if (fieldErrors && Object.keys(fieldErrors).length) {
        setStoreErrors(fieldErrors);
        focusFirstProblem(fieldErrors);
      }
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  }

  /** Escape leaves the form when nothing was typed; with changes, it says how to keep or drop them instead. */
  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    if (!dirty) props.onCancel();
    else setNote('You have changes here. Save the entry to keep them, or press Cancel to drop them.');
  }

  const problems = submitted ? FIELD_LABELS.filter(([name]) => allErrors[name]) : [];
  const analogyList = useMemo(() => {
    const query = analogyQuery.trim().toLowerCase();
    const category = draft.category || DEFAULT_CATEGORY;
    if (query) return props.analogies.filter((a) => `${a.title} ${a.explanation}`.toLowerCase().includes(query));
    const fitting = props.analogies.filter((a) => draft.analogies.includes(a.id) || a.fits.categories.includes(category));
    return fitting.slice(0, Math.max(ANALOGIES_SHOWN, draft.analogies.length));
  }, [props.analogies, analogyQuery, draft.category, draft.analogies]);

  return (
    <form class="bl-entry-form" onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown} noValidate aria-labelledby="bl-entry-form-title">
      <h2 id="bl-entry-form-title" class="bl-detail__title" tabIndex={-1}>
        {isNew ? (props.copiedFrom ? `Your copy of “${props.copiedFrom}”` : 'New entry') : `Edit “${draft.term || props.replacingId}”`}
      </h2>
      {props.copiedFrom ? (
        <p class="bl-options__muted">Once saved, your copy is used instead of the original, which stays in the list as replaced.</p>
      ) : isNew ? (
        <p class="bl-options__muted">A term and how to say it plainly are enough; everything else is optional.</p>
      ) : null}

      {(problems.length > 0 || failure) && (
        <div class="bl-options__error-box" role="alert" data-testid="entry-problems">
          <p>
            <strong>
              {failure ??
                `The entry was not saved: ${problems.length === 1 ? '1 field needs' : `${problems.length} fields need`} a change.`}
            </strong>
          </p>
          {problems.length > 0 && (
            <ul>
              {problems.map(([name, label]) => (
                <li key={name}>
                  <a href={`#${fieldId(name)}`} onClick={(e) => (e.preventDefault(), focusFirstProblem({ [name]: 'x' }))}>
                    {label}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <Field name="term" label="Term" hint="As IT people write it, e.g. “Active Directory”." error={shown('term')}>
        <input
          class="bl-input"
          value={draft.term}
          onInput={(e) => update({ term: e.currentTarget.value })}
          onBlur={touch('term')}
          autoComplete="off"
        />
      </Field>
      <Field
        name="plain"
        label="Plain wording"
        hint={`How you would say it to a colleague outside IT, ${MAX_PLAIN_WORDS} words at most. One per line; the first replaces the term.`}
        error={shown('plain')}
      >
        <textarea
          class="bl-input"
          rows={2}
          value={draft.plain}
          onInput={(e) => update({ plain: e.currentTarget.value })}
          onBlur={touch('plain')}
        />
      </Field>

      <details class="bl-more" open={moreOpen} onToggle={(e) => setMoreOpen(e.currentTarget.open)}>
        <summary>More options (all optional)</summary>
        <div class="bl-form-grid">
          <Field
            name="category"
            label="Category"
            hint="Decides the outcomes and analogies used when you give none."
            error={shown('category')}
          >
            <select
              class="bl-input"
              value={draft.category || DEFAULT_CATEGORY}
              onChange={(e) => update({ category: e.currentTarget.value as EntryDraft['category'] })}
              onBlur={touch('category')}
            >
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
        <Field name="explanation" label="Explanation" hint="One sentence a newcomer understands." error={shown('explanation')}>
          <textarea
            class="bl-input"
            rows={2}
            value={draft.explanation}
            placeholder={draft.term.trim() ? defaultExplanation(draft.term) : undefined}
            onInput={(e) => update({ explanation: e.currentTarget.value })}
            onBlur={touch('explanation')}
          />
        </Field>
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
        <Field
          name="benefit"
          label="Benefit"
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
          <legend>Outcome for each audience (all four or none)</legend>
          <p class="bl-field__hint">
            Each completes “…, so that”, in lower case with no full stop. Left empty, the category’s outcomes are used.
          </p>
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
            <>
              <label class="bl-field__label" for="bl-entry-analogy-search">
                Find an analogy
              </label>
              <input
                id="bl-entry-analogy-search"
                class="bl-input"
                type="search"
                value={analogyQuery}
                placeholder={`Search all ${props.analogies.length}`}
                onInput={(e) => setAnalogyQuery(e.currentTarget.value)}
              />
              <p class="bl-field__hint">
                {analogyQuery.trim()
                  ? `${analogyList.length} of ${props.analogies.length} match.`
                  : `Those that fit ${CATEGORY_LABELS[draft.category || DEFAULT_CATEGORY].toLowerCase()}; search for others.`}
              </p>
              <div class="bl-analogy-picker">
                {analogyList.map((analogy) => (
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
            </>
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
        <Field name="why" label="Why it is flagged" error={shown('why')}>
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
        <p class="bl-options__muted" id={fieldId('id')} tabIndex={-1}>
          Id: <code>{String(input.id || '—')}</code> {draft.idEdited ? '' : '(made from the term)'}
        </p>
        {shown('id') && <p class="bl-field__error">{shown('id')}</p>}
      </details>

      {note && (
        <p class="bl-options__notice" role="status">
          {note}
        </p>
      )}
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
        <p class="bl-options__muted bl-preview__waiting">The live preview appears once the term and its plain wording are in.</p>
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
