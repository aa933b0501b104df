/**
 * Logging or editing a win. Logging takes one field and Enter; "Add details" opens the rest (when, who, goal,
 * who benefits and what it gives them, a figure). Suggestions read from the words by the lexicon fill only
 * fields the user left empty, are marked as suggested, and count only once the user saves the form.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Audience } from '../../lexicon/schema.ts';
import { FIGURE_KINDS, figurePhrase, type FigureKind, type Win } from '../../lexicon/update/index.ts';
import type { UpdateEngine } from './engine.ts';
import {
  emptyFields,
  FIELD_LABELS,
  fieldsOf,
  suggestedFields,
  winFromFields,
  type FieldErrors,
  type FieldName,
  type WinFields,
} from './win-form-state.ts';

export const FIGURE_LABELS: Record<FigureKind, string> = {
  hours: 'Hours saved',
  days: 'Days earlier',
  money: 'Money',
  share: 'Share of staff (%)',
  count: 'A count',
};

export interface GoalOption {
  id: string;
  label: string;
}

export interface WinFormProps {
  /** The win being edited; without one the form logs a new win. */
  win?: Win;
  /** Text to start from (a sentence sent from the popup). */
  initialWhat?: string;
  goals: readonly GoalOption[];
  engine: UpdateEngine;
  audience: Audience;
  now: () => Date;
  newId: () => string;
  onSave: (win: Win) => Promise<void>;
  onCancel?: () => void;
  /** Open the details at once (editing, or a win sent from the popup). */
  detailsOpen?: boolean;
}

