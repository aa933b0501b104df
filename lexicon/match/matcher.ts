/**
 * The lexicon matcher: compiles entries once into a token trie, then finds their terms in any text in one
 * pass over the tokens. Longest match first, no overlaps, case rules per spelling (all-capital spellings such
 * as "IT" or "AD" match only in capitals), hyphen and space variants, inflected forms, entry exceptions,
 * everyday idioms and an allow list. Used by the jargon check on every keystroke and by the rewrite engine on
 * single sentences; no language library is loaded here.
 */
import { formsKey, type FormsTable, inflectRuleBased, lowerCaseAcronym } from '../inflect/rules.ts';
import { compileAllow, type AllowKeys } from './allow.ts';
import { ORDINARY_IDIOMS } from './ordinary-idioms.ts';
import type { AllowEntry, LexiconEntry, LexiconEntryInput } from '../schema.ts';
import { gapClass, normalizePhrase, tokenize, type Token } from './tokenize.ts';
import {
  childAfter,
  expandPattern,
  insertSteps,
  newNode,
  phraseSteps,
  valueAt,
  valueCount,
  type TokenView,
  type TrieNode,
} from './trie.ts';
import { LATER_EXCEPTION, LATER_TERM, wordIndexFor, type WordIndex } from './word-index.ts';

/**
 * How one token of a spelling must be written in the text: `Any` case ("Kubernetes", "kubernetes"); `Exact`,
 * for acronyms ("IT", "AD", "APIs") and case-sensitive entries; `ExactOrSentenceCapital`, exactly or with a
 * capital first letter at the start of a sentence ("kubectl" / "Kubectl ...").
 */
const CaseRule = { Any: 0, Exact: 1, ExactOrSentenceCapital: 2 } as const;
type CaseRule = (typeof CaseRule)[keyof typeof CaseRule];

/** One compiled spelling of an entry (its term, a variant, or an inflection of either). */
interface Spelling {
  entry: LexiconEntry;
  text: string;
  /** The spelling's tokens as written and their case rules; absent when every token matches in any case. */
  tokens?: string[];
  rules?: CaseRule[];
}

/** The value stored for an exception: the entry it protects, or `*` for an everyday idiom. */
type ExceptionOwner = string;

/** Entries compiled for matching. Build with `compileLexicon`; immutable and safe to share. */
export interface CompiledLexicon {
  /** The entries that can match: not disabled, not allowed. Highest precedence first. */
  readonly entries: readonly LexiconEntry[];
  readonly byId: ReadonlyMap<string, LexiconEntry>;
  /** Normalized terms never flagged (see `normalizePhrase`), with their forms and name-like parts (see allow.ts). */
  readonly allow: ReadonlySet<string>;
  /** The allow list as the analyzer searches text for it. */
  readonly allowList: AllowKeys;
  /** Number of compiled spellings, inflections included. */
  readonly size: number;
  /** @internal */
  readonly root: TrieNode<Spelling>;
  /** @internal */
  readonly maxDepth: number;
  /** @internal */
  readonly exceptions: TrieNode<ExceptionOwner>;
  /** @internal */
  readonly maxExceptionDepth: number;
}

/** What `compileLexicon` can be told besides the entries. */
export interface CompileOptions {
  /**
   * Precomputed inflections (the built-in table, lexicon/data/forms.generated.json). Spellings missing from it
   * are inflected by rules, so user and organisation entries work without compromise.
   */
  forms?: FormsTable;
  /** Terms never flagged: plain strings or allow-list entries. Allowing a term allows all its spellings. */
  allow?: Iterable<string | AllowEntry>;
  /** Idioms in which no term is flagged (default `ORDINARY_IDIOMS`). */
  ordinaryIdioms?: readonly string[];
}

/** A lexicon term found in a text. */
export interface LexiconMatch {
  /** UTF-16 offsets into the text that was searched; `text === searched.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  entry: LexiconEntry;
  /** The spelling that matched, as compiled ("servers", "load-balancer"). */
  spelling: string;
  /** Token indices `[firstToken, endToken)` in the token list that was searched. */
  firstToken: number;
  endToken: number;
}

/** Entry fields the matcher needs; anything the schema accepts (input or output shape) will do. */
export type EntryLike = LexiconEntry | LexiconEntryInput;

