/**
 * Terms never flagged for this user: each with the reason and the date it was allowed, each editable in place.
 * Terms allowed from the in-page card's "Always allow" land here too. The organisation's allowed terms are listed
 * apart, read-only.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AllowEntry } from '../../lexicon/schema.ts';
import type { FieldErrors } from '../../extension/entry-validation.ts';
import { formatDate, plural } from './labels.ts';

export interface AllowListPanelProps {
  allow: readonly AllowEntry[];
  organizationAllow: readonly AllowEntry[];
  organisationName?: string;
  onAdd: (term: string, reason: string) => Promise<unknown>;
  /** Changes an allowed term (named by its current spelling) or its reason. */
  onUpdate: (previous: string, term: string, reason: string) => Promise<unknown>;
  onRemove: (term: string) => Promise<void>;
}

export function AllowListPanel({ allow, organizationAllow, organisationName, onAdd, onUpdate, onRemove }: AllowListPanelProps) {
  const [term, setTerm] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string }>();
  const [busy, setBusy] = useState(false);
  const sorted = [...allow].sort((a, b) => b.added.localeCompare(a.added));

  async function add(event: Event) {
    event.preventDefault();
    setBusy(true);
    setMessage(undefined);
    try {
      await onAdd(term, reason);
      setMessage({ tone: 'info', text: `“${term.trim()}” will not be flagged any more.` });
      setTerm('');
      setReason('');
      setErrors({});
    } catch (error) {
      const fieldErrors = (error as { fieldErrors?: FieldErrors }).fieldErrors ?? {};
      setErrors(fieldErrors);
      if (!Object.keys(fieldErrors).length) setMessage({ tone: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }

  /** The row being edited (by its term as stored), and where focus goes when the edit ends. */
  const [editing, setEditing] = useState<string | null>(null);
  const returnFocusRef = useRef<string | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  useEffect(() => {
    if (editing !== null || returnFocusRef.current === null) return;
    const term = returnFocusRef.current;
    returnFocusRef.current = null;
    const button = [...(tableRef.current?.querySelectorAll<HTMLButtonElement>('button[data-action="edit"]') ?? [])].find(
      (b) => b.dataset.term === term,
    );
    button?.focus();
  }, [editing, allow]);

  function endEdit(term: string) {
    returnFocusRef.current = term;
    setEditing(null);
  }

  async function remove(item: AllowEntry) {
    setBusy(true);
    try {
      await onRemove(item.term);
      setMessage({ tone: 'info', text: `“${item.term}” will be flagged again.` });
    } catch (error) {
      setMessage({ tone: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="bl-allow">
      <p class="bl-options__lead">
        Terms on this list are never marked for you, by any check, in any case or form; the names inside them are not marked either
        (allowing “SharePoint Online” allows “SharePoint”). Use “Always allow” on a mark’s card, or add a term here.
      </p>

      <form class="bl-allow__form" onSubmit={(event) => void add(event)} noValidate>
        <div class={`bl-field${errors.term ? ' bl-field--invalid' : ''}`}>
          <label class="bl-field__label" for="bl-allow-term">
            Term
          </label>
          <input
            id="bl-allow-term"
            class="bl-input"
            value={term}
            onInput={(e) => (setTerm(e.currentTarget.value), setErrors({}))}
            aria-invalid={errors.term ? 'true' : undefined}
            aria-describedby={errors.term ? 'bl-allow-term-error' : undefined}
            autoComplete="off"
          />
          {errors.term && (
            <p class="bl-field__error" id="bl-allow-term-error">
              {errors.term}
            </p>
          )}
        </div>
        <div class={`bl-field bl-allow__reason${errors.reason ? ' bl-field--invalid' : ''}`}>
          <label class="bl-field__label" for="bl-allow-reason">
            Reason (optional)
          </label>
          <input
            id="bl-allow-reason"
            class="bl-input"
            value={reason}
            onInput={(e) => setReason(e.currentTarget.value)}
            aria-invalid={errors.reason ? 'true' : undefined}
            aria-describedby={errors.reason ? 'bl-allow-reason-error' : undefined}
          />
          {errors.reason && (
            <p class="bl-field__error" id="bl-allow-reason-error">
              {errors.reason}
            </p>
          )}
        </div>
        <button type="submit" class="bl-button bl-button--primary" disabled={busy}>
          Allow term
        </button>
      </form>

      {message && (
        <p
          class={message.tone === 'error' ? 'bl-options__error' : 'bl-options__success'}
          role={message.tone === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}

      {sorted.length === 0 ? (
        <div class="bl-empty">
          <p>
            <strong>You have not allowed any terms.</strong>
          </p>
          <p class="bl-options__muted">Every lexicon term is marked when you use it.</p>
        </div>
      ) : (
        <table class="bl-table" data-testid="allow-table" ref={tableRef}>
          <caption class="bl-visually-hidden">Your allowed terms, {plural(sorted.length, 'term', 'terms')}, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Term</th>
              <th scope="col">Reason</th>
              <th scope="col">Added</th>
              <th scope="col">
                <span class="bl-visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((item) =>
              editing === item.term ? (
                <AllowRowEditor
                  key={item.term}
                  item={item}
                  onSave={async (term, reason) => {
                    await onUpdate(item.term, term, reason);
                    setMessage({ tone: 'info', text: `Saved “${term.trim()}”.` });
                    endEdit(term.trim());
                  }}
                  onCancel={() => endEdit(item.term)}
                />
              ) : (
                <tr key={item.term}>
                  <th scope="row">{item.term}</th>
                  <td>{item.reason || <span class="bl-options__muted">No reason given</span>}</td>
                  <td>
                    <time dateTime={item.added}>{formatDate(item.added)}</time>
                  </td>
                  <td class="bl-table__action">
                    <button
                      type="button"
                      class="bl-button bl-button--small"
                      data-action="edit"
                      data-term={item.term}
                      onClick={() => (setMessage(undefined), setEditing(item.term))}
                      disabled={busy}
                      aria-label={`Edit “${item.term}”`}
                    >
                      Edit
                    </button>{' '}
                    <button
                      type="button"
                      class="bl-button bl-button--small"
                      onClick={() => void remove(item)}
                      disabled={busy}
                      aria-label={`Remove “${item.term}” from the allow list`}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}

      {organizationAllow.length > 0 && (
        <section class="bl-allow__org" aria-labelledby="bl-allow-org-title">
          <h3 id="bl-allow-org-title" class="bl-options__h3">
            Allowed by {organisationName ?? 'your organisation'}
          </h3>
          <p class="bl-options__muted">Set by your IT department; they cannot be removed here.</p>
          <ul class="bl-chips">
            {organizationAllow.map((item) => (
              <li key={item.term} title={item.reason || undefined}>
                {item.term}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/**
 * One allowed term edited in place: its term and reason, Save (or Enter) and Cancel (or Escape). Problems show beside
 * their field, with focus on the first; focus starts in the term.
 */
function AllowRowEditor({
  item,
  onSave,
  onCancel,
}: {
  item: AllowEntry;
  onSave: (term: string, reason: string) => Promise<void>;
  onCancel: () => void;
}) {
  const [term, setTerm] = useState(item.term);
  const [reason, setReason] = useState(item.reason);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const termInput = useRef<HTMLInputElement>(null);
  const reasonInput = useRef<HTMLInputElement>(null);
  useEffect(() => termInput.current?.focus(), []);

  async function save() {
    setBusy(true);
    setFailure(undefined);
    try {
      await onSave(term, reason);
    } catch (error) {
      const fieldErrors = (error as { fieldErrors?: FieldErrors }).fieldErrors ?? {};
      setErrors(fieldErrors);
      if (fieldErrors.term) termInput.current?.focus();
      else if (fieldErrors.reason) reasonInput.current?.focus();
      else setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT') {
      event.preventDefault();
      void save();
    }
  };
  const id = `bl-allow-edit-${item.added}`;
  return (
    <tr class="bl-allow__editing" onKeyDown={onKeyDown}>
      <th scope="row">
        <label class="bl-visually-hidden" for={`${id}-term`}>
          Term (was “{item.term}”)
        </label>
        <input
          id={`${id}-term`}
          ref={termInput}
          class="bl-input"
          value={term}
          onInput={(e) => (setTerm(e.currentTarget.value), setErrors({}))}
          aria-invalid={errors.term ? 'true' : undefined}
          aria-describedby={errors.term ? `${id}-term-error` : undefined}
          autoComplete="off"
        />
        {errors.term && (
          <p class="bl-field__error" id={`${id}-term-error`}>
            {errors.term}
          </p>
        )}
      </th>
      <td>
        <label class="bl-visually-hidden" for={`${id}-reason`}>
          Reason for “{item.term}”
        </label>
        <input
          id={`${id}-reason`}
          ref={reasonInput}
          class="bl-input"
          value={reason}
          onInput={(e) => (setReason(e.currentTarget.value), setErrors({}))}
          aria-invalid={errors.reason ? 'true' : undefined}
          aria-describedby={errors.reason ? `${id}-reason-error` : undefined}
        />
        {errors.reason && (
          <p class="bl-field__error" id={`${id}-reason-error`}>
            {errors.reason}
          </p>
        )}
        {failure && (
          <p class="bl-field__error" role="alert">
            {failure}
          </p>
        )}
      </td>
      <td>
        <time dateTime={item.added}>{formatDate(item.added)}</time>
      </td>
      <td class="bl-table__action">
        <button type="button" class="bl-button bl-button--small bl-button--primary" onClick={() => void save()} disabled={busy}>
          Save
        </button>{' '}
        <button type="button" class="bl-button bl-button--small" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </td>
    </tr>
  );
}