export function WinForm({ win, initialWhat, goals, engine, audience, now, newId, onSave, onCancel, detailsOpen }: WinFormProps) {
  const start = () => (win ? fieldsOf(win) : { ...emptyFields(now()), what: initialWhat ?? '' });
  const [fields, setFields] = useState<WinFields>(start);
  const [open, setOpen] = useState(!!(win || detailsOpen));
  const [touched, setTouched] = useState<Set<FieldName>>(() => new Set(win ? (Object.keys(fields) as FieldName[]) : []));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState('');
  const whatRef = useRef<HTMLTextAreaElement>(null);
  const idBase = win ? `bl-win-${win.id}` : 'bl-win-new';

  const prefill = useMemo(() => (fields.what.trim() ? engine.prefill(fields.what, audience) : null), [engine, fields.what, audience]);
  // Suggestions fill what the user has not typed into; they show as values, marked "suggested".
  const suggested = open && prefill ? suggestedFields(prefill, withoutUntouched(fields, touched)) : {};
  const shown: WinFields = { ...fields, ...Object.fromEntries(Object.entries(suggested).filter(([k]) => !touched.has(k as FieldName))) };

  function set(name: FieldName, value: string) {
    setFields((f) => ({ ...f, [name]: value }));
    setTouched((t) => new Set(t).add(name));
    setErrors((e) => ({ ...e, [name]: undefined }));
  }

  async function submit(event?: Event) {
    event?.preventDefault();
    const values = open ? shown : { ...emptyFields(now()), what: fields.what, date: fields.date };
    const stamp = now().toISOString();
    const result = winFromFields(values, { id: win?.id ?? newId(), created: win?.created ?? stamp, now: stamp });
    if (!result.ok) {
      setErrors(result.errors);
      setStatus('');
      if (result.errors.what) whatRef.current?.focus();
      return;
    }
    setSaving(true);
    try {
      await onSave(result.win);
      if (!win) {
        setFields(emptyFields(now()));
        setTouched(new Set());
        setOpen(!!detailsOpen && false);
        setStatus(result.win.benefit ? 'Win logged.' : 'Win logged. Add what it gives people when you compose, under "Needs a why".');
        whatRef.current?.focus();
      }
    } catch (error) {
      setErrors({ what: `The win could not be saved: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setSaving(false);
    }
  }

  const errorList = Object.entries(errors).filter(([, m]) => m) as Array<[FieldName, string]>;
  const field = (name: FieldName) => ({
    id: `${idBase}-${name}`,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby':
      [errors[name] ? `${idBase}-${name}-error` : '', name in suggested ? `${idBase}-${name}-hint` : ''].filter(Boolean).join(' ') ||
      undefined,
  });
  const note = (name: FieldName) => (
    <>
      {name in suggested && !touched.has(name) && (
        <span id={`${idBase}-${name}-hint`} class="bl-update__suggested">
          suggested from your words: check it
        </span>
      )}
      {errors[name] && (
        <span id={`${idBase}-${name}-error`} class="bl-field__error">
          {errors[name]}
        </span>
      )}
    </>
  );

  return (
    <form
      class={`bl-update__form${win ? ' bl-update__form--edit' : ''}`}
      onSubmit={(e) => void submit(e)}
      aria-label={win ? 'Edit win' : 'Log a win'}
      noValidate
    >
      <div class="bl-field">
        <label for={`${idBase}-what`}>{FIELD_LABELS.what}</label>
        <textarea
          ref={whatRef}
          class="bl-input bl-update__what"
          rows={2}
          maxLength={500}
          placeholder="e.g. Moved invoice approval to the new finance app, saving the finance team 12 hours a week"
          value={fields.what}
          onInput={(e) => set('what', e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) void submit(e);
          }}
          {...field('what')}
        />
        {note('what')}
      </div>

      {prefill && prefill.terms.length > 0 && (
        <p class="bl-update__terms" data-testid="win-terms">
          In plain words:{' '}
          {prefill.terms.map((t, i) => (
            <span key={t.entryId}>
              {i > 0 && '; '}
              <q>{t.term}</q> is <q>{t.plain}</q>
            </span>
          ))}
        </p>
      )}

      {open ? (
        <div class="bl-form-grid bl-update__details">
          <div class="bl-field">
            <label for={`${idBase}-date`}>{FIELD_LABELS.date}</label>
            <input type="date" class="bl-input" value={shown.date} onInput={(e) => set('date', e.currentTarget.value)} {...field('date')} />
            {note('date')}
          </div>
          <div class="bl-field">
            <label for={`${idBase}-people`}>{FIELD_LABELS.people}</label>
            <input
              class="bl-input"
              placeholder="Names, separated by commas"
              value={shown.people}
              onInput={(e) => set('people', e.currentTarget.value)}
              {...field('people')}
            />
            {note('people')}
          </div>
          <div class="bl-field">
            <label for={`${idBase}-goal`}>{FIELD_LABELS.goal}</label>
            <select class="bl-input" value={shown.goal} onChange={(e) => set('goal', e.currentTarget.value)} {...field('goal')}>
              <option value="">Not chosen yet</option>
              {goals.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.label}
                </option>
              ))}
            </select>
            {note('goal')}
          </div>
          <div class="bl-field">
            <label for={`${idBase}-beneficiary`}>{FIELD_LABELS.beneficiary}</label>
            <input
              class="bl-input"
              placeholder="e.g. the finance team, all staff, customers"
              value={shown.beneficiary}
              onInput={(e) => set('beneficiary', e.currentTarget.value)}
              {...field('beneficiary')}
            />
            {note('beneficiary')}
          </div>
          <div class="bl-field bl-update__wide">
            <label for={`${idBase}-benefit`}>{FIELD_LABELS.benefit}</label>
            <input
              class="bl-input"
              placeholder="e.g. invoices are approved the same day"
              value={shown.benefit}
              onInput={(e) => set('benefit', e.currentTarget.value)}
              {...field('benefit')}
            />
            {note('benefit')}
          </div>
          {prefill && prefill.benefits.length > 1 && (
            <div class="bl-update__wide bl-update__chips" role="group" aria-label="Other benefits the lexicon suggests">
              {prefill.benefits.slice(0, 4).map((b) => (
                <button key={b} type="button" class="bl-button bl-button--small bl-button--quiet" onClick={() => set('benefit', b)}>
                  Use “{b}”
                </button>
              ))}
            </div>
          )}
          <fieldset class="bl-fieldset bl-update__wide bl-update__figure">
            <legend>A figure, if there is one</legend>
            <div class="bl-field">
              <label for={`${idBase}-figureKind`}>{FIELD_LABELS.figureKind}</label>
              <select
                class="bl-input"
                value={shown.figureKind}
                onChange={(e) => set('figureKind', e.currentTarget.value)}
                {...field('figureKind')}
              >
                <option value="">No figure</option>
                {FIGURE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {FIGURE_LABELS[k]}
                  </option>
                ))}
              </select>
              {note('figureKind')}
            </div>
            {shown.figureKind === 'money' && (
              <div class="bl-field bl-update__currency">
                <label for={`${idBase}-currency`}>{FIELD_LABELS.currency}</label>
                <input
                  class="bl-input"
                  maxLength={8}
                  value={shown.currency}
                  onInput={(e) => set('currency', e.currentTarget.value)}
                  {...field('currency')}
                />
                {note('currency')}
              </div>
            )}
            <div class="bl-field">
              <label for={`${idBase}-amount`}>{FIELD_LABELS.amount}</label>
              <input
                class="bl-input"
                inputMode="decimal"
                value={shown.amount}
                onInput={(e) => set('amount', e.currentTarget.value)}
                {...field('amount')}
              />
              {note('amount')}
            </div>
            <div class="bl-field">
              <label for={`${idBase}-detail`}>{FIELD_LABELS.detail}</label>
              <input
                class="bl-input"
                placeholder="e.g. a week, a year in licences"
                value={shown.detail}
                onInput={(e) => set('detail', e.currentTarget.value)}
                {...field('detail')}
              />
              {note('detail')}
            </div>
            {shown.figureKind && Number.isFinite(Number(shown.amount.replace(/,/g, ''))) && shown.amount.trim() && (
              <p class="bl-options__muted bl-update__wide">
                Reads as: “
                {figurePhrase({
                  kind: shown.figureKind,
                  amount: Number(shown.amount.replace(/,/g, '')),
                  currency: shown.currency,
                  detail: shown.detail,
                })}
                ”
              </p>
            )}
          </fieldset>
        </div>
      ) : null}

      {errorList.length > 1 && (
        <p role="alert" class="bl-field__error">
          {errorList.length} fields need attention.
        </p>
      )}
      <div class="bl-update__actions">
        <button type="submit" class="bl-button bl-button--primary" disabled={saving}>
          {win ? 'Save win' : 'Log win'}
        </button>
        {!win && (
          <button type="button" class="bl-button bl-button--quiet" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? 'Fewer details' : 'Add details'}
          </button>
        )}
        {onCancel && (
          <button type="button" class="bl-button bl-button--quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
        <span role="status" class="bl-options__success">
          {status}
        </span>
      </div>
    </form>
  );
}

/** The fields with those the user never touched emptied, so suggestions see what is really the user's. */
function withoutUntouched(fields: WinFields, touched: Set<FieldName>): WinFields {
  const out = { ...fields };
  for (const key of ['goal', 'benefit', 'figureKind', 'amount'] as const) if (!touched.has(key)) out[key] = '';
  return out;
}
