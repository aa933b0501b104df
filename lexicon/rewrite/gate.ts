/**
 * The gate every suggestion passes before it is shown: grammar (lexicon/rewrite/quality.ts), every fact kept
 * (facts.ts), and the defects a judge of real rewrites found in word-for-word substitution: a definition that
 * echoes itself ("a second sign-in check (a second sign-in check)"), a word repeated across a join ("our email
 * system email services"), and a suggestion too long to send. Silence beats a bad suggestion.
 */
import { checkFacts } from './facts.ts';
import type { SentenceParse } from './parse.ts';
import { checkSentenceQuality, hasFinalPunctuation } from './quality.ts';
import { countWords } from './sentences.ts';
import type { UnsafeReason } from './types.ts';

/** A suggestion may be at most this many words longer than the sentence it replaces. */
export const MAX_ADDED_WORDS = 20;
/** Nor longer than this in all, unless the original already was. */
export const MAX_SUGGESTION_WORDS = 45;

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** Short words that may repeat one word apart ("the file and the folder"). */
const MAY_REPEAT = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'to',
  'of',
  'in',
  'on',
  'at',
  'for',
  'that',
  'is',
  'be',
  'it',
  'we',
  'you',
  'our',
  'your',
  'by',
  'with',
  'as',
]);

function lowerWords(text: string): string[] {
  return [...text.matchAll(WORD)].map((m) => m[0].toLowerCase());
}

/** Bracketed words that only repeat the words just before them: "a second sign-in check (a second sign-in check)". */
export function hasEcho(text: string): boolean {
  for (const m of text.matchAll(/\(([^()]{2,120})\)/g)) {
    const inside = lowerWords(m[1]!).filter((w) => !MAY_REPEAT.has(w));
    if (!inside.length) continue;
    const before = lowerWords(text.slice(0, m.index)).slice(-(inside.length + 4));
    if (inside.every((w) => before.includes(w))) return true;
  }
  return false;
}

/** A word repeated at once or one word later ("email system email services") that the original does not repeat so. */
export function newRepeat(original: string, text: string): string | null {
  const had = new Set<string>();
  const ow = lowerWords(original);
  for (let i = 0; i < ow.length; i++) for (const gap of [1, 2]) if (ow[i] === ow[i + gap]) had.add(`${ow[i]}/${gap}`);
  const ws = lowerWords(text);
  for (let i = 0; i < ws.length; i++) {
    for (const gap of [1, 2]) {
      const w = ws[i]!;
      if (ws[i + gap] !== w || MAY_REPEAT.has(w) || /^\p{N}+$/u.test(w) || had.has(`${w}/${gap}`)) continue;
      if (gap === 1 && (w === 'had' || w === 'that')) continue;
      return w;
    }
  }
  return null;
}

/** A determiner, up to two words that are not function words, and another determiner: "a large the internet…". */
const DETERMINER_CLASH =
  /\b(?:a|an|the)\s+(?:(?!(?:of|for|to|in|on|at|by|with|from|per|and|or|but|that|which|is|are|was|were|be|as|than|into|over|after|before|when|where|while|if)\b)[\p{L}'’-]+\s+){0,2}(?:the|a|an|our|your|their)\s/giu;

/** Determiner clashes the substitution brought in ("a large Dutch-based the internet supplier", "the date the maker… date"). */
export function newDeterminerClash(original: string, text: string): string | null {
  // An added outcome clause is the lexicon's own words ("a service the whole company depends on"), checked by the
  // lexicon's tests; the clash that matters is where the sentence's words meet the plain phrases.
  text = text.split(/,\s+so that\s/)[0]!;
  const had = new Set([...original.matchAll(DETERMINER_CLASH)].map((m) => m[0].toLowerCase().replace(/\s+/g, ' ')));
  for (const m of text.matchAll(DETERMINER_CLASH)) {
    const found = m[0].toLowerCase().replace(/\s+/g, ' ');
    if (!had.has(found)) return found.trim();
  }
  return null;
}

/** What the gate needs to know besides the two texts. */
export interface GateContext {
  /** Ranges of the original whose facts need not survive (the jargon being replaced). */
  exempt: readonly { start: number; end: number }[];
  parse: SentenceParse | null;
}

/** Why a suggestion may not be shown, or null when it may. */
export function gateSuggestion(original: string, candidate: string, context: GateContext): UnsafeReason | null {
  // A heading or a list item without a full stop keeps having none.
  const open = !hasFinalPunctuation(original);
  if (
    checkSentenceQuality(candidate).some((problem) => !(open && problem === 'has no final punctuation')) ||
    hasEcho(candidate) ||
    newRepeat(original, candidate) ||
    newDeterminerClash(original, candidate)
  )
    return 'grammar';
  const added = countWords(candidate) - countWords(original);
  if (added > MAX_ADDED_WORDS || (countWords(candidate) > MAX_SUGGESTION_WORDS && countWords(candidate) > countWords(original)))
    return 'too-many-words';
  return checkFacts(original, candidate, { exempt: context.exempt, names: context.parse?.names ?? [] }).ok ? null : 'facts-lost';
}
