/**
 * What an import would do, before it does it: counts and lists of entries added, changed (with the fields that
 * change) and removed, the allow-list changes, the merge or replace choice, and confirm.
 */
import type { LexiconEntry, LexiconIssue } from '../../lexicon/schema.ts';
import { formatIssue } from '../../lexicon/schema.ts';
import type { ImportMode, ImportPlan } from '../../extension/lexicon-transfer.ts';
import { plural } from './labels.ts';

export interface ImportPreviewProps {
  fileName: string;
  planned: { ok: true; plan: ImportPlan } | { ok: false; issues: LexiconIssue[] };
  mode: ImportMode;
  onModeChange: (mode: ImportMode) => void;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
}

/** Long lists show this many names, then "and N more". */
const LIST_LIMIT = 12;

/** The top-level fields that differ between two versions of an entry. */
export function changedFields(before: LexiconEntry, after: LexiconEntry): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys]
    .filter((k) => JSON.stringify((before as Record<string, unknown>)[k]) !== JSON.stringify((after as Record<string, unknown>)[k]))
    .sort();
}

function Names({ items, render }: { items: readonly unknown[]; render: (item: never) => string }) {
  const shown = items.slice(0, LIST_LIMIT);
  return (
    <ul class="bl-preview-list">
      {shown.map((item, i) => (
        <li key={i}>{render(item as never)}</li>
      ))}
      {items.length > LIST_LIMIT && <li class="bl-options__muted">and {(items.length - LIST_LIMIT).toLocaleString()} more</li>}
    </ul>
  );
}

export function ImportPreview({ fileName, planned, mode, onModeChange, onConfirm, onCancel, busy }: ImportPreviewProps) {
  const plan = planned.ok ? planned.plan : undefined;
  const nothing =
    plan && !plan.added.length && !plan.changed.length && !plan.removed.length && !plan.allowAdded.length && !plan.allowRemoved.length;
  return (
    <section class="bl-import-preview" aria-labelledby="bl-import-preview-title" data-testid="import-preview">
      <h3 id="bl-import-preview-title" class="bl-options__h3">
        Preview of “{fileName}”
      </h3>

      <fieldset class="bl-fieldset bl-mode">
        <legend>How to import</legend>
        <label class="bl-check">
          <input type="radio" name="bl-import-mode" value="merge" checked={mode === 'merge'} onChange={() => onModeChange('merge')} />
          <span>
            <strong>Merge</strong> — add the file’s entries to yours; entries with the same id are replaced
          </span>
        </label>
        <label class="bl-check">
          <input type="radio" name="bl-import-mode" value="replace" checked={mode === 'replace'} onChange={() => onModeChange('replace')} />
          <span>
            <strong>Replace</strong> — the file becomes your whole lexicon; entries not in it are removed
          </span>
        </label>
      </fieldset>

      {!planned.ok ? (
        <div class="bl-options__error-box" role="alert">
          <p>
            <strong>This file cannot be merged with your entries:</strong>
          </p>
          <ul>
            {planned.issues.map((issue, i) => (
              <li key={i}>{formatIssue(issue)}</li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          <ul class="bl-summary" aria-label="Summary of changes">
            <li class="bl-summary__added">
              <strong>{plan!.added.length.toLocaleString()}</strong> added
            </li>
            <li class="bl-summary__changed">
              <strong>{plan!.changed.length.toLocaleString()}</strong> changed
            </li>
            <li class="bl-summary__removed">
              <strong>{plan!.removed.length.toLocaleString()}</strong> removed
            </li>
            <li>
              <strong>{plan!.unchanged.toLocaleString()}</strong> unchanged
            </li>
          </ul>
          {nothing && <p class="bl-options__muted">Your lexicon already matches this file; importing changes nothing.</p>}
          {plan!.added.length > 0 && (
            <details open={plan!.added.length <= LIST_LIMIT}>
              <summary>Added: {plural(plan!.added.length, 'entry', 'entries')}</summary>
              <Names items={plan!.added} render={(e: LexiconEntry) => e.term} />
            </details>
          )}
          {plan!.changed.length > 0 && (
            <details open>
              <summary>Changed: {plural(plan!.changed.length, 'entry', 'entries')}</summary>
              <Names
                items={plan!.changed}
                render={(c: ImportPlan['changed'][number]) => `${c.after.term} (${changedFields(c.before, c.after).join(', ')})`}
              />
            </details>
          )}
          {plan!.removed.length > 0 && (
            <details open>
              <summary>Removed: {plural(plan!.removed.length, 'entry', 'entries')}</summary>
              <Names items={plan!.removed} render={(e: LexiconEntry) => e.term} />
            </details>
          )}
          {(plan!.allowAdded.length > 0 || plan!.allowRemoved.length > 0) && (
            <p>
              Allow list: {plural(plan!.allowAdded.length, 'term', 'terms')} added
              {plan!.allowRemoved.length > 0
                ? `, ${plural(plan!.allowRemoved.length, 'term', 'terms')} removed (${plan!.allowRemoved
                    .map((a) => a.term)
                    .slice(0, LIST_LIMIT)
                    .join(', ')})`
                : ''}
              .
            </p>
          )}
          {plan!.skippedAnalogies > 0 && (
            <p class="bl-options__muted">
              {plural(plan!.skippedAnalogies, 'analogy', 'analogies')} in the file will be skipped: only built-in and organisation analogies
              are used.
            </p>
          )}
        </>
      )}

      <div class="bl-detail__actions">
        <button type="button" class="bl-button bl-button--primary" onClick={onConfirm} disabled={busy || !planned.ok}>
          {busy ? 'Importing…' : mode === 'replace' ? 'Replace my lexicon' : 'Import'}
        </button>
        <button type="button" class="bl-button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </section>
  );
}
