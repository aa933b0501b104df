/**
 * Finds the sentence around a mark, so "Use rewrite" knows which stretch of text a sentence rewrite
 * replaces. Punctuation and line breaks only: the language work belongs to the rewrite engine.
 */

export interface Span {
  start: number;
  end: number;
}

/** Sentence-final punctuation followed by a space, or a line break, ends a sentence. */
const MAX_SENTENCE = 2_000;

/**
 * The sentence holding [start, end): from after the previous sentence end (or line break) to the next
 * sentence end (included), without surrounding spaces. Bounded so a text with no punctuation stays cheap.
 */
export function sentenceAround(text: string, start: number, end: number): Span {
  const floor = Math.max(0, start - MAX_SENTENCE);
  let from = start;
  while (from > floor) {
    const c = text[from - 1]!;
    if (c === '\n') break;
    if (/\s/.test(c) && /[.!?]/.test(text[from - 2] ?? '') && !isAbbreviationEnd(text, from - 2)) break;
    from--;
  }
  const ceiling = Math.min(text.length, end + MAX_SENTENCE);
  let to = Math.max(end, from);
  while (to < ceiling) {
    const c = text[to]!;
    if (c === '\n') break;
    to++;
    if (/[.!?]/.test(c) && !isAbbreviationEnd(text, to - 1)) {
      // Closing quotes and brackets stay with the sentence.
      let close = to;
      while (close < text.length && /["')\]\u201d\u2019]/.test(text[close]!)) close++;
      if (close === text.length || /\s/.test(text[close]!)) {
        to = close;
        break;
      }
    }
  }
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return { start: from, end: to };
}

/** "e.g." and "i.e." do not end sentences; single capitals with a dot ("J. Smith") neither. */
function isAbbreviationEnd(text: string, dotIndex: number): boolean {
  if (text[dotIndex] !== '.') return false;
  const before = text.slice(Math.max(0, dotIndex - 4), dotIndex + 1).toLowerCase();
  if (/(^|\W)(e\.g|i\.e|etc|vs)\.$/.test(before)) return true;
  return /(^|\s)[A-Z]\.$/.test(text.slice(Math.max(0, dotIndex - 2), dotIndex + 1));
}
