/**
 * Composing the update: the period and the audience, what is coming next, the draft itself checked by Business
 * Lens (readiness score, and every mark with a way to its fix), the wins that need a why, and the ways out:
 * copy as plain or rich text, or insert into the compose box the user last focused.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Audience } from '../../lexicon/schema.ts';
import {
  chosenRange,
  composeUpdate,
  draftSpans,
  formatDay,
  thisMonth,
  thisWeek,
  type OrgGoal,
  type Period,
  type UpdateDraft,
  type Win,
  type WinParagraph,
} from '../../lexicon/update/index.ts';
import { AudienceSelect } from '../AudienceSelect.tsx';
import { ScoreMeter } from '../ScoreMeter.tsx';
import type { ComposeTarget, UpdateEngine, UpdateServices } from './engine.ts';
import { whyNoTarget } from '../../extension/compose-target.ts';
import { draftHtml } from './rich-text.ts';

export type PeriodChoice = 'week' | 'month' | 'range';

export interface DraftPanelProps {
  wins: readonly Win[];
  orgGoals: readonly OrgGoal[];
  engine: UpdateEngine;
  services: UpdateServices;
  audience: Audience;
  onAudience: (audience: Audience) => void;
  /** Opens a win for editing (from "Needs a why" or a mark's fix). */
  onEdit: (id: string) => void;
}

function Paragraph({ p }: { p: WinParagraph }) {
  return (
    <>
      {p.sentence} {p.credit}
    </>
  );
}

