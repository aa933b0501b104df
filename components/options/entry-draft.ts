/**
 * The entry form's working copy: every field as the text the user typed, lists one item per line. Converting
 * to an entry drops blank lines and leaves empty optional fields out, so the schema sees what the user meant.
 */
import { AUDIENCES, type Audience, type Category, type LexiconEntry, type LexiconEntryInput, type Severity } from '../../lexicon/schema.ts';
import { idFromTerm } from '../../extension/entry-validation.ts';
import { DEFAULT_CATEGORY } from '../../extension/issue-words.ts';

export interface EntryDraft {
  id: string;
  /** True once the user typed an id; until then it follows the term. */
  idEdited: boolean;
  term: string;
  variants: string;
  category: Category | '';
  severity: Severity;
  plain: string;
  explanation: string;
  benefit: string;
  outcomes: Record<Audience, string>;
  analogies: string[];
  exceptions: string;
  why: string;
  caseSensitive: boolean;
  noInflect: boolean;
  disabled: boolean;
}

/** A new entry's draft: a term and a plain wording are all it needs; the rest starts at its default. */
export function emptyDraft(term = ''): EntryDraft {
  return {
    id: '',
    idEdited: false,
    term,
    variants: '',
    category: DEFAULT_CATEGORY,
    severity: 'medium',
    plain: '',
    explanation: '',
    benefit: '',
    outcomes: { board: '', executive: '', manager: '', staff: '' },
    analogies: [],
    exceptions: '',
    why: '',
    caseSensitive: false,
    noInflect: false,
    disabled: false,
  };
}

export function draftFromEntry(entry: LexiconEntry): EntryDraft {
  return {
    id: entry.id,
    idEdited: true,
    term: entry.term,
    variants: entry.variants.join('\n'),
    category: entry.category,
    severity: entry.severity,
    plain: entry.plain.join('\n'),
    explanation: entry.explanation,
    benefit: entry.benefit ?? '',
    outcomes: entry.outcomes ? { ...entry.outcomes } : { board: '', executive: '', manager: '', staff: '' },
    analogies: [...entry.analogies],
    exceptions: entry.exceptions.join('\n'),
    why: entry.why ?? '',
    caseSensitive: entry.caseSensitive,
    noInflect: entry.noInflect,
    disabled: entry.disabled,
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The explanation an entry gets when the user writes none. */
export function defaultExplanation(term: string): string {
  return `Readers outside IT may not know what “${term.trim()}” means.`;
}

/**
 * An id made from the term that no other of the user's entries has: "project-falcon", else "project-falcon-2"…
 * `taken` holds the ids of the user's other entries.
 */
export function uniqueIdFor(term: string, taken: ReadonlySet<string>): string {
  const base = idFromTerm(term) || 'entry';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * The draft as schema input. Outcomes are left out only when all four are blank: half a set is an error to
 * show. An empty category or explanation takes its default; the id is made from the term unless the entry
 * already has one (`taken`: the ids of the user's other entries).
 */
export function draftToInput(draft: EntryDraft, taken: ReadonlySet<string> = new Set()): LexiconEntryInput {
  const anyOutcome = AUDIENCES.some((a) => draft.outcomes[a].trim());
  const input: Record<string, unknown> = {
    id: draft.idEdited ? draft.id.trim() : uniqueIdFor(draft.term, taken),
    term: draft.term,
    variants: lines(draft.variants),
    category: draft.category || DEFAULT_CATEGORY,
    severity: draft.severity,
    plain: lines(draft.plain),
    explanation: draft.explanation.trim() || defaultExplanation(draft.term.trim() || 'this term'),
    analogies: draft.analogies,
    exceptions: lines(draft.exceptions),
    caseSensitive: draft.caseSensitive,
    noInflect: draft.noInflect,
    disabled: draft.disabled,
  };
  if (draft.benefit.trim()) input.benefit = draft.benefit;
  if (anyOutcome) input.outcomes = { ...draft.outcomes };
  if (draft.why.trim()) input.why = draft.why;
  return input as LexiconEntryInput;
}