/** Fills the defaults valibot would, so callers may pass raw inputs; null for entries without id or term. */
function withDefaults(entry: EntryLike): LexiconEntry | null {
  if (!entry || typeof entry.id !== 'string' || typeof entry.term !== 'string' || !entry.term.trim()) return null;
  if ('variants' in entry && Array.isArray(entry.variants) && Array.isArray(entry.exceptions) && Array.isArray(entry.analogies))
    return entry as LexiconEntry;
  return {
    ...entry,
    variants: entry.variants ?? [],
    caseSensitive: entry.caseSensitive ?? false,
    noInflect: entry.noInflect ?? false,
    analogies: entry.analogies ?? [],
    exceptions: entry.exceptions ?? [],
    disabled: entry.disabled ?? false,
  } as LexiconEntry;
}

const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;

function caseRuleOf(token: string, caseSensitive: boolean): CaseRule {
  const hasLower = HAS_LOWER.test(token);
  const hasUpper = HAS_UPPER.test(token);
  if (hasUpper && !hasLower) return CaseRule.Exact; // "IT", "AD", "O365"
  if (/^[A-Z0-9]{2,}s$/.test(token)) return CaseRule.Exact; // "APIs", "VMs"
  if (!caseSensitive || (!hasUpper && !hasLower)) return CaseRule.Any;
  return /^\p{Ll}/u.test(token) ? CaseRule.ExactOrSentenceCapital : CaseRule.Exact;
}

/**
 * The closed compound of a two- or three-word term: "load-balancer" and "load balancer" also match
 * "loadbalancer", "fail over" also "failover", "Wi-Fi" also "WiFi". Harmless when no one writes it.
 */
function joinedSpelling(spelling: string): string | null {
  if (!spelling.includes(' ') && !spelling.includes('-')) return null;
  const words = spelling.split(/[\s-]+/);
  return words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{L}+$/u.test(w)) ? words.join('') : null;
}

/** A spelling and its inflections ("patch": "patches", "patched", "patching"), closed compounds included. */
type Family = string[];

/** Every spelling an entry is found by, grouped by the term or variant it comes from. */
function familiesOf(entry: LexiconEntry, forms: FormsTable | undefined): Family[] {
  const families: Family[] = [];
  const seen = new Set<string>();
  for (const base of [entry.term, ...entry.variants]) {
    const spelling = base.trim();
    if (!spelling || seen.has(spelling)) continue;
    const family: Family = [];
    const add = (form: string) => {
      if (seen.has(form)) return;
      seen.add(form);
      family.push(form);
      const joined = joinedSpelling(form);
      if (joined && !seen.has(joined)) {
        seen.add(joined);
        family.push(joined);
      }
    };
    add(spelling);
    // Own keys only: a user's term "constructor" or "toString" must not find Object.prototype's members in the table.
    const key = formsKey(spelling, entry.inflectAs);
    const listed = forms && Object.hasOwn(forms, key) ? forms[key] : undefined;
    const inflected = entry.noInflect ? [] : (listed ?? inflectRuleBased(spelling, entry.inflectAs));
    for (const form of inflected) add(form);
    const lower = lowerCaseAcronym(spelling);
    if (lower) {
      add(lower);
      if (!entry.noInflect) add(lower + 's');
    }
    families.push(family);
  }
  return families;
}

/** Strips a leading article so "a server at the restaurant" also covers "the server at the restaurant". */
function withoutArticle(phrase: string): string {
  return phrase.trim().replace(/^(?:a|an|the)\s+/i, '');
}

/**
 * The trie paths of an exception phrase in every form of the word it shares with the entry ("patch of land"
 * also as "patches of land"): each step that names a one-word spelling is swapped for that spelling's forms.
 */
function exceptionPaths(phrase: string, familyOf: ReadonlyMap<string, readonly string[]>): string[][] {
  const parsed = phraseSteps(phrase);
  if (!parsed) return [];
  let paths = [parsed.steps];
  parsed.tokens.forEach((token, i) => {
    const family = familyOf.get(token.lower);
    if (!family) return;
    const gap = parsed.steps[i]!.slice(0, parsed.steps[i]!.length - token.lower.length);
    const next: string[][] = [];
    for (const path of paths) {
      for (const form of family) if (next.length < 32) next.push(path.map((step, k) => (k === i ? gap + form : step)));
    }
    paths = next;
  });
  return paths;
}

/**
 * Compiles entries for matching. Earlier entries take precedence when two share a spelling, so pass user and
 * organisation entries before built-in ones. Disabled entries, and entries whose term or a variant is on the
 * allow list, are left out. Entries need not be validated first: ones without an id or term are skipped.
 */
