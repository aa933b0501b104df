/**
 * The one schema for lexicon data: built-in files, a user's own entries, an organisation's policy lexicon
 * and import/export files all pass through `parseLexiconFile`. Versioned so stored data can be migrated.
 */
import * as v from 'valibot';

/** Bump when the stored shape changes, and add a step to `migrateLexiconFile`. */
export const SCHEMA_VERSION = 2;

export const CATEGORIES = [
  'infrastructure',
  'networking',
  'security',
  'end-user',
  'cloud',
  'delivery',
  'data',
  'service-management',
  'architecture',
  'metrics',
  'products',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** How strongly a finding is worth the writer's attention. */
export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Who the message is for; each audience hears a different outcome. */
export const AUDIENCES = ['board', 'executive', 'manager', 'staff'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The audience outcomes speak to until the user picks another: the executive team reads most IT updates. */
export const DEFAULT_AUDIENCE: Audience = 'executive';

/** How each audience is named: `short` on a selector ("Board"), `long` inside a sentence ("for the board"). */
export const AUDIENCE_LABELS: Readonly<Record<Audience, { short: string; long: string }>> = {
  board: { short: 'Board', long: 'the board' },
  executive: { short: 'Executives', long: 'executives' },
  manager: { short: 'Managers', long: 'department managers' },
  staff: { short: 'Staff', long: 'staff' },
};

const text = (max: number) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max, `must be at most ${max} characters`));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'), v.maxLength(80));

/**
 * Outcome phrases complete a sentence that starts "…, so that": a clause in lower case with no final
 * punctuation, e.g. "email stays available when the office loses power".
 */
const outcomeClause = v.pipe(
  text(240),
  v.check((s) => !/[.!?]$/.test(s), 'must not end with punctuation: it completes "…, so that"'),
);

export const OutcomesSchema = v.strictObject({
  board: outcomeClause,
  executive: outcomeClause,
  manager: outcomeClause,
  staff: outcomeClause,
});

/** Cue words that tell an ambiguous term's IT sense from its ordinary one (see the entry's `sense`). */
export const SenseSchema = v.strictObject({
  /**
   * Words or phrases near the term that show the IT sense: "web" and "down" for "server", "security" for "patch".
   * Empty: the term is meant in its IT sense wherever no ordinary cue stands ("firewall").
   */
  it: v.optional(v.pipe(v.array(text(60)), v.maxLength(80)), []),
  /** Words or phrases near the term that show the ordinary sense: "restaurant" and "tips" for "server". */
  ordinary: v.optional(v.pipe(v.array(text(60)), v.maxLength(80)), []),
});

export const EntrySchema = v.strictObject({
  id,
  /** The main spelling, as IT people write it. */
  term: text(80),
  /** Other spellings, the acronym and the expansion. All-caps forms always match case-sensitively. */
  variants: v.optional(v.pipe(v.array(text(80)), v.maxLength(40)), []),
  /** Match every form case-sensitively (product names that are also ordinary words: "Exchange", "Teams"). */
  caseSensitive: v.optional(v.boolean(), false),
  /** Do not generate plural or verb forms (product names, protocols). */
  noInflect: v.optional(v.boolean(), false),
  /**
   * Which forms to generate: `noun` (plural only: "server" → "servers"), `verb` (verb forms only: "roll back"
   * → "rolled back") or `both` ("patch" → "patches", "patched", "patching"). Unset: guessed when compiled.
   * Set `noun` for words whose verb forms are ordinary English ("network" → "networking event").
   */
  inflectAs: v.optional(v.picklist(['noun', 'verb', 'both'], 'must be noun, verb or both')),
  category: v.picklist(CATEGORIES, 'must be one of: ' + CATEGORIES.join(', ')),
  severity: v.picklist(SEVERITIES, 'must be low, medium or high'),
  /** Plain phrases a newcomer understands; the first is the default replacement. */
  plain: v.pipe(v.array(text(120)), v.minLength(1, 'needs at least one plain phrase'), v.maxLength(10)),
  /** One sentence a newcomer understands. */
  explanation: text(400),
  /** What it does for people; completes "…, so that". */
  benefit: v.optional(outcomeClause),
  /** The business result for each audience; each completes "…, so that". */
  outcomes: v.optional(OutcomesSchema),
  /** Analogy ids. */
  analogies: v.optional(v.pipe(v.array(id), v.maxLength(10)), []),
  /** Phrases where the word is ordinary ("patch of grass"); a match inside one is not flagged. */
  exceptions: v.optional(v.pipe(v.array(text(120)), v.maxLength(40)), []),
  /** Why a reader stumbles on it. */
  why: v.optional(text(400)),
  /** Built-in entries switched off by the user are kept, not deleted. */
  disabled: v.optional(v.boolean(), false),
  /**
   * Set for a term that is also an ordinary word (server, host, patch, cache, migrate, deploy, cluster): it is
   * marked only where the text around it is about IT. Cue words near the term decide either way; without a cue,
   * the IT terms around it do (in its sentence, then in the message).
   */
  sense: v.optional(SenseSchema),
  /**
   * The reader knows this word (email, password, Office 365, website): it is never marked, but it still tells
   * that a message is about IT, and a rewrite can still say what a change to it gives the reader.
   */
  familiar: v.optional(v.boolean()),
  /**
   * A product or service name people use (Exchange, SharePoint, Duo, AnyConnect): a rewrite keeps the name and
   * adds the `gloss` after it where it helps, rather than replacing it with the plain phrase.
   */
  name: v.optional(v.boolean()),
  /** For a name: what it is, as a phrase that can follow the name after a comma ("the app that connects you to the office network"). */
  gloss: v.optional(text(100)),
});
export type LexiconEntry = v.InferOutput<typeof EntrySchema>;
export type LexiconEntryInput = v.InferInput<typeof EntrySchema>;

