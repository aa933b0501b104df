/**
 * What the text around an edit must look like for the edit to read as English: the joins between the old text
 * and the new. Pure string work, shared by `fitReplacement` (which adjusts an edit until its joins are clean) and
 * anyone who wants to check a text after an edit.
 */
import { articleFor } from '../rewrite/articles.ts';

/** A letter or digit. */
export const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /[ \t\u00a0]/;
const SENTENCE_END = /[.!?…]/;
/** Quotes and brackets that may open a sentence before its first word. */
const OPENING = /["'“‘([{]/;
/** Punctuation that never follows a space ("done ." or "us , and"). */
const TIGHT_PUNCTUATION = /[.,;:!?…)\]}]/;

export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && SPACE.test(ch);
}

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/**
 * Whether a word at `offset` would start a sentence: only spaces and opening quotes or brackets lie between it and
 * the start of the text, a line break, or a full stop, question or exclamation mark.
 */
export function startsSentence(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && (isSpace(text[i]) || OPENING.test(text[i]!))) i--;
  if (i < 0 || text[i] === '\n' || text[i] === '\r') return true;
  if (!SENTENCE_END.test(text[i]!)) return false;
  // "e.g." and "i.e." end no sentence; a full stop after a one-letter word rarely does.
  if (text[i] === '.' && isWordChar(text[i - 1]) && !isWordChar(text[i - 2])) return false;
  // A full stop must be followed by a space to end a sentence ("v2.1", "config.yaml").
  return isSpace(text[i + 1]) || text[i + 1] === '\n' || OPENING.test(text[i + 1] ?? '');
}

/** The word that ends just before `offset` (letters, digits, inner apostrophes and hyphens), with where it starts. */
export function wordBefore(text: string, offset: number): { word: string; start: number } | null {
  let end = offset;
  while (end > 0 && isSpace(text[end - 1])) end--;
  let start = end;
  while (start > 0 && (isWordChar(text[start - 1]) || (/['’-]/.test(text[start - 1]!) && isWordChar(text[start - 2])))) start--;
  return start < end ? { word: text.slice(start, end), start } : null;
}

/** The word that starts at or after `offset` (after spaces), with where it starts and ends. */
export function wordAfter(text: string, offset: number): { word: string; start: number; end: number } | null {
  let start = offset;
  while (start < text.length && isSpace(text[start])) start++;
  let end = start;
  while (end < text.length && (isWordChar(text[end]) || (/['’-]/.test(text[end]!) && isWordChar(text[end + 1])))) end++;
  return end > start ? { word: text.slice(start, end), start, end } : null;
}

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/**
 * What is wrong at the joins of `text` around `[start, end)` (the part just written): two spaces, a space before a
 * full stop or comma, no space between a sentence's end and a word, the same word twice, "a" before a vowel sound
 * or "an" before a consonant, a sentence that starts in lower case, or punctuation left hanging at a sentence's
 * start. Empty when the joins read cleanly. Only the joins are judged: what the writer wrote elsewhere is theirs.
 */
export function joinProblems(text: string, start: number, end: number): string[] {
  const problems: string[] = [];
  for (const at of start === end ? [start] : [start, end]) {
    const before = text[at - 1];
    const after = text[at];
    if (isSpace(before) && isSpace(after)) problems.push('two spaces');
    else if (isSpace(before) && after !== undefined && TIGHT_PUNCTUATION.test(after) && at > 1 && !isSpace(text[at - 2]))
      problems.push(`a space before "${after}"`);
    else if (before !== undefined && /[.!?,;:]/.test(before) && isWordChar(after) && !/[\d]/.test(after!) && isWordChar(text[at - 2]))
      problems.push(`no space after "${before}"`);
    else if (isWordChar(before) && isWordChar(after)) problems.push('two words run together');
    if (before !== undefined && /[,;:]/.test(before) && after !== undefined && /[.,;:!?]/.test(after)) problems.push(`"${before}${after}"`);
    const left = wordBefore(text, at);
    const right = wordAfter(text, at);
    if (left && right && left.start < at && right.start >= at && same(left.word, right.word) && !/^\d+$/.test(left.word))
      problems.push(`"${right.word}" twice`);
    if (left && right && right.start >= at && /^an?$/i.test(left.word) && articleFor(right.word) !== 'either') {
      if (articleFor(right.word) !== left.word.toLowerCase()) problems.push(`"${left.word} ${right.word}"`);
    }
  }
  // The sentence the edit starts, or runs into, begins with a capital and with no stray comma.
  const firstWord = wordAfter(text, start);
  if (firstWord && firstWord.start <= Math.max(end, start) && startsSentence(text, firstWord.start) && /^\p{Ll}/u.test(firstWord.word))
    problems.push(`"${firstWord.word}" starts a sentence in lower case`);
  let k = start;
  while (k < text.length && isSpace(text[k])) k++;
  if (/[,;:.]/.test(text[k] ?? '') && startsSentence(text, k)) problems.push(`a sentence starts with "${text[k]}"`);
  return problems;
}
