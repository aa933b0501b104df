/**
 * What to write instead, in plain words, for each thing the lexicon schema can refuse: the entry form shows it
 * beside the field, and an import names the row or entry and the field with it. The schema's own messages
 * ("must not be empty", "Invalid key: Expected …") say what is wrong to a developer; these say what to do.
 */
import { AUDIENCES, CATEGORIES, EntrySchema } from '../lexicon/schema.ts';

/** The longest plain wording, in words: it replaces the term in a sentence, so it must read as a drop-in. */
export const MAX_PLAIN_WORDS = 8;

/** The category an entry gets when none is given: most terms people add are the names of their own systems. */
export const DEFAULT_CATEGORY = 'products' as const;

/** Words in a phrase, as the plain-wording limit counts them (hyphenated words count once). */
export function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** The message for a plain wording that is too long to stand where the term stood. */
export function plainTooLong(words: number): string {
  return `This is ${words} words; keep it to ${MAX_PLAIN_WORDS} or fewer, so it reads well where the term stood. Put the longer explanation under “Explanation”.`;
}

/** The fields an entry may have: any other key is a typo. */
const TOP_FIELDS: ReadonlySet<string> = new Set(Object.keys(EntrySchema.entries));

/**
 * What to write instead, for a schema message about a field (`term`, `plain`, `outcomes.board`, `(entry)`…).
 * A message it does not know is returned as it came, shortened.
 */
export function whatToWrite(field: string, message: string): string {
  const [top, sub] = field.split('.');
  const empty = /must not be empty|needs at least one|Invalid type: Expected string but received undefined/i.test(message);
  const tooLong = /must be at most (\d+) characters/.exec(message);
  if (tooLong) return `Keep it to ${tooLong[1]} characters or fewer.`;
  switch (top) {
    case 'term':
      return empty ? 'Write the term as IT people write it, for example “Active Directory”.' : message;
    case 'plain':
      return empty
        ? 'Write how you would say it to a colleague outside IT, for example “the staff directory”.'
        : /Invalid type/i.test(message)
          ? 'Write the plain wording as text; separate several with “|” in a spreadsheet, or one per line in the form.'
          : message;
    case 'category':
      return `Write one of: ${CATEGORIES.join(', ')} (or leave it empty for “${DEFAULT_CATEGORY}”).`;
    case 'severity':
      return 'Write low, medium or high (or leave it empty for medium).';
    case 'explanation':
      return empty ? 'Write one sentence a newcomer understands, or leave it empty for the default.' : message;
    case 'id':
      if (/duplicates/.test(message))
        return `Another entry in the file has this id (${message.replace(/^duplicates the id of /, '')}): give each entry its own id.`;
      return 'Use lower-case words joined by hyphens, like “active-directory”, or leave it empty to make one from the term.';
    case 'benefit':
    case 'outcomes':
      if (/punctuation/.test(message)) return 'Leave off the final full stop: the phrase follows “…, so that”.';
      if ((empty || /received undefined/.test(message)) && sub)
        return 'Fill in all four audiences, or leave all four empty to use the category’s outcomes.';
      if (/Invalid key/i.test(message)) return `Use the audiences ${AUDIENCES.join(', ')}, each a phrase that follows “…, so that”.`;
      return empty ? 'Write a phrase that follows “…, so that”, or leave it empty.' : message;
    case 'added':
      return 'Write the date the term was allowed, like “2026-12-01T09:00:00.000Z”, as the template does.';
    case 'analogies':
      return 'Use the ids of analogies this extension knows, or leave it empty.';
    case 'variants':
    case 'exceptions':
      if (/Invalid type/i.test(message)) return 'Write a list of phrases; separate them with “|” in a spreadsheet.';
      return message;
    default:
      if (top && !TOP_FIELDS.has(top) && /Invalid key/i.test(message))
        return `“${top}” is not a field this extension knows; remove it, or check its spelling.`;
      return message;
  }
}