export const AnalogySchema = v.strictObject({
  id,
  title: text(80),
  /** Two sentences in everyday terms. */
  explanation: text(400),
  fits: v.strictObject({
    terms: v.optional(v.array(id), []),
    categories: v.optional(v.array(v.picklist(CATEGORIES)), []),
  }),
});
export type Analogy = v.InferOutput<typeof AnalogySchema>;

export const AllowEntrySchema = v.strictObject({
  term: text(80),
  reason: v.optional(v.pipe(v.string(), v.maxLength(200)), ''),
  /** ISO date the term was allowed. */
  added: v.pipe(v.string(), v.isoTimestamp('must be an ISO timestamp')),
});
export type AllowEntry = v.InferOutput<typeof AllowEntrySchema>;

/** Largest lexicon file accepted, in entries. */
export const MAX_ENTRIES = 20_000;

export const LexiconFileSchema = v.strictObject({
  schemaVersion: v.literal(
    SCHEMA_VERSION,
    `must be the number ${SCHEMA_VERSION} (files saved by earlier versions say 1, which is read too)`,
  ),
  entries: v.optional(v.pipe(v.array(EntrySchema), v.maxLength(MAX_ENTRIES, `must hold at most ${MAX_ENTRIES} entries`)), []),
  analogies: v.optional(v.pipe(v.array(AnalogySchema), v.maxLength(2_000)), []),
  allow: v.optional(v.pipe(v.array(AllowEntrySchema), v.maxLength(MAX_ENTRIES)), []),
});
export type LexiconFile = v.InferOutput<typeof LexiconFileSchema>;

/** One thing wrong with a lexicon file, said so a person can find and fix it. */
export interface LexiconIssue {
  /** e.g. `entries[3] "kubernetes"`, or `file` for the whole file. */
  where: string;
  /** e.g. `outcomes.board`. */
  field: string;
  message: string;
}

export type ParseResult = { ok: true; value: LexiconFile } | { ok: false; issues: LexiconIssue[] };

/** Upgrades older stored files to the current version; unknown versions are rejected by the schema. */
export function migrateLexiconFile(data: unknown): unknown {
  const file = data as { schemaVersion?: unknown };
  // 1 → 2: entries gained the optional `sense`, `familiar`, `name` and `gloss`; a version 1 file is valid as it is.
  if (file.schemaVersion === 1) return { ...file, schemaVersion: 2 };
  return data;
}