export function compileLexicon(entries: readonly EntryLike[], options: CompileOptions = {}): CompiledLexicon {
  const allowList = compileAllow(options.allow);
  const allow = allowList.keys;
  const root = newNode<Spelling>();
  const exceptions = newNode<ExceptionOwner>();
  const active: LexiconEntry[] = [];
  const byId = new Map<string, LexiconEntry>();
  let maxDepth = 1;
  let maxExceptionDepth = 0;
  let size = 0;

  const addException = (steps: readonly string[], owner: ExceptionOwner) => {
    insertSteps(exceptions, steps, owner);
    maxExceptionDepth = Math.max(maxExceptionDepth, steps.length);
  };

  for (const raw of entries) {
    const entry = withDefaults(raw);
    if (!entry || entry.disabled || byId.has(entry.id)) continue;
    const families = familiesOf(entry, options.forms);
    // Allowing any spelling of an entry, in any form ("servers" allows "server"), allows the entry.
    if (allow.size && families.some((family) => family.some((spelling) => allow.has(normalizePhrase(spelling))))) continue;
    active.push(entry);
    byId.set(entry.id, entry);
    // One-word spelling (lower case) → the lower-case forms of its family, for exception phrases.
    const familyOf = new Map<string, string[]>();
    for (const family of families) {
      const oneWord: string[] = [];
      for (const spelling of family) {
        const parsed = phraseSteps(spelling);
        if (!parsed) continue;
        const tokens = parsed.tokens.map((t) => t.text);
        const rules = tokens.map((t) => caseRuleOf(t, entry.caseSensitive));
        // Most spellings match in any case; only the others keep what the case check needs (memory per tab).
        insertSteps(
          root,
          parsed.steps,
          rules.every((r) => r === CaseRule.Any) ? { entry, text: spelling } : { entry, text: spelling, tokens, rules },
        );
        maxDepth = Math.max(maxDepth, parsed.steps.length);
        size++;
        if (tokens.length === 1 && !oneWord.includes(parsed.tokens[0]!.lower)) oneWord.push(parsed.tokens[0]!.lower);
      }
      for (const form of oneWord) familyOf.set(form, oneWord);
    }
    for (const exception of entry.exceptions) {
      for (const path of exceptionPaths(withoutArticle(exception), familyOf)) addException(path, entry.id);
    }
  }
  for (const idiom of options.ordinaryIdioms ?? ORDINARY_IDIOMS) {
    for (const phrase of expandPattern(idiom)) {
      const parsed = phraseSteps(phrase);
      if (parsed) addException(parsed.steps, '*');
    }
  }
  return { entries: active, byId, allow, allowList, size, root, maxDepth, exceptions, maxExceptionDepth };
}

/** Is token `i` the first word of a sentence (start of text, or after . ! ? : or a line break)? */
function startsSentence(text: string, tokens: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  const from = tokens[i - 1]!.end;
  for (let k = tokens[i]!.start - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 33 || c === 63 || c === 58 || c === 10) return true; // . ! ? : \n
  }
  return false;
}

function caseMatches(spelling: Spelling, text: string, tokens: readonly Token[], first: number): boolean {
  const { rules, tokens: wantedTokens } = spelling;
  if (!rules || !wantedTokens) return true;
  for (let k = 0; k < wantedTokens.length; k++) {
    const rule = rules[k]!;
    if (rule === CaseRule.Any) continue;
    const written = tokens[first + k]!.text;
    const wanted = wantedTokens[k]!;
    if (written === wanted) continue;
    if (
      rule === CaseRule.ExactOrSentenceCapital &&
      k === 0 &&
      written === wanted[0]!.toUpperCase() + wanted.slice(1) &&
      startsSentence(text, tokens, first)
    )
      continue;
    return false;
  }
  return true;
}

/** Gap classes worked out once, or null to classify each gap from the text when a walk reaches it. */
type Gaps = readonly (string | null)[] | null;

function gapBefore(text: string, tokens: readonly Token[], gaps: Gaps, k: number): string | null {
  return gaps ? gaps[k]! : gapClass(text, tokens[k - 1]!.end, tokens[k]!.start);
}

/** Is tokens `[first, end)` inside an occurrence of one of `entryId`'s exceptions or of an everyday idiom? */
function insideException(
  lexicon: CompiledLexicon,
  text: string,
  tokens: readonly Token[],
  gaps: Gaps,
  info: TokenView['info'] | null,
  first: number,
  end: number,
  entryId: string,
): boolean {
  const depth = lexicon.maxExceptionDepth;
  const roots = lexicon.exceptions.children;
  if (!depth || !roots) return false;
  for (let s = Math.max(0, first - depth + 1); s <= first; s++) {
    let node = info ? (info[s]?.exception as TrieNode<ExceptionOwner> | undefined) : roots.get(tokens[s]!.lower);
    let stop = s + 1;
    while (node) {
      if (stop >= end) {
        for (let k = 0, count = valueCount(node); k < count; k++) {
          const owner = valueAt(node, k);
          if (owner === entryId || owner === '*') return true;
        }
      }
      if ((!node.children && !node.joined) || stop >= tokens.length || stop - s >= depth) break;
      // A word no exception has after its first word ends the walk (the word index knows).
      if (info && !((info[stop]?.later ?? 0) & LATER_EXCEPTION)) break;
      const gap = gapBefore(text, tokens, gaps, stop);
      if (gap === null) break;
      node = childAfter(node, gap, tokens[stop]!.lower);
      stop++;
    }
  }
  return false;
}

