/**
 * Export and import of the user's lexicon: one JSON file in the versioned lexicon schema holding the user's
 * entries and allow list. Pure: reading, checking and planning an import happen here; writing it is
 * lexicon-store.ts's job, and happens only after the user has seen the plan and confirmed.
 */
import {
  parseLexiconJson,
  SCHEMA_VERSION,
  type AllowEntry,
  type LexiconEntry,
  type LexiconFile,
  type LexiconIssue,
} from '../lexicon/schema.ts';

/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** The user's part of the lexicon, as stored. */
export interface UserLexicon {
  entries: LexiconEntry[];
  allow: AllowEntry[];
  /** The stored revision this copy was read at, when read from storage (see user-lexicon.ts). */
  revision?: number;
}

export type ImportMode = 'merge' | 'replace';

/** What an import would do, shown to the user before anything is stored. */
export interface ImportPlan {
  mode: ImportMode;
  /** The user's lexicon after the import. */
  result: UserLexicon;
  added: LexiconEntry[];
  changed: Array<{ before: LexiconEntry; after: LexiconEntry }>;
  removed: LexiconEntry[];
  unchanged: number;
  allowAdded: AllowEntry[];
  allowRemoved: AllowEntry[];
  /** Analogies in the file: user analogies are not kept, so the preview says they are skipped. */
  skippedAnalogies: number;
}

/**
 * Plans made by `planImport` in this page. Their entries were validated when the file was read, and the user's
 * were validated when stored, so the store may write them without checking every entry a second time (that
 * second pass would double the time a 5,000-entry import takes). Anything else is checked in full.
 */
const plannedHere = new WeakSet<ImportPlan>();

/** True for a plan `planImport` made and nobody has changed since. */
export function isCheckedPlan(plan: ImportPlan): boolean {
  return (
    plannedHere.has(plan) && Object.isFrozen(plan.result) && Object.isFrozen(plan.result.entries) && Object.isFrozen(plan.result.allow)
  );
}

export type ReadResult = { ok: true; file: LexiconFile } | { ok: false; issues: LexiconIssue[] };

/** The export file for the user's lexicon, in the current schema version. */
export function buildExportFile(lexicon: UserLexicon): LexiconFile {
  return { schemaVersion: SCHEMA_VERSION, entries: lexicon.entries, analogies: [], allow: lexicon.allow };
}

/** The export file as text: stable key order and indentation, so two exports of the same lexicon diff cleanly. */
export function exportJson(lexicon: UserLexicon): string {
  return JSON.stringify(buildExportFile(lexicon), null, 2) + '\n';
}

/** A file name that sorts by date: business-lens-lexicon-2026-11-22.json. */
export function exportFileName(now = new Date()): string {
  return `business-lens-lexicon-${now.toISOString().slice(0, 10)}.json`;
}

/** Checks an allow list for the same term twice, which the schema alone cannot see. */
function findDuplicateAllows(allow: readonly AllowEntry[]): LexiconIssue[] {
  const seen = new Map<string, number>();
  const issues: LexiconIssue[] = [];
  allow.forEach((item, i) => {
    const key = item.term.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) issues.push({ where: `allow[${i}] "${item.term}"`, field: 'term', message: `duplicates allow[${first}]` });
    else seen.set(key, i);
  });
  return issues;
}

/**
 * Reads an import file's text. Bad JSON, the wrong schema or version, duplicates and oversized files all come
 * back as issues naming the entry and field, never as an exception.
 */
export function readImportFile(json: string, maxBytes = MAX_IMPORT_BYTES): ReadResult {
  const parsed = parseLexiconJson(json, maxBytes);
  if (!parsed.ok) return parsed;
  const duplicates = findDuplicateAllows(parsed.value.allow);
  if (duplicates.length) return { ok: false, issues: duplicates.slice(0, 50) };
  return { ok: true, file: parsed.value };
}

/** Entries compared by content, whatever the key order they were written in. */
function sameEntry(a: LexiconEntry, b: LexiconEntry): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/**
 * Works out what importing `file` into `current` would do. Merge keeps the user's other entries and replaces
 * those with the same id; replace makes the file the user's whole lexicon. A merge that would leave two of the
 * user's entries claiming the same spelling is refused, naming the file's entry.
 */
