/**
 * One paragraph, prepared once for every check: prose masked (URLs, addresses, code), tokens, sentences and
 * the lexicon terms in it. Checks read this and never re-tokenize. All offsets are relative to the paragraph.
 */
import { findTermsIn, wordIndex, type CompiledLexicon, type LexiconMatch } from '../match/matcher.ts';
import { findInlineSkips, maskRanges } from './regions.ts';
import { gapClasses, SHAPE_CAPITAL, SHAPE_LOWER, SHAPE_OTHER, tokenizeHashed, type Token } from '../match/tokenize.ts';
import type { TokenView } from '../match/trie.ts';
import type { WordInfo } from '../match/word-index.ts';
import { findEvidence, ORDINARY_SENSE } from './context.ts';

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
const CLOSING = /[.!?…"'”’)\]]/;
const STARTS_LOWER = /^\p{Ll}/u;

/**
 * Does the gap between tokens `k-1` and `k` end a sentence? Yes after . ! ? … followed by a space (unless an
 * abbreviation or title precedes it), and at a line break unless the next line goes on in lower case.
 */
function endsSentence(text: string, tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1]!;
  const next = tokens[k]!;
  const start = prev.end;
  const end = next.start;
  if (end - start === 1) {
    const c = text.charCodeAt(start);
    // One space, hyphen or apostrophe joins; one newline ends the sentence unless the line runs on.
    return c === 10 ? !STARTS_LOWER.test(next.text) : false;
  }
  let punct = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (!STARTS_LOWER.test(next.text) || punct) return true;
    } else if (c === 46 || c === 33 || c === 63 || c === 0x2026) {
      punct = true;
    } else if (punct && (c === 32 || c === 9 || c === 0xa0)) {
      const lower = prev.lower;
      if (TITLES.has(lower)) return false;
      if (
        (ABBREVIATIONS.has(lower) || (prev.text.length === 1 && /\p{Lu}/u.test(prev.text))) &&
        text.charCodeAt(start) === 46 &&
        STARTS_LOWER.test(next.text)
      )
        return false;
      return true;
    }
  }
  return false;
}

/** Splits a paragraph's tokens into sentences. */
export function splitSentences(text: string, tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  if (!tokens.length) return sentences;
  let first = 0;
  for (let k = 1; k <= tokens.length; k++) {
    if (k < tokens.length && !endsSentence(text, tokens, k)) continue;
    // Keep the closing punctuation and quotes with the sentence: "…done." / "…done!)"
    const last = tokens[k - 1]!;
    let end = last.end;
    const limit = k < tokens.length ? tokens[k]!.start : text.length;
    while (end < limit && end - last.end < 8 && CLOSING.test(text[end]!)) end++;
    sentences.push({ start: tokens[first]!.start, end, firstToken: first, endToken: k });
    first = k;
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
    sentences: splitSentences(masked, tokens),
    terms: [],
    words,
    evidence: [],
    evidenceKeys: [],
  };
  const excepted = new Set<string>();
  unit.terms = findTermsIn(lexicon, masked, unit, excepted);
  findEvidence(unit);
  for (const id of excepted) unit.evidenceKeys.push(ORDINARY_SENSE + id);
  return unit;
}
