/**
 * What an allow list silences. Allowing a term means no check marks it, in any case, in any of its forms, or in any
 * part of it: "SharePoint Online" allowed leaves "sharepoint online", "SharePoint Online's", a technical mark on the
 * "SharePoint" inside it, and "SharePoint" on its own all unmarked; "API" allowed leaves "APIs" unmarked too.
 * A part is silenced on its own where the text writes it as a name (a capital inside, all capitals, or a digit:
 * "SharePoint", "AD", "O365"), whatever case the allow list used; so allowing "just in time" never silences "just" in
 * "just a small fix".
 * Pure: used by the compiled lexicon (lexicon/match/matcher.ts) and the analyzer, the card and the popup.
 */
import type { AllowEntry } from '../schema.ts';
import { gapClass, normalizePhrase, tokenize, type Token } from './tokenize.ts';

/** The longest an allowed term may be, in characters, after trimming (as the lexicon schema says). */
export const MAX_ALLOW_TERM = 80;

/** Allowed terms longer than this many words are matched as a whole only (their parts are not looked for). */
const MAX_PARTS_TOKENS = 8;

/** What a compiled allow list knows. */
export interface AllowKeys {
  /** Normalized phrases (see `normalizePhrase`) that are silenced wherever they occur. */
  readonly keys: ReadonlySet<string>;
  /** Runs of words inside allowed terms, silenced where the text writes them as names. */
  readonly parts: ReadonlySet<string>;
  /** The most tokens any key has: the longest stretch of text worth looking up. */
  readonly maxTokens: number;
}

export const NO_ALLOW: AllowKeys = { keys: new Set(), parts: new Set(), maxTokens: 0 };

/** A name-like word: a capital after the first letter, all capitals, or a digit ("SharePoint", "AD", "O365"). */
function isNameLike(word: string): boolean {
  return word.length >= 2 && (/\p{Ll}\p{Lu}/u.test(word) || /^[\p{Lu}\d]+s?$/u.test(word) || /\d/.test(word));
}

/** A term's other number: "API" ↔ "APIs", "end user" ↔ "end users". */
function otherNumber(key: string, written: string): string | null {
  const last = written.match(/[\p{L}\d]+$/u)?.[0] ?? '';
  if (/^\p{Lu}{2,}s$/u.test(last)) return key.slice(0, -1); // "APIs" → "api"
  if (/^\p{Lu}{2,}$/u.test(last)) return `${key}s`; // "API" → "apis"
  if (!/^\p{Ll}{3,}$/u.test(last)) return null;
  return key.endsWith('s') ? key.slice(0, -1) : `${key}s`;
}

/** Every key an allow list silences (see the module comment), and the longest in tokens. */
export function compileAllow(items: Iterable<string | AllowEntry> | undefined): AllowKeys {
  const keys = new Set<string>();
  const parts = new Set<string>();
  let maxTokens = 0;
  const add = (to: Set<string>, key: string, written: string, tokens: number) => {
    if (!key) return;
    to.add(key);
    const other = otherNumber(key, written);
    if (other) to.add(other);
    if (tokens > maxTokens) maxTokens = tokens;
  };
  for (const item of items ?? []) {
    const term = typeof item === 'string' ? item : item?.term;
    if (typeof term !== 'string' || !term.trim()) continue;
    const tokens = tokenize(term);
    if (!tokens.length) continue;
    add(keys, normalizePhrase(term), term.trim(), tokens.length);
    if (tokens.length < 2 || tokens.length > MAX_PARTS_TOKENS) continue;
    for (let i = 0; i < tokens.length; i++) {
      for (let j = i; j < tokens.length; j++) {
        if (i === 0 && j === tokens.length - 1) continue;
        const part = term.slice(tokens[i]!.start, tokens[j]!.end);
        add(parts, normalizePhrase(part), part, j - i + 1);
      }
    }
  }
  return keys.size ? { keys, parts, maxTokens } : NO_ALLOW;
}

/** Whether words as written (a finding's text) are allowed: all of them lie in one occurrence of an allowed term. */
export function isAllowedText(allow: AllowKeys, text: string): boolean {
  if (!allow.keys.size) return false;
  const tokens = tokenize(text);
  if (!tokens.length) return false;
  const [range] = allowedRanges(allow, text, tokens, null);
  return !!range && range[0] === tokens[0]!.start && range[1] === tokens[tokens.length - 1]!.end;
}

/**
 * The stretches of `text` (tokens from `tokenize(text)`; `gaps` as `gapClasses` gives them, or null) where an
 * allowed term occurs, as `[start, end)` offsets in text order. Any mark overlapping one is silenced.
 */
export function allowedRanges(
  allow: AllowKeys,
  text: string,
  tokens: readonly Token[],
  gaps: readonly (string | null)[] | null,
): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  if (!allow.keys.size) return ranges;
  const gapAt = (k: number) => (gaps ? gaps[k]! : gapClass(text, tokens[k - 1]!.end, tokens[k]!.start));
  for (let i = 0; i < tokens.length; i++) {
    let key = tokens[i]!.lower;
    let found = allow.keys.has(key) || (allow.parts.has(key) && isNameLike(tokens[i]!.text)) ? i : -1;
    // Keys join tokens with their gap class, as normalizePhrase does; a gap that joins nothing ends the phrase.
    for (let j = i + 1; j < tokens.length && j - i < allow.maxTokens; j++) {
      const gap = gapAt(j);
      if (gap === null) break;
      key += gap + tokens[j]!.lower;
      if (allow.keys.has(key) || (allow.parts.has(key) && isNameLike(tokens[i]!.text) && isNameLike(tokens[j]!.text))) found = j;
    }
    if (found >= 0) {
      ranges.push([tokens[i]!.start, tokens[found]!.end]);
      i = found;
    }
  }
  return ranges;
}

/**
 * Why a term cannot go on the allow list, in words for the person allowing it, or null when it can. The one check
 * every way of allowing a term shares (the card, the popup, the options page and imports through the schema).
 */
export function allowTermProblem(term: string): string | null {
  const trimmed = term.trim();
  if (!trimmed) return 'Type the term to allow.';
  if (trimmed.length > MAX_ALLOW_TERM)
    return `A term to allow must be at most ${MAX_ALLOW_TERM} characters; this one has ${trimmed.length}.`;
  return null;
}