export function planImport(
  current: UserLexicon,
  file: LexiconFile,
  mode: ImportMode,
): { ok: true; plan: ImportPlan } | { ok: false; issues: LexiconIssue[] } {
  const currentById = new Map(current.entries.map((entry) => [entry.id, entry]));
  const incomingIds = new Set(file.entries.map((entry) => entry.id));
  const added: LexiconEntry[] = [];
  const changed: ImportPlan['changed'] = [];
  let unchanged = 0;
  for (const entry of file.entries) {
    const before = currentById.get(entry.id);
    if (!before) added.push(entry);
    else if (sameEntry(before, entry)) unchanged++;
    else changed.push({ before, after: entry });
  }

  let entries: LexiconEntry[];
  let removed: LexiconEntry[] = [];
  if (mode === 'replace') {
    entries = file.entries;
    removed = current.entries.filter((entry) => !incomingIds.has(entry.id));
  } else {
    const kept = current.entries.filter((entry) => !incomingIds.has(entry.id));
    // A kept entry and an incoming one must not claim the same spelling.
    const keptForms = new Map<string, string>();
    for (const entry of kept) for (const form of [entry.term, ...entry.variants]) keptForms.set(form.toLowerCase(), entry.id);
    const issues: LexiconIssue[] = [];
    file.entries.forEach((entry, i) => {
      for (const form of [entry.term, ...entry.variants]) {
        const owner = keptForms.get(form.toLowerCase());
        if (owner)
          issues.push({
            where: `entries[${i}] "${entry.id}"`,
            field: form === entry.term ? 'term' : 'variants',
            message: `"${form}" is already a term or variant of your entry "${owner}"; rename one, or import with Replace`,
          });
      }
    });
    if (issues.length) return { ok: false, issues: issues.slice(0, 50) };
    entries = [...kept, ...file.entries];
  }

  const currentAllow = new Map(current.allow.map((item) => [item.term.toLowerCase(), item]));
  const incomingAllow = new Map(file.allow.map((item) => [item.term.toLowerCase(), item]));
  const allowAdded = file.allow.filter((item) => !currentAllow.has(item.term.toLowerCase()));
  let allow: AllowEntry[];
  let allowRemoved: AllowEntry[] = [];
  if (mode === 'replace') {
    allow = file.allow;
    allowRemoved = current.allow.filter((item) => !incomingAllow.has(item.term.toLowerCase()));
  } else {
    // Merging keeps the date the user first allowed a term.
    allow = [...current.allow, ...allowAdded];
  }

  const plan: ImportPlan = {
    mode,
    // Frozen so a checked plan cannot be changed between the preview and the write.
    result: Object.freeze({ entries: Object.freeze(entries) as LexiconEntry[], allow: Object.freeze(allow) as AllowEntry[] }),
    added,
    changed,
    removed,
    unchanged,
    allowAdded,
    allowRemoved,
    skippedAnalogies: file.analogies.length,
  };
  plannedHere.add(plan);
  return { ok: true, plan };
}

/**
 * A file to start from: the lexicon format with one entry holding only what an entry needs (the id, term,
 * category, severity, plain wording and explanation), one with the common optional fields, and an allowed term.
 * Importing it as it is adds those examples; people replace them with their own.
 */
export function templateJson(now = new Date()): string {
  const file = {
    schemaVersion: SCHEMA_VERSION,
    entries: [
      {
        id: 'project-falcon',
        term: 'Project Falcon',
        category: 'products',
        severity: 'medium',
        plain: ['the new ordering system'],
        explanation: 'Project Falcon is the system the sales team now uses to take orders.',
      },
      {
        id: 'sd-wan',
        term: 'SD-WAN',
        variants: ['software-defined WAN'],
        category: 'infrastructure',
        severity: 'high',
        plain: ['the links between our offices', 'our office network'],
        explanation: 'The network that joins our offices to each other and to the internet.',
        outcomes: {
          board: 'every office stays connected when one line fails',
          executive: 'calls and systems keep working at every site',
          manager: 'your team can work from any office without slowdowns',
          staff: 'you can work from any office at full speed',
        },
      },
    ],
    allow: [{ term: 'Kanban', reason: 'everyone here knows it', added: now.toISOString() }],
  };
  return JSON.stringify(file, null, 2) + '\n';
}
