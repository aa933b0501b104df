/**
 * The worksheet as the popup runs it: which sentence it starts from, the prefilled columns and the user's edits
 * to them, the composed sentence, and inserting it into the message.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AUDIENCE_LABELS, type Audience } from '../../lexicon/schema.ts';
import { Worksheet, type WorksheetColumns } from '../Worksheet.tsx';
import type { ApplyOutcome } from '../../compose/types.ts';
import { WHOLE_MESSAGE, type PopupRewrites } from './rewrites.ts';

export interface WorksheetPanelProps {
  rewrites: PopupRewrites;
  audience: Audience;
  onInsert: (sentence: string) => Promise<ApplyOutcome>;
}

const KEYS = ['feature', 'benefit', 'outcome'] as const;

export function WorksheetPanel({ rewrites, audience, onInsert }: WorksheetPanelProps) {
  const choices = useMemo(() => rewrites.worksheetChoices(), [rewrites]);
  const [chosen, setChosen] = useState<string>(() => choices[0]?.id ?? WHOLE_MESSAGE);
  const selectedId = choices.some((c) => c.id === chosen) ? chosen : (choices[0]?.id ?? WHOLE_MESSAGE);
  const source = useMemo(() => rewrites.worksheet(selectedId), [rewrites, selectedId]);
  const [columns, setColumns] = useState<WorksheetColumns>(source.columns);
  const [notice, setNotice] = useState<{ tone: 'error' | 'info'; text: string } | undefined>();
  const [busy, setBusy] = useState(false);
  const previousRef = useRef(source);

  // When the prefill changes (another sentence, another audience, the message changed), columns the user has
  // not touched follow it; columns the user edited keep their words.
  useEffect(() => {
    const before = previousRef.current;
    previousRef.current = source;
    if (before === source) return;
    setColumns((current) => {
      const next = { ...current };
      for (const key of KEYS) if (current[key] === before.columns[key]) next[key] = source.columns[key];
      return next;
    });
  }, [source]);

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
    const result = await onInsert(composed.text);
    setBusy(false);
    setNotice(
      result.ok
        ? { tone: 'info', text: 'Inserted at the cursor. Press Ctrl+Z in the message to undo.' }
        : { tone: 'error', text: result.reason },
    );
  }

  return (
    <>
      <Worksheet
        choices={choices}
        selectedId={selectedId}
        onSelect={(id) => {
          setChosen(id);
          setNotice(undefined);
          // A new starting point means new columns: drop edits made for the old one.
          setColumns(rewrites.worksheet(id).columns);
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
        onReset={() => {
          setColumns(source.columns);
          setNotice(undefined);
        }}
        onInsert={() => void insert()}
      />
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