function describeIssue(data: unknown, issue: v.BaseIssue<unknown>): LexiconIssue {
  const path = issue.path ?? [];
  const keys = path.map((p) => (p as { key: unknown }).key);
  let where = 'file';
  let fieldKeys = keys;
  if ((keys[0] === 'entries' || keys[0] === 'analogies' || keys[0] === 'allow') && typeof keys[1] === 'number') {
    const list = (data as Record<string, unknown[]>)[keys[0] as string];
    const item = list?.[keys[1]] as { id?: unknown; term?: unknown } | undefined;
    const name = typeof item?.id === 'string' ? item.id : typeof item?.term === 'string' ? item.term : undefined;
    where = `${keys[0]}[${keys[1]}]${name ? ` "${name}"` : ''}`;
    fieldKeys = keys.slice(2);
  }
  const field =
    fieldKeys
      .map((k) => (typeof k === 'number' ? `[${k}]` : String(k)))
      .join('.')
      .replace(/\.\[/g, '[') || '(whole)';
  return { where, field, message: shortIssueMessage(issue.message) };
}

/**
 * An issue's message, cut to a readable length. valibot's messages quote the value received, so a 100,000-character
 * string where a list belongs made a 100,000-character error (found by tests/unit/trust/hostile-lexicon.test.ts).
 */
export function shortIssueMessage(message: string, max = 160): string {
  return message.length > max ? `${message.slice(0, max)}…` : message;
}

/** Checks across entries that one entry alone cannot: duplicate ids, terms and variants. */
function findDuplicates(file: LexiconFile): LexiconIssue[] {
  const issues: LexiconIssue[] = [];
  const ids = new Map<string, number>();
  const forms = new Map<string, string>();
  file.entries.forEach((entry, i) => {
    const where = `entries[${i}] "${entry.id}"`;
    if (ids.has(entry.id)) issues.push({ where, field: 'id', message: `duplicates the id of entries[${ids.get(entry.id)}]` });
    else ids.set(entry.id, i);
    for (const form of [entry.term, ...entry.variants]) {
      const key = form.toLowerCase();
      const owner = forms.get(key);
      if (owner !== undefined && owner !== entry.id)
        issues.push({ where, field: 'variants', message: `"${form}" is already a term or variant of "${owner}"` });
      else forms.set(key, entry.id);
    }
  });
  const analogyIds = new Set<string>();
  file.analogies.forEach((a, i) => {
    if (analogyIds.has(a.id)) issues.push({ where: `analogies[${i}] "${a.id}"`, field: 'id', message: 'duplicates another analogy id' });
    analogyIds.add(a.id);
  });
  return issues;
}

/** Validates and migrates any lexicon data. Never throws; the issues name the entry and field at fault. */
export function parseLexiconFile(data: unknown): ParseResult {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      issues: [{ where: 'file', field: '(whole)', message: 'must be a JSON object with "schemaVersion" and "entries"' }],
    };
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    return {
      ok: false,
      issues: [
        {
          where: 'file',
          field: 'schemaVersion',
          message: `version ${version} is newer than this extension understands (${SCHEMA_VERSION})`,
        },
      ],
    };
  }
  const migrated = migrateLexiconFile(data);
  const result = v.safeParse(LexiconFileSchema, migrated, { abortPipeEarly: true });
  if (!result.success) {
    return { ok: false, issues: result.issues.slice(0, 50).map((issue) => describeIssue(migrated, issue)) };
  }
  const duplicates = findDuplicates(result.output);
  return duplicates.length ? { ok: false, issues: duplicates.slice(0, 50) } : { ok: true, value: result.output };
}

/** Parses JSON text as a lexicon file, with a clear message for text that is not JSON or is too large. */
export function parseLexiconJson(json: string, maxBytes = 10 * 1024 * 1024): ParseResult {
  if (json.length > maxBytes) {
    return {
      ok: false,
      issues: [
        {
          where: 'file',
          field: '(whole)',
          message: `is too large (${Math.round(json.length / 1024)} KB; the limit is ${Math.round(maxBytes / 1024)} KB)`,
        },
      ],
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, issues: [{ where: 'file', field: '(whole)', message: `is not valid JSON: ${(error as Error).message}` }] };
  }
  return parseLexiconFile(data);
}

/** A one-line description of an issue for messages and the command line. */
export function formatIssue(issue: LexiconIssue): string {
  return `${issue.where}, ${issue.field}: ${issue.message}`;
}