/** How a person names each field in a message. */
const FIELD_WORDS: Record<string, string> = {
  id: 'id',
  term: 'term',
  variants: 'variants (other spellings)',
  category: 'category',
  severity: 'severity',
  plain: 'plain wording',
  explanation: 'explanation',
  benefit: 'benefit',
  outcomes: 'outcomes',
  analogies: 'analogies',
  exceptions: 'exceptions',
  why: 'why',
  reason: 'reason',
  schemaVersion: 'schemaVersion',
};

/** Line and column (from 1) of a character offset in `text`. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/**
 * One import problem in plain words: where (the entry or row, by number and term, or the file), the field, and
 * what to write instead. `text` is the file's text, to turn JSON's character positions into line and column.
 */
export function issueInWords(issue: { where: string; field: string; message: string }, text?: string): string {
  const { where, field, message } = issue;
  if (where === 'file') {
    if (/is not valid JSON/.test(message)) {
      const position = /position (\d+)/.exec(message);
      const at = position && text !== undefined ? lineAndColumn(text, Number(position[1])) : undefined;
      const near = at ? ` near line ${at.line}, column ${at.column}` : '';
      const ended = /end of (JSON )?input|Unterminated/i.test(message)
        ? ' it ends too early, so a closing bracket or quote is missing.'
        : '';
      return `The file is not valid JSON${near}:${ended || ' check for a missing comma, quote or bracket there.'} Or start again from the template.`;
    }
    if (/is too large/.test(message)) return `The file ${message.replace(/^is /, 'is ')}. Split it into smaller files.`;
    if (field === 'schemaVersion' && /newer/.test(message))
      return `The file says "schemaVersion": ${/\d+/.exec(message)?.[0]}, a newer lexicon format than this version of the extension reads: update the extension, or export the file again as version 2.`;
    if (field === 'schemaVersion' || /schemaVersion/.test(message))
      return 'The file does not say which lexicon format it uses: write "schemaVersion": 2 at the top, as the template does.';
    if (field === '(whole)') return /^(is|has|was|does|must)\b/.test(message) ? `The file ${message}` : message;
    const top = field.split(/[.[]/)[0]!;
    if (!TOP_FILE_FIELDS.has(top) && /Invalid key/i.test(message))
      return `The file has “${top}”, which a lexicon file does not; the file holds "schemaVersion", "entries" and "allow". Remove it, or check its spelling.`;
    if (/Invalid type/i.test(message)) return `In the file, “${top}” must be a list in square brackets [ ], as the template shows.`;
    return `In the file, ${field}: ${message}`;
  }
  const entry = /^(entries|allow|analogies)\[(\d+)\](?: "(.*)")?$/.exec(where);
  if (entry) {
    const [, list, index, name] = entry;
    const noun = list === 'allow' ? 'Allowed term' : list === 'analogies' ? 'Analogy' : 'Entry';
    const top = field.split(/[.[]/)[0]!;
    const line = /\[(\d+)\]/.exec(field);
    const sub = /\.(\w+)/.exec(field)?.[1];
    const words =
      field === '(whole)'
        ? 'the entry'
        : `“${FIELD_WORDS[top] ?? top}${sub ? ` ${sub}` : ''}”${line ? `, line ${Number(line[1]) + 1}` : ''}`;
    return `${noun} ${Number(index) + 1}${name ? ` (“${name}”)` : ''}, ${words}: ${inFile(whatToWrite(field.replace(/\[\d+\]/, ''), message)).replace(/entries\[(\d+)\]/g, (_m, n: string) => `entry ${Number(n) + 1}`)}`;
  }
  if (where === 'The sheet') return field === '(whole)' ? `The sheet ${message}` : `The sheet’s ${field} ${message}`;
  return `${where}, ${field}: ${message}`;
}

/** A file's entry gets no defaults (a form and a sheet do): drop the advice to leave a field empty. */
const inFile = (advice: string) => advice.replace(/,? or leave it empty for the default| \(or leave it empty[^)]*\)/g, '');

const TOP_FILE_FIELDS = new Set(['schemaVersion', 'entries', 'analogies', 'allow']);