export function DraftPanel({ wins, orgGoals, engine, services, audience, onAudience, onEdit }: DraftPanelProps) {
  const [choice, setChoice] = useState<PeriodChoice>('week');
  const today = services.now();
  const [rangeStart, setRangeStart] = useState(thisMonth(today).start);
  const [rangeEnd, setRangeEnd] = useState(thisWeek(today).end);
  const [next, setNext] = useState('');
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const target = useComposeTarget(services);

  const period: Period | { error: string } =
    choice === 'week' ? thisWeek(today) : choice === 'month' ? thisMonth(today) : chosenRange(rangeStart, rangeEnd);
  const periodKey = 'error' in period ? period.error : `${period.start}/${period.end}`;
  const draft: UpdateDraft | null = useMemo(
    () =>
      'error' in period
        ? null
        : composeUpdate(wins, {
            audience,
            period,
            orgGoals,
            next: next.split('\n').filter((l) => l.trim()),
            plainWording: engine.plainWording,
          }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the period is keyed by its dates
    [wins, audience, periodKey, orgGoals, next, engine],
  );
  const check = useMemo(() => (draft?.text ? engine.analyze(draft.text, audience) : null), [draft, engine, audience]);
  const spans = useMemo(() => (draft ? draftSpans(draft) : []), [draft]);

  async function copy(rich: boolean) {
    if (!draft?.text) return;
    try {
      await services.copy(draft.text, rich ? draftHtml(draft) : undefined);
      setStatus({ text: rich ? 'Copied as rich text: paste it into your email.' : 'Copied as plain text.' });
    } catch (error) {
      setStatus({ text: `Could not copy: ${error instanceof Error ? error.message : String(error)}`, error: true });
    }
  }

  async function insert() {
    if (!draft?.text || !services.insertIntoComposeBox) return;
    // A box in a hidden tab may take a second: the last message must not stand for this one meanwhile.
    setStatus({ text: 'Inserting…' });
    const result = await services.insertIntoComposeBox(draft.text);
    setStatus(
      result.ok
        ? { text: `Inserted into your compose box on ${result.host}. Ctrl+Z there takes it out again.` }
        : { text: result.reason, error: true },
    );
    target.refresh();
  }

  function fixFor(start: number, end: number) {
    const span = spans.find((s) => s.start <= start && end <= s.end);
    if (span?.winId) {
      const id = span.winId;
      return (
        <button type="button" class="bl-button bl-button--small" onClick={() => onEdit(id)}>
          Edit the win
        </button>
      );
    }
    if (span?.nextIndex !== undefined)
      return (
        <button type="button" class="bl-button bl-button--small" onClick={() => document.getElementById('bl-update-next')?.focus()}>
          Edit “Coming next”
        </button>
      );
    return null;
  }

  return (
    <div class="bl-update__compose">
      <div class="bl-update__controls">
        <fieldset class="bl-audience">
          <legend class="bl-audience__legend">Period</legend>
          <div class="bl-audience__options">
            {(
              [
                ['week', 'This week'],
                ['month', 'This month'],
                ['range', 'Chosen dates'],
              ] as const
            ).map(([value, label]) => (
              <label key={value} class={`bl-audience__option${choice === value ? ' is-selected' : ''}`}>
                <input type="radio" name="bl-update-period" value={value} checked={choice === value} onChange={() => setChoice(value)} />
                <span>{label}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {choice === 'range' && (
          <div class="bl-update__range">
            <label class="bl-field">
              <span>From</span>
              <input type="date" class="bl-input" value={rangeStart} onInput={(e) => setRangeStart(e.currentTarget.value)} />
            </label>
            <label class="bl-field">
              <span>To</span>
              <input type="date" class="bl-input" value={rangeEnd} onInput={(e) => setRangeEnd(e.currentTarget.value)} />
            </label>
          </div>
        )}
        <AudienceSelect value={audience} onChange={onAudience} name="bl-update-audience" label="For" />
      </div>
      {'error' in period ? (
        <p class="bl-field__error" role="alert">
          {period.error}
        </p>
      ) : (
        <p class="bl-options__muted">
          {formatDay(period.start)} to {formatDay(period.end)}
        </p>
      )}
      <label class="bl-field" for="bl-update-next">
        <span>Coming next (one a line, optional)</span>
        <textarea
          id="bl-update-next"
          class="bl-input"
          rows={2}
          placeholder="e.g. New meeting-room screens in January"
          value={next}
          onInput={(e) => setNext(e.currentTarget.value)}
        />
      </label>

      {draft && draft.needsWhy.length > 0 && (
        <section class="bl-update__why" aria-labelledby="bl-update-why-title">
          <h3 id="bl-update-why-title" class="bl-options__h3">
            Needs a why ({draft.needsWhy.length})
          </h3>
          <p class="bl-options__muted">
            These wins say what was done but not what it gives anyone, so they are left out of the draft. Add a why to include one.
          </p>
          <ul>
            {draft.needsWhy.map((w) => (
              <li key={w.id}>
                <span>{w.what}</span>{' '}
                <button type="button" class="bl-button bl-button--small" onClick={() => onEdit(w.id)}>
                  Add a why
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {draft && !draft.lead ? (
        <p class="bl-update__empty" role="status">
          {draft.needsWhy.length
            ? 'No win in this period says what it gives anyone yet. Add a why to one above and the draft appears here.'
            : 'No wins logged in this period. Log one above, or choose another period.'}
        </p>
      ) : draft?.lead ? (
        <>
          <article class="bl-update__draft" aria-label="Draft update" data-testid="draft">
            <h3 class="bl-update__subject">{draft.subject}</h3>
            <p>{draft.greeting}</p>
            <p>{draft.intro}</p>
            <p>
              <strong>The headline:</strong> <Paragraph p={draft.lead} />
            </p>
            {draft.sections.map((s) => (
              <section key={s.goal}>
                <h4>{s.heading}</h4>
                <ul>
                  {s.items.map((p) => (
                    <li key={p.winId}>
                      <Paragraph p={p} />
                    </li>
                  ))}
                </ul>
              </section>
            ))}
            {draft.next.length > 0 && (
              <section>
                <h4>Coming next</h4>
                <ul>
                  {draft.next.map((n, i) => (
                    <li key={i}>{n}</li>
                  ))}
                </ul>
              </section>
            )}
            <p>{draft.closing}</p>
          </article>
          <div class="bl-update__actions">
            <button type="button" class="bl-button bl-button--primary" onClick={() => void copy(true)}>
              Copy as rich text
            </button>
            <button type="button" class="bl-button" onClick={() => void copy(false)}>
              Copy as plain text
            </button>
            {services.insertIntoComposeBox && (
              <button type="button" class="bl-button" onClick={() => void insert()}>
                {target.current?.state === 'ready' ? `Insert into compose box on ${target.current.host}` : 'Insert into compose box'}
              </button>
            )}
            <span role="status" class={status?.error ? 'bl-field__error' : 'bl-options__success'}>
              {status?.text}
            </span>
            {services.insertIntoComposeBox &&
              target.current?.state !== 'ready' &&
              target.current &&
              whyNoTarget(target.current) !== status?.text && (
                <p class="bl-options__muted" data-testid="insert-target">
                  {whyNoTarget(target.current)}
                </p>
              )}
          </div>
          {check && (
            <section class="bl-update__check" aria-labelledby="bl-update-check-title">
              <h3 id="bl-update-check-title" class="bl-options__h3">
                Business Lens check
              </h3>
              <ScoreMeter score={check.score} caption={check.findings.length ? `${check.findings.length} marks` : 'no marks'} />
              {check.findings.length === 0 ? (
                <p class="bl-options__success" data-testid="no-marks">
                  No marks: no jargon, no feature-talk, nothing that undersells the work.
                </p>
              ) : (
                <ul class="bl-update__marks" aria-label="Marks in the draft">
                  {check.findings.map((f) => (
                    <li key={f.id}>
                      <q>{f.text}</q> {f.message} {fixFor(f.start, f.end)}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )}
        </>
      ) : null}
    </div>
  );
}

/**
 * Where "Insert into compose box" would go, looked up when the page opens, whenever the user focuses another compose
 * box or its tab closes, and whenever the user comes back to this page, so the button names the site before it is
 * pressed.
 */
function useComposeTarget(services: UpdateServices): { current: ComposeTarget | null; refresh: () => void } {
  const [current, setCurrent] = useState<ComposeTarget | null>(null);
  const [refresh] = useState(() => () => {
    void services.composeTarget?.().then(setCurrent, () => setCurrent(null));
  });
  useEffect(() => {
    refresh();
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', onVisible);
    const unwatch = services.watchComposeTarget?.(refresh);
    return () => {
      unwatch?.();
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh, services]);
  return { current, refresh };
}
