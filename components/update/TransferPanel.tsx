/**
 * Export and import of wins, as JSON (the whole record, for another browser) or CSV (for a spreadsheet). An import
 * is read and checked in full first: any problem is named by row or win and field, and nothing stored changes.
 */
import { useState } from 'preact/hooks';
import { parseWinsCsv, parseWinsFile, winsFile, winsToCsv, type Win, type WinIssue } from '../../lexicon/update/index.ts';

/** Largest file read: far above 5,000 wins of CSV or JSON. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export interface TransferPanelProps {
  wins: readonly Win[];
  now: () => Date;
  newId: () => string;
  onImport: (wins: Win[], mode: 'merge' | 'replace') => Promise<void>;
  /** Saves a file for the user (a download); injected so tests can read what would be saved. */
  save: (name: string, type: string, text: string) => void;
}

/** Reads an import file's text as CSV or JSON (by its name, then by its first character). */
export function readWinsImport(name: string, text: string, fill: { newId: () => string; now: string }) {
  const isJson = /\.json$/i.test(name) || (!/\.csv$/i.test(name) && /^\s*[[{]/.test(text));
  if (!isJson) return parseWinsCsv(text, fill);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      ok: false as const,
      issues: [{ where: 'file', field: '(whole)', message: `is not valid JSON (${(error as Error).message.slice(0, 120)})` }],
    };
  }
  return parseWinsFile(data);
}

export function TransferPanel({ wins, now, newId, onImport, save }: TransferPanelProps) {
  const [pending, setPending] = useState<{ name: string; wins: Win[] } | null>(null);
  const [issues, setIssues] = useState<WinIssue[]>([]);
  const [status, setStatus] = useState('');
  const stamp = () => now().toISOString().slice(0, 10);

  async function choose(file: File | undefined) {
    setStatus('');
    setIssues([]);
    setPending(null);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setIssues([
        { where: 'file', field: '(whole)', message: `is ${(file.size / 1024 / 1024).toFixed(1)} MB; the largest accepted is 10 MB` },
      ]);
      return;
    }
    const result = readWinsImport(file.name, await file.text(), { newId, now: now().toISOString() });
    if (!result.ok) setIssues(result.issues);
    else if (result.wins.length === 0) setIssues([{ where: 'file', field: '(whole)', message: 'holds no wins' }]);
    else setPending({ name: file.name, wins: result.wins });
  }

  async function apply(mode: 'merge' | 'replace') {
    if (!pending) return;
    try {
      await onImport(pending.wins, mode);
      setStatus(`Imported ${pending.wins.length} ${pending.wins.length === 1 ? 'win' : 'wins'} from ${pending.name}.`);
      setPending(null);
    } catch (error) {
      setIssues([
        { where: 'file', field: '(whole)', message: `could not be stored: ${error instanceof Error ? error.message : String(error)}` },
      ]);
    }
  }

  const existing = new Set(wins.map((w) => w.id));
  const replacing = pending ? pending.wins.filter((w) => existing.has(w.id)).length : 0;

  return (
    <div class="bl-update__transfer">
      <div class="bl-update__actions">
        <button
          type="button"
          class="bl-button"
          disabled={!wins.length}
          onClick={() => save(`business-lens-wins-${stamp()}.json`, 'application/json', JSON.stringify(winsFile(wins), null, 2))}
        >
          Export JSON
        </button>
        <button
          type="button"
          class="bl-button"
          disabled={!wins.length}
          onClick={() => save(`business-lens-wins-${stamp()}.csv`, 'text/csv', winsToCsv(wins))}
        >
          Export CSV
        </button>
        <label class="bl-button bl-file">
          Import JSON or CSV…
          <input
            type="file"
            class="bl-visually-hidden"
            accept=".json,.csv,application/json,text/csv"
            onChange={(e) => {
              const input = e.currentTarget;
              void choose(input.files?.[0]).finally(() => (input.value = ''));
            }}
          />
        </label>
      </div>
      {issues.length > 0 && (
        <div role="alert" class="bl-options__error-box">
          <p>
            <strong>Nothing was imported.</strong> Fix {issues.length === 1 ? 'this' : 'these'} and try again:
          </p>
          <ul>
            {issues.map((i, n) => (
              <li key={n}>
                {i.where}
                {i.field !== '(whole)' ? `, ${i.field}` : ''}: {i.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {pending && (
        <div class="bl-options__confirm" role="group" aria-label="Import preview">
          <p>
            {pending.name}: {pending.wins.length} {pending.wins.length === 1 ? 'win' : 'wins'}
            {replacing ? `, ${replacing} of them already stored (the file’s version replaces them)` : ''}.
          </p>
          <button type="button" class="bl-button bl-button--primary bl-button--small" onClick={() => void apply('merge')}>
            Add to my wins
          </button>
          <button type="button" class="bl-button bl-button--danger bl-button--small" onClick={() => void apply('replace')}>
            Replace all my wins
          </button>
          <button type="button" class="bl-button bl-button--small" onClick={() => setPending(null)}>
            Cancel
          </button>
        </div>
      )}
      {status && (
        <p role="status" class="bl-options__success">
          {status}
        </p>
      )}
    </div>
  );
}
