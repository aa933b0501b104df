/**
 * The one tokenizer every part of the analysis shares: lexicon terms, phrase lists and the user's text are cut
 * the same way, so a term written "load-balancer" in the lexicon meets "load balancer" in a message.
 *
 * A token is a run of letters, combining marks, digits and underscores. Everything else (spaces, hyphens,
 * apostrophes, dots, slashes, emoji) lies in the gaps between tokens; a gap's *class* decides whether two
 * tokens may belong to one multi-word term. One native regex pass, no backtracking: linear on any input.
 */

/** One word-like run of the text. Offsets are UTF-16 indices into the text that was tokenized. */
export interface Token {
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  /** `text` in lower case: the key for case-insensitive lookups. */
  lower: string;
}

// Letters, marks (accents, combining), digits, connector punctuation (underscore). Linear: a single class run.
const TOKEN = /[\p{L}\p{M}\p{N}_]+/gu;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}_]$/u;

/**
 * Which characters are part of a word, for the scanner: 1 = yes, 2 = no, 0 = not looked up yet. ASCII is
 * filled at once; other Basic Multilingual Plane characters on first sight (the answer is the TOKEN class).
 */
const WORD_BMP = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) WORD_BMP[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 ? 1 : 2;
/** Astral code points (emoji, historic scripts, maths letters) seen so far. */
const WORD_ASTRAL = new Map<number, boolean>();

function isWordBmp(c: number): boolean {
  let known = WORD_BMP[c]!;
  if (known === 0) {
    // Lone surrogates are never word characters (the regex reads them as unpaired code units).
    known = c >= 0xd800 && c <= 0xdfff ? 2 : WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    WORD_BMP[c] = known;
  }
  return known === 1;
}

function isWordAstral(codePoint: number): boolean {
  let known = WORD_ASTRAL.get(codePoint);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(codePoint));
    if (WORD_ASTRAL.size < 4096) WORD_ASTRAL.set(codePoint, known);
  }
  return known;
}

/**
 * Length in UTF-16 units of the word character at `i` (1, or 2 for an astral one), or 0 when the character
 * there is not part of a word.
 */
function wordCharAt(text: string, i: number, length: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= length) return isWordBmp(c) ? 1 : 0;
  const d = text.charCodeAt(i + 1);
  if (d < 0xdc00 || d > 0xdfff) return 0;
  return isWordAstral(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) ? 2 : 0;
}

/** The regex form of `tokenize`, for a range starting inside a surrogate pair (where its rules are subtle). */
function tokenizeByRegex(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m !== null && m.index < to; m = TOKEN.exec(text)) {
    let word = m[0];
    if (m.index + word.length > to) word = word.slice(0, to - m.index);
    tokens.push({ start: m.index, end: m.index + word.length, text: word, lower: word.toLowerCase() });
  }
  return tokens;
}

/**
 * Cuts `text[from, to)` into tokens; offsets stay relative to `text`. A character scan with the same result as
 * the regex `[\p{L}\p{M}\p{N}_]+` (runs on every keystroke: no match objects, and no lower-casing of a token
 * that has no capitals).
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  return scan(text, from, to, null, null);
}

/** SHAPE_* bits: the kinds of character a token holds. */
export const SHAPE_DIGIT = 1;
export const SHAPE_CAPITAL = 2;
/** An underscore or any non-ASCII character. */
export const SHAPE_OTHER = 4;
/** A lower-case ASCII letter. */
export const SHAPE_LOWER = 8;
/** An ASCII capital after the token's first character ("eBay", "SSO"); SHAPE_CAPITAL is set as well. */
export const SHAPE_INNER_CAPITAL = 16;

/**
 * `tokenize(text)`, and per token: in `hashes` the `hashWord` of its lower case, in `shapes` its SHAPE_* bits,
 * both taken during the scan (the word index is looked up by the hash, so no token string is hashed again; the
 * shapes let the technical-token check pass over plain lower-case words).
 */
export function tokenizeHashed(text: string, hashes: number[], shapes: number[]): Token[] {
  return scan(text, 0, text.length, hashes, shapes);
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over a word's UTF-16 units, never 0 (a hash table may use 0 for an empty slot). */
export function hashWord(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
  return hash | 1;
}

/** The SHAPE_* bits of a token's text. */
function shapeOf(word: string): number {
  let shape = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) shape |= SHAPE_DIGIT;
    else if (c >= 65 && c <= 90) shape |= i ? SHAPE_CAPITAL | SHAPE_INNER_CAPITAL : SHAPE_CAPITAL;
    else if (c >= 97 && c <= 122) shape |= SHAPE_LOWER;
    else if (c === 95 || c >= 128) shape |= SHAPE_OTHER;
  }
  return shape;
}

