/**
 * Splits a message into the sentences a rewrite works on. Offsets stay relative to the message, so a popup or
 * card can replace exactly one sentence. Linear in the length of the text.
 */

/** One sentence of a message. `text === message.slice(start, end)`. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/** Words after which a full stop does not end the sentence. */
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'eg',
  'ie',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'vs',
  'approx',
  'no',
  'nos',
  'fig',
  'inc',
  'ltd',
  'corp',
  'dept',
  'ext',
  'tel',
  'jan',
  'feb',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'tue',
  'tues',
  'thu',
  'thurs',
  'fri',
  'u.s',
  'u.k',
  'cf',
]);

/** A list marker at the start of a line: "- ", "* ", "• ", "1. ", "2) ". */
const BULLET = /^(?:[-*•‣◦–]\s+|\d{1,3}[.)]\s+|[a-z][.)]\s+(?=\p{Lu}))/u;

/** A line that soft-wraps into the next one (plain-text drafts wrapped at about 72 columns). */
const WRAP_WIDTH = 60;

function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, end).toLowerCase();
}

/** True when the full stop at `dot` closes an abbreviation or an initial ("e.g.", "Dr.", "J. Smith", "No. 5"). */
function isAbbreviation(text: string, dot: number, after: number): boolean {
  const before = wordBefore(text, dot).replace(/\.$/, '');
  if (before === 'no' || before === 'nos') return /^\s+\d/.test(text.slice(after, after + 3));
  if (ABBREVIATIONS.has(before)) return true;
  // "9 a.m." and "etc." often end a sentence: they do when a capital follows.
  if (before === 'a.m' || before === 'p.m' || before === 'etc') return !/^\s+\p{Lu}/u.test(text.slice(after, after + 3));
  // A single capital letter is an initial; a new sentence after it starts with a capital too, so require one.
  return /^\p{L}$/u.test(before) && /\p{Lu}/u.test(text[dot - 1]!) && /^\s+\p{Lu}/u.test(text.slice(after, after + 3));
}

function push(spans: SentenceSpan[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  const bullet = BULLET.exec(text.slice(start, Math.min(end, start + 8)));
  if (bullet && start + bullet[0].length < end) start += bullet[0].length;
  if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) spans.push({ start, end, text: text.slice(start, end) });
}

/** Splits `text` into sentences: at ".", "!", "?" followed by a new sentence, at blank lines and at line breaks. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      const line = text.slice(lineStart, i);
      const next = text.slice(i + 1, i + 3);
      const softWrap = line.length >= WRAP_WIDTH && !/[.!?:;,]\s*$/.test(line) && /^\p{Ll}/u.test(next);
      if (!softWrap) {
        push(spans, text, start, i);
        start = i + 1;
      }
      lineStart = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    // Take the whole run of marks and any closing quotes or brackets after them.
    let j = i + 1;
    while (j < text.length && /[.!?…]/.test(text[j]!)) j++;
    while (j < text.length && /["'”’)\]]/.test(text[j]!)) j++;
    if (j < text.length && !/\s/.test(text[j]!)) {
      i = j - 1;
      continue; // "v2.1", "10.0.0.1", "config.yaml", "Yahoo!Mail"
    }
    // "1. Moved DNS": a list number, not the end of a sentence.
    if (ch === '.' && j === i + 1 && /^\s*(?:\d{1,3}|[a-z])$/.test(text.slice(lineStart, i))) continue;
    // "Wait... it works": a trailing-off ellipsis ends a sentence only when a capital follows.
    if ((j - i > 1 || ch === '…') && !/^\s+["'“‘([]*[\p{Lu}\d]/u.test(text.slice(j, j + 4)) && j < text.length) {
      i = j - 1;
      continue;
    }
    if (ch === '.' && j === i + 1 && isAbbreviation(text, i, j)) {
      i = j - 1;
      continue;
    }
    push(spans, text, start, j);
    start = j;
    i = j - 1;
  }
  push(spans, text, start, text.length);
  return spans;
}

/** The sentence that holds `offset`, or null when the offset is between sentences. */
export function sentenceAt(text: string, offset: number): SentenceSpan | null {
  return splitSentences(text).find((s) => offset >= s.start && offset < s.end) ?? null;
}

/** The number of words in `text` (runs of letters or digits, with inner apostrophes and hyphens). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
