/**
 * One paragraph, prepared once for every check: prose masked (URLs, addresses, code), tokens, sentences and
 * the lexicon terms in it. Checks read this and never re-tokenize. All offsets are relative to the paragraph.
 */
import { findTermsIn, wordIndex, type CompiledLexicon, type LexiconMatch } from '../match/matcher.ts';
import { findInlineSkips, maskRanges } from './regions.ts';
import { gapClasses, SHAPE_CAPITAL, SHAPE_LOWER, SHAPE_OTHER, tokenizeHashed, type Token } from '../match/tokenize.ts';
import type { TokenView } from '../match/trie.ts';
import type { WordInfo } from '../match/word-index.ts';
import { evidenceKey, findEvidence, ORDINARY_SENSE } from './context.ts';

/** One sentence of a paragraph: characters `[start, end)` (final punctuation included), tokens `[firstToken, endToken)`. */
export interface Sentence {
  start: number;
  end: number;
  firstToken: number;
  endToken: number;
}

/** A paragraph ready for the checks. */
export interface PreparedUnit extends TokenView {
  /** The paragraph as written. */
  text: string;
  /** `text` with URLs, email addresses and code replaced by spaces; same length, same offsets. */
  masked: string;
  tokens: Token[];
  /** Each token's SHAPE_* bits (tokenize.ts): digits, capitals, other characters than lower-case ASCII. */
  shapes: number[];
  /** The class of the gap before each token, for walks through the tokens (see `gapClasses`). */
  gaps: (string | null)[];
  /** Each token's entry in the lexicon's word index (see lexicon/match/word-index.ts), or undefined. */
  info: (WordInfo | undefined)[];
  /** The OR of the tokens' word-index flags: a list whose bit is missing has nothing to find here. */
  flags: number;
  sentences: Sentence[];
  /** Lexicon terms, longest first, without overlaps. */
  terms: LexiconMatch[];
  /** Number of words (tokens containing a letter). */
  words: number;
  /** Where the paragraph shows it is about IT: token indices, in order (see ./context.ts). */
  evidence: number[];
  /** What that evidence is, each once: entry ids and context words. */
  evidenceKeys: string[];
}

/** Abbreviations after which a full stop does not end the sentence when a lower-case word follows. */
const ABBREVIATIONS = new Set([
  'e',
  'g',
  'i',
  'etc',
  'vs',
  'approx',
  'incl',
  'esp',
  'eg',
  'ie',
  'cf',
  'al',
  'ca',
  'min',
  'max',
  'no',
  'nos',
  'fig',
  'dept',
  'est',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
]);
/** Titles never end a sentence ("Dr. Patel"). */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'mt']);

const HAS_LETTER = /\p{L}/u;
const STARTS_LOWER = /^\p{Ll}/u;
const STARTS_DIGIT = /^\d/;
/** Opening quotes and brackets stay with the sentence they open: `"We moved…"`. */
const OPENING = /["'“‘([{]/;
/** A list marker at the start of a paragraph: "1." "12)" "a." "b)". */
const LIST_NUMBER = /^(?:\d{1,3}|[a-z])$/;

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
}

/**
 * Where the gap between tokens `k-1` and `k` ends a sentence, or -1 when it does not. The sentence ends after
 * its final punctuation and closing quotes (before the space after them), or at a line break. It ends after
 * . ! ? … followed by a space (unless an abbreviation, a title or "No." before a number precedes it, or a
 * trailing-off ellipsis runs on in lower case), and at a line break unless the next line goes on in lower case.
 */
function boundaryIn(text: string, tokens: readonly Token[], k: number): number {
  const prev = tokens[k - 1]!;
  const next = tokens[k]!;
  const start = prev.end;
  const end = next.start;
  if (end - start === 1) {
    const c = text.charCodeAt(start);
    // One space, hyphen or apostrophe joins; one newline ends the sentence unless the line runs on.
    return c === 10 && !STARTS_LOWER.test(next.text) ? start : -1;
  }
  let punct = false;
  let dots = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (!STARTS_LOWER.test(next.text) || punct) return i;
    } else if (c === 46 || c === 33 || c === 63 || c === 0x2026) {
      punct = true;
      dots += c === 0x2026 ? 2 : c === 46 ? 1 : 0;
    } else if (punct && (c === 32 || c === 9 || c === 0xa0)) {
      const lower = prev.lower;
      const afterDot = text.charCodeAt(start) === 46;
      if (TITLES.has(lower)) return -1;
      if (afterDot && STARTS_LOWER.test(next.text) && (ABBREVIATIONS.has(lower) || prev.text.length === 1)) return -1;
      if (afterDot && (lower === 'no' || lower === 'nos') && STARTS_DIGIT.test(next.text)) return -1;
      // "Sorry for the delay… it was a small change": a trailing-off ellipsis runs on in lower case.
      if (dots >= 2 && STARTS_LOWER.test(next.text)) return -1;
      return i;
    }
  }
  return -1;
}