function scan(text: string, from: number, to: number, hashes: number[] | null, shapes: number[] | null): Token[] {
  const length = text.length;
  if (from > 0 && from < length) {
    const c = text.charCodeAt(from);
    const before = text.charCodeAt(from - 1);
    if (c >= 0xdc00 && c <= 0xdfff && before >= 0xd800 && before <= 0xdbff) {
      const tokens = tokenizeByRegex(text, from, to);
      if (hashes) for (const token of tokens) hashes.push(hashWord(token.lower));
      if (shapes) for (const token of tokens) shapes.push(shapeOf(token.text));
      return tokens;
    }
  }
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // Skip what is not a word; ASCII is decided by the table alone.
    if (c < 128 ? WORD_BMP[c] !== 1 : wordCharAt(text, i, length) === 0) {
      i++;
      continue;
    }
    const start = i;
    // Only capitals and non-ASCII letters need lower-casing; the hash of an ASCII word is taken as it is read.
    let shape = 0;
    let hash = FNV_OFFSET;
    for (;;) {
      const d = text.charCodeAt(i);
      if (d < 128) {
        if (WORD_BMP[d] !== 1) break;
        if (d >= 97) {
          shape |= SHAPE_LOWER;
          hash = Math.imul(hash ^ d, FNV_PRIME);
        } else {
          if (d >= 65 && d <= 90) {
            shape |= i > start ? SHAPE_CAPITAL | SHAPE_INNER_CAPITAL : SHAPE_CAPITAL;
            hash = Math.imul(hash ^ (d + 32), FNV_PRIME);
          } else {
            shape |= d === 95 ? SHAPE_OTHER : SHAPE_DIGIT;
            hash = Math.imul(hash ^ d, FNV_PRIME);
          }
        }
        i++;
      } else {
        const width = wordCharAt(text, i, length);
        if (width === 0) break;
        shape |= SHAPE_OTHER;
        i += width;
      }
      if (i >= length) break;
    }
    const end = i > to ? to : i;
    const word = text.slice(start, end);
    const lower = shape & (SHAPE_CAPITAL | SHAPE_OTHER) ? word.toLowerCase() : word;
    tokens.push({ start, end, text: word, lower });
    if (end !== i) shape = shapeOf(word);
    if (hashes) hashes.push(shape & SHAPE_OTHER || end !== i ? hashWord(lower) : hash | 1);
    if (shapes) shapes.push(shape);
  }
  return tokens;
}

/** The gap between two tokens when only spaces or a hyphen separate them: both count as the same joint. */
export const SPACE_GAP = ' ';
/** An apostrophe, straight or curly ("we're", "we’re"). */
export const APOSTROPHE_GAP = "'";

const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const APOSTROPHES = new Set(["'", '\u2019', '\u2018', '\u02BC']);

/** Longest gap worth classifying; anything longer never joins two tokens of one term. */
const MAX_JOINING_GAP = 4;

/**
 * Classifies the text between two tokens: `' '` for whitespace (at most one line break) or one hyphen,
 * `"'"` for one apostrophe, the gap itself for other short joints ("/", ".", "&"), or `null` when the gap
 * cannot join two words of one term (a sentence end, a blank line, a long run of symbols).
 */
export function gapClass(text: string, start: number, end: number): string | null {
  const length = end - start;
  if (length === 1) {
    const c = text[start]!;
    if (c === ' ' || HYPHENS.has(c)) return SPACE_GAP;
    if (APOSTROPHES.has(c)) return APOSTROPHE_GAP;
    if (c === '\t' || c === '\n' || c === '\u00A0' || c === '\r') return SPACE_GAP;
    return c;
  }
  if (length <= 0 || length > MAX_JOINING_GAP) return null;
  let newlines = 0;
  let allSpace = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) newlines++;
    else if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0) {
      allSpace = false;
      break;
    }
  }
  if (allSpace) return newlines <= 1 ? SPACE_GAP : null;
  if (length === 2) {
    // Punctuation and a space (", " ". " ") "): decided by character codes, as the general rules below would.
    const a = text.charCodeAt(start);
    const b = text.charCodeAt(start + 1);
    if (a < 128 && b < 128) {
      const spaceA = a === 32 || (a >= 9 && a <= 13);
      const spaceB = b === 32 || (b >= 9 && b <= 13);
      if (!spaceA && !spaceB) return text.slice(start, end);
      if (spaceA && spaceB) return null;
      const other = spaceA ? b : a;
      return other === 47 ? '/' : other === 38 ? '&' : other === 43 ? '+' : null;
    }
  }
  const gap = text.slice(start, end);
  // "load - balancer" is not a compound; "TCP / IP" is as good as "TCP/IP".
  const trimmed = gap.trim();
  if (trimmed.length === 1 && !HYPHENS.has(trimmed) && !APOSTROPHES.has(trimmed) && /[/&+]/.test(trimmed)) return trimmed;
  return gap.length <= 2 && !/\s/.test(gap) ? gap : null;
}

/**
 * The class of the gap before each token (`gapClass`), worked out once for every walk through a token list;
 * index 0 (no gap before the first token) is null.
 */
export function gapClasses(text: string, tokens: readonly Token[]): (string | null)[] {
  const gaps: (string | null)[] = [];
  if (tokens.length) gaps.push(null);
  for (let k = 1; k < tokens.length; k++) {
    const start = tokens[k - 1]!.end;
    const end = tokens[k]!.start;
    // One space: by far the most common gap.
    gaps.push(end - start === 1 && text.charCodeAt(start) === 32 ? SPACE_GAP : gapClass(text, start, end));
  }
  return gaps;
}

/**
 * The canonical form of a phrase for allow lists and ids: lower case, every joint reduced to its gap class,
 * a trailing possessive dropped. "Load-Balancer's" and "load balancer" both become "load balancer".
 */
export function normalizePhrase(phrase: string): string {
  const tokens = tokenize(phrase);
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (i > 0) {
      const gap = gapClass(phrase, tokens[i - 1]!.end, token.start) ?? SPACE_GAP;
      if (gap === APOSTROPHE_GAP && token.lower === 's' && i === tokens.length - 1) break;
      out += gap;
    }
    out += token.lower;
  }
  return out;
}