function isAllowed(lexicon: CompiledLexicon, text: string, tokens: readonly Token[], gaps: Gaps, first: number, end: number): boolean {
  if (!lexicon.allow.size) return false;
  let key = tokens[first]!.lower;
  for (let k = first + 1; k < end; k++) key += (gapBefore(text, tokens, gaps, k) ?? ' ') + tokens[k]!.lower;
  return lexicon.allow.has(key);
}

/**
 * Finds lexicon terms among `tokens[from, to)` of `text` (tokens from `tokenize(text)`): at each token the
 * longest spelling whose case rules hold and that is not inside an exception; then the search resumes after it.
 */
export function findTerms(lexicon: CompiledLexicon, text: string, tokens: readonly Token[], from = 0, to = tokens.length): LexiconMatch[] {
  return termsIn(lexicon, text, tokens, null, null, from, to);
}

/** The word index of a compiled lexicon (built on its first use): one lookup per token for every list. */
export function wordIndex(lexicon: CompiledLexicon): WordIndex {
  return wordIndexFor(lexicon, lexicon.root, lexicon.exceptions);
}

/** `findTerms` over a prepared token view of `text`, whose word index comes from `wordIndex(lexicon)`. */
/**
 * `excepted`, when given, receives the ids of ambiguous entries (with sense cues) that an exception phrase kept
 * from matching ("a provision for bad debts"): the text used that word in its ordinary sense.
 */
export function findTermsIn(lexicon: CompiledLexicon, text: string, view: TokenView, excepted?: Set<string>): LexiconMatch[] {
  return termsIn(lexicon, text, view.tokens, view.gaps, view.info, 0, view.tokens.length, excepted);
}

function termsIn(
  lexicon: CompiledLexicon,
  text: string,
  tokens: readonly Token[],
  gaps: Gaps,
  info: TokenView['info'] | null,
  from: number,
  to: number,
  excepted?: Set<string>,
): LexiconMatch[] {
  const matches: LexiconMatch[] = [];
  const children = lexicon.root.children;
  if (!children) return matches;
  for (let i = from; i < to; i++) {
    let node = info ? (info[i]?.term as TrieNode<Spelling> | undefined) : children.get(tokens[i]!.lower);
    if (!node) continue;
    // Walk as deep as the trie goes, keeping the longest spelling that passes; written out because it runs
    // at every token of every paragraph on every keystroke.
    let bestEnd = -1;
    let best: Spelling | null = null;
    let end = i + 1;
    const limit = Math.min(to, i + lexicon.maxDepth);
    while (node) {
      for (let k = 0, count = valueCount(node); k < count; k++) {
        const spelling = valueAt(node, k);
        if (!caseMatches(spelling, text, tokens, i)) continue;
        if (insideException(lexicon, text, tokens, gaps, info, i, end, spelling.entry.id)) {
          if (excepted && spelling.entry.sense) excepted.add(spelling.entry.id);
          continue;
        }
        if (isAllowed(lexicon, text, tokens, gaps, i, end)) continue;
        best = spelling;
        bestEnd = end;
        break;
      }
      if ((!node.children && !node.joined) || end >= limit) break;
      // A word no spelling has after its first word ends the walk (the word index knows).
      if (info && !((info[end]?.later ?? 0) & LATER_TERM)) break;
      const gap = gapBefore(text, tokens, gaps, end);
      if (gap === null) break;
      node = childAfter(node, gap, tokens[end]!.lower);
      end++;
    }
    if (best) {
      const start = tokens[i]!.start;
      const stop = tokens[bestEnd - 1]!.end;
      matches.push({
        start,
        end: stop,
        text: text.slice(start, stop),
        entry: best.entry,
        spelling: best.text,
        firstToken: i,
        endToken: bestEnd,
      });
      i = bestEnd - 1;
    }
  }
  return matches;
}

/**
 * Finds lexicon terms in one piece of text, typically a sentence (for the rewrite engine). Offsets are into
 * `text`. Does not skip quotes, URLs or signatures: `analyze` does that for whole messages.
 */
export function matchText(lexicon: CompiledLexicon, text: string): LexiconMatch[] {
  return findTerms(lexicon, text, tokenize(text));
}