/** Is token 0 a list marker ("1.", "a)") followed by the item's words? */
function leadingListMarker(text: string, tokens: readonly Token[]): boolean {
  if (tokens.length < 2 || !LIST_NUMBER.test(tokens[0]!.text)) return false;
  const after = tokens[0]!.end;
  const c = text.charCodeAt(after);
  return (c === 46 || c === 41) && isSpaceCode(text.charCodeAt(after + 1));
}

/**
 * Where a sentence whose first token starts at `first` begins: opening quotes and brackets before it, and text
 * masked as not prose (a URL, an address, code), are part of it; a list marker or a dash is not.
 */
function sentenceStart(original: string, masked: string, floor: number, first: number): number {
  let start = first;
  for (let i = first - 1; i >= floor; i--) {
    const c = original.charCodeAt(i);
    if (isSpaceCode(c)) continue;
    if (OPENING.test(original[i]!) || masked.charCodeAt(i) !== c) start = i;
    else break;
  }
  return start;
}

/** Where a sentence that ends at or before `limit` ends: its last character that is not a space. */
function sentenceEnd(original: string, floor: number, limit: number): number {
  let end = limit;
  while (end > floor && isSpaceCode(original.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * Splits a paragraph's tokens into sentences. `text` is the paragraph as tokenized (masked); `original` is the
 * paragraph as written, which a sentence's span covers: from its opening quote (or a URL it starts with) to its
 * final punctuation and closing quotes. Every part of Business Lens that speaks of "the sentence" (the card, the
 * popup, the worksheet, the rewrite engine) uses these spans, so they all mean the same words.
 */
export function splitSentences(text: string, tokens: readonly Token[], original: string = text): Sentence[] {
  const sentences: Sentence[] = [];
  if (!tokens.length) return sentences;
  let first = 0;
  let floor = 0;
  if (leadingListMarker(text, tokens)) {
    first = 1;
    floor = tokens[0]!.end + 1;
  }
  for (let k = first + 1; k <= tokens.length; k++) {
    const boundary = k < tokens.length ? boundaryIn(text, tokens, k) : original.length;
    if (boundary < 0) continue;
    const firstToken = tokens[first]!;
    const start = sentenceStart(original, text, floor, firstToken.start);
    const end = sentenceEnd(original, tokens[k - 1]!.end, boundary);
    sentences.push({ start, end, firstToken: first, endToken: k });
    first = k;
    floor = boundary;
  }
  return sentences;
}

/** Prepares a paragraph: masks what is not prose, tokenizes, splits sentences and finds lexicon terms. */
export function prepareUnit(text: string, lexicon: CompiledLexicon): PreparedUnit {
  const masked = maskRanges(text, findInlineSkips(text));
  const hashes: number[] = [];
  const shapes: number[] = [];
  const tokens = tokenizeHashed(masked, hashes, shapes);
  const index = wordIndex(lexicon);
  const info: (WordInfo | undefined)[] = [];
  let flags = 0;
  let words = 0;
  for (let k = 0; k < tokens.length; k++) {
    // One lookup per token serves the lexicon and every check's lists.
    const known = index.getHashed(tokens[k]!.lower, hashes[k]!);
    info.push(known);
    if (known) flags |= known.flags;
    // A word holds a letter: the shape tells for ASCII tokens; others ask the regex.
    const shape = shapes[k]!;
    if (shape & (SHAPE_LOWER | SHAPE_CAPITAL)) words++;
    else if (shape & SHAPE_OTHER && HAS_LETTER.test(tokens[k]!.text)) words++;
  }
  const unit: PreparedUnit = {
    text,
    masked,
    tokens,
    shapes,
    gaps: gapClasses(masked, tokens),
    info,
    flags,
    sentences: splitSentences(masked, tokens, text),
    terms: [],
    words,
    evidence: [],
    evidenceKeys: [],
  };
  const excepted = new Set<string>();
  unit.terms = findTermsIn(lexicon, masked, unit, excepted);
  findEvidence(unit);
  for (const id of excepted) unit.evidenceKeys.push(evidenceKey(ORDINARY_SENSE, id));
  return unit;
}
