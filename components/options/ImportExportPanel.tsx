/**
 * Export the user's entries and allow list as one JSON file, or the entries' common fields as a CSV sheet; a
 * template to start from; import either with a preview of what would be added, changed and removed, a choice of
 * merge or replace, and a confirm. A file with problems is refused with every problem in plain words (the entry
 * or row, the field, what to write instead), and nothing stored changes.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { LexiconFile, LexiconIssue } from '../../lexicon/schema.ts';
import { issueInWords } from '../../extension/issue-words.ts';
import { csvFileName, exportCsv, readImportCsv } from '../../extension/lexicon-csv.ts';
import {
  exportFileName,
  exportJson,
  MAX_IMPORT_BYTES,
  planImport,
  readImportFile,
  templateJson,
  type ImportMode,
  type ImportPlan,
  type UserLexicon,
} from '../../extension/lexicon-transfer.ts';
import { ImportPreview } from './ImportPreview.tsx';
import { plural } from './labels.ts';

export interface ImportExportPanelProps {
  user: UserLexicon;
  /** Stores a confirmed plan; rejects, having stored nothing, when it cannot. */
  onImport: (plan: ImportPlan, expected: UserLexicon) => Promise<void>;
  /** Saves the export; defaults to a download through an object URL. */
  onExport?: (fileName: string, json: string) => void;
}

type Loaded = { name: string; file: LexiconFile };
type Problem = { title: string; issues: LexiconIssue[]; text?: string };

function download(fileName: string, content: string) {
  const type = fileName.endsWith('.csv') ? 'text/csv' : 'application/json';
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ImportExportPanel({ user, onImport, onExport = download }: ImportExportPanelProps) {
  const [loaded, setLoaded] = useState<Loaded>();
  const [problem, setProblem] = useState<Problem>();
  const [mode, setMode] = useState<ImportMode>('merge');
  const [importing, setImporting] = useState<string>();
  const busy = importing !== undefined;
  const [done, setDone] = useState<string>();
  const fileInputRef = useRef<HTMLInputElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  const planned = useMemo(() => (loaded ? planImport(user, loaded.file, mode) : undefined), [loaded, user, mode]);

  function reset() {
    setLoaded(undefined);
    if (fileInputRef.current) fileInputRef.current.value = '';
  }

  function refuse(title: string, issues: LexiconIssue[], text?: string) {
    setProblem({ title, issues, text });
    reset();
    queueMicrotask(() => problemRef.current?.focus());
  }

  async function choose(event: Event) {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    setProblem(undefined);
    setDone(undefined);
    setLoaded(undefined);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      refuse(`“${file.name}” was not imported`, [
        {
          where: 'file',
          field: '(whole)',
          message: `is too large (${Math.round(file.size / 1024)} KB; the limit is ${MAX_IMPORT_BYTES / 1024} KB)`,
        },
      ]);
      return;
    }
    const text = await file.text();
    // A sheet by its name or, failing that, by not starting as a JSON file does.
    const isCsv = /\.(csv|txt)$/i.test(file.name) || (!/\.json$/i.test(file.name) && !/^\s*[{[]/.test(text.replace(/^\uFEFF/, '')));
    const result = isCsv ? readImportCsv(text, user) : readImportFile(text);
    if (!result.ok) refuse(`“${file.name}” was not imported`, result.issues, text);
    else setLoaded({ name: file.name, file: result.file });
  }

  async function confirm() {
    if (!planned?.ok || !loaded) return;
    const { plan } = planned;
    const name = loaded.name;
    // The preview goes as the import starts: the lexicon it describes is about to change under it.
    setLoaded(undefined);
    setImporting(name);
    try {
      await onImport(plan, user);
      setDone(
        `Imported “${name}”. You now have ${plural(plan.result.entries.length, 'entry', 'entries')} and ${plural(plan.result.allow.length, 'allowed term', 'allowed terms')}.`,
      );
      reset();
    } catch (error) {
      refuse('Nothing was imported', [
        { where: 'file', field: '(whole)', message: error instanceof Error ? error.message : String(error) },
      ]);
    } finally {
      setImporting(undefined);
    }
  }

  return (
    <div class="bl-transfer">
      <section class="bl-card" aria-labelledby="bl-export-title">
        <h2 id="bl-export-title" class="bl-options__h2">
          Export
        </h2>
        <p class="bl-options__muted">
          Your {plural(user.entries.length, 'entry', 'entries')} and {plural(user.allow.length, 'allowed term', 'allowed terms')}, as one
          JSON file in the lexicon format; or your entries as a spreadsheet (CSV) with the columns term, variants, plain, explanation,
          category and severity. Built-in and organisation entries are not included.
        </p>
        <div class="bl-transfer__actions">
          <button type="button" class="bl-button" onClick={() => onExport(exportFileName(), exportJson(user))}>
            Download my lexicon
          </button>
          <button type="button" class="bl-button" onClick={() => onExport(csvFileName(), exportCsv(user))}>
            Download as CSV
          </button>
        </div>
      </section>

      <section class="bl-card" aria-labelledby="bl-import-title">
        <h2 id="bl-import-title" class="bl-options__h2">
          Import
        </h2>
        <p class="bl-options__muted">
          Choose a lexicon file (.json) or a spreadsheet saved as CSV, its first row naming the columns (term and plain at least). You will
          see what changes before anything is saved.{' '}
          <button type="button" class="bl-link" onClick={() => onExport('business-lens-lexicon-template.json', templateJson())}>
            Download a template
          </button>
        </p>
        <div class="bl-field">
          <label class="bl-field__label" for="bl-import-file">
            Lexicon file (.json or .csv)
          </label>
          <input
            id="bl-import-file"
            ref={fileInputRef}
            class="bl-file"
            type="file"
            accept=".json,.csv,application/json,text/csv"
            onChange={(e) => void choose(e)}
            disabled={busy}
          />
        </div>

        {importing && (
          <p class="bl-options__muted" role="status">
            Importing “{importing}”…
          </p>
        )}
        {done && (
          <p class="bl-options__success" role="status">
            {done}
          </p>
        )}

        {problem && (
          <div class="bl-options__error-box" role="alert" tabIndex={-1} ref={problemRef} data-testid="import-error">
            <p>
              <strong>{problem.title}</strong>
              {problem.issues.length > 1 ? ` — ${problem.issues.length} problems:` : ':'}
            </p>
            <ul>
              {problem.issues.map((issue, i) => (
                <li key={i}>{issueInWords(issue, problem.text)}</li>
              ))}
            </ul>
            <p class="bl-options__muted">Your lexicon has not changed.</p>
          </div>
        )}

        {loaded && planned && (
          <ImportPreview
            fileName={loaded.name}
            planned={planned}
            mode={mode}
            onModeChange={setMode}
            onConfirm={() => void confirm()}
            onCancel={reset}
            busy={busy}
          />
        )}
      </section>
    </div>
  );
}
