/**
 * What to write instead, in plain words, for each thing the lexicon schema can refuse: the entry form shows it
 * beside the field, and an import names the row or entry and the field with it. The schema's own messages
 * ("must not be empty", "Invalid key: Expected …") say what is wrong to a developer; these say what to do.
 */
import { AUDIENCES, CATEGORIES } from '../lexicon/schema.ts';

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

const TOP_FIELDS = new Set([
  'id',
  'term',
  'variants',
  'category',
  'severity',
  'plain',
  'explanation',
  'benefit',
  'outcomes',
  'analogies',
  'exceptions',
  'why',
  'caseSensitive',
  'noInflect',
  'disabled',
  'inflectAs',
  'sense',
  'familiar',
  'name',
  'gloss',
]);

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
      return 'Use lower-case words joined by hyphens, like “active-directory”, or leave it empty to make one from the term.';
    case 'benefit':
    case 'outcomes':
      if (/punctuation/.test(message)) return 'Leave off the final full stop: the phrase follows “…, so that”.';
      if (empty && sub) return 'Fill in all four audiences, or leave all four empty to use the category’s outcomes.';
      if (/Invalid key/i.test(message)) return `Use the audiences ${AUDIENCES.join(', ')}, each a phrase that follows “…, so that”.`;
      return empty ? 'Write a phrase that follows “…, so that”, or leave it empty.' : message;
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
