/**
 * The worksheet as the popup runs it: which sentence it starts from, the prefilled columns and the user's edits
 * to them, the composed sentence, and putting it into the message: in place of the sentence it was built from, or
 * (for the whole message) at the cursor. The columns always belong to the choice shown: when the choice changes,
 * whether the user picked another or the message changed under it, the columns start again from its prefill.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AUDIENCE_LABELS, type Audience } from '../../lexicon/schema.ts';
import type { SentenceSpan } from '../../lexicon/analyze/sentences.ts';
import { Worksheet, type WorksheetColumns } from '../Worksheet.tsx';
import type { ApplyOutcome } from '../../compose/types.ts';
import { WHOLE_MESSAGE, type PopupRewrites, type WorksheetSource } from './rewrites.ts';

export interface WorksheetPanelProps {
  rewrites: PopupRewrites;
  audience: Audience;
  /** Replaces `target` with the sentence, or inserts it at the cursor when there is no target. Undoable in the page. */
  onInsert: (sentence: string, target?: SentenceSpan) => Promise<ApplyOutcome>;
  /** Logs a win for the "Your update" page: the sentence as it stands, or the worksheet's feature and benefit. */
  onLogWin?: (win: { what: string; benefit?: string }) => Promise<ApplyOutcome>;
  onOpenUpdate?: () => void;
}

const KEYS = ['feature', 'benefit', 'outcome'] as const;

export function WorksheetPanel({ rewrites, audience, onInsert, onLogWin, onOpenUpdate }: WorksheetPanelProps) {
  const choices = useMemo(() => rewrites.worksheetChoices(), [rewrites]);
  /** The chosen sentence, and where it was in the list: when it goes (replaced), the one after it takes its place. */
  const [chosen, setChosen] = useState<{ id: string; index: number }>(() => ({ id: choices[0]?.id ?? WHOLE_MESSAGE, index: 0 }));
  const found = choices.findIndex((c) => c.id === chosen.id);
  const selectedIndex = found >= 0 ? found : Math.max(0, Math.min(chosen.index, choices.length - 1));
  const selectedId = choices[selectedIndex]?.id ?? WHOLE_MESSAGE;
  const source = useMemo(() => rewrites.worksheet(selectedId), [rewrites, selectedId]);
  const [columns, setColumns] = useState<WorksheetColumns>(source.columns);
  const [notice, setNotice] = useState<{ tone: 'error' | 'info'; text: string } | undefined>();
  const [busy, setBusy] = useState(false);
  const [logged, setLogged] = useState<{ tone: 'error' | 'info'; text: string } | undefined>();
  const previousRef = useRef<{ id: string; source: WorksheetSource }>({ id: selectedId, source });

  useEffect(() => {
    const before = previousRef.current;
    previousRef.current = { id: selectedId, source };
    if (before.source === source) return;
    if (before.id !== selectedId) {
      // Another sentence: its own columns, never the last one's edits.
      if (chosen.id !== selectedId) setChosen({ id: selectedId, index: selectedIndex });
      setColumns(source.columns);
      return;
    }
    // The same sentence, prefilled again (another audience, the message changed elsewhere): columns the user has not
    // touched follow the prefill; columns the user edited keep their words.
    setColumns((current) => {
      const next = { ...current };
      for (const key of KEYS) if (current[key] === before.source.columns[key]) next[key] = source.columns[key];
      return next;
    });
  }, [source, selectedId, selectedIndex, chosen.id]);

  const composed = useMemo(() => {
    try {
      return rewrites.compose(source, columns);
    } catch {
      return { text: '', missingFacts: [], problems: ['The columns could not be made into a sentence.'] };
    }
  }, [rewrites, source, columns]);

  const warnings = [
    ...(composed.missingFacts.length ? [`The sentence no longer says: ${composed.missingFacts.join(', ')}.`] : []),
    ...composed.problems,
  ];

  async function insert() {
    setBusy(true);
    const result = await onInsert(composed.text, source.target);
    setBusy(false);
    setNotice(
      result.ok
        ? {
            tone: 'info',
            text: source.target
              ? 'Replaced the sentence. Press Ctrl+Z in the message to undo.'
              : 'Inserted at the cursor. Press Ctrl+Z in the message to undo.',
          }
        : { tone: 'error', text: result.reason },
    );
  }

  return (
    <>
      <Worksheet
        choices={choices}
        selectedId={selectedId}
        onSelect={(id) => {
          setChosen({
            id,
            index: Math.max(
              0,
              choices.findIndex((c) => c.id === id),
            ),
          });
          setNotice(undefined);
        }}
        columns={columns}
        onColumnsChange={(next) => {
          setColumns(next);
          setNotice(undefined);
        }}
        composed={composed.text}
        audienceLabel={AUDIENCE_LABELS[audience].long}
        busy={busy}
        notice={notice}
        insertMode={source.target ? 'replace' : 'insert'}
        onReset={() => {
          setColumns(source.columns);
          setNotice(undefined);
        }}
        onInsert={() => void insert()}
      />
      {onLogWin && (
        <div class="bl-worksheet__log" role="group" aria-label="Log as a win">
          <button
            type="button"
            class="bl-button bl-button--small"
            disabled={!source.original.trim()}
            onClick={() =>
              void onLogWin({ what: source.original }).then((result) =>
                setLogged(
                  result.ok ? { tone: 'info', text: 'Logged as a win, without a why yet.' } : { tone: 'error', text: result.reason },
                ),
              )
            }
          >
            Log sentence as a win
          </button>
          <button
            type="button"
            class="bl-button bl-button--small"
            disabled={!columns.feature.trim()}
            onClick={() =>
              void onLogWin({ what: columns.feature, benefit: columns.benefit.trim() || columns.outcome }).then((result) =>
                setLogged(
                  result.ok ? { tone: 'info', text: 'Logged as a win, with its benefit.' } : { tone: 'error', text: result.reason },
                ),
              )
            }
          >
            Log worksheet as a win
          </button>
          {logged && (
            <p role="status" class={logged.tone === 'error' ? 'bl-field__error' : 'bl-popup__privacy'}>
              {logged.text}{' '}
              {logged.tone === 'info' && onOpenUpdate && (
                <button type="button" class="bl-link" onClick={onOpenUpdate}>
                  Open Your update
                </button>
              )}
            </p>
          )}
        </div>
      )}
      {warnings.length ? (
        <ul class="bl-worksheet__warnings" aria-label="Check before inserting">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
