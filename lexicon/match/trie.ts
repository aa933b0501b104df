/**
 * A token trie: phrases stored as paths of nested Maps, one step per token. The lexicon matcher and the phrase
 * lists of the wording checks both use it. A step's key is the token in lower case, prefixed (after the first
 * step) by the class of the gap before it, so "load balancer" and "load-balancer" share a path while "Node.js"
 * needs its dot. Walking from one token costs one Map lookup when nothing starts there.
 */
import { gapClass, SPACE_GAP, tokenize, type Token } from './tokenize.ts';
import { registerPhrases, type WordInfo } from './word-index.ts';

/**
 * A token list with what every walk needs worked out once (a prepared paragraph is one): the class of the gap
 * before each token (`gapClasses`), and each token's entry in the word index.
 */
export interface TokenView {
  tokens: readonly Token[];
  gaps: readonly (string | null)[];
  /** Per token, its word-index entry; undefined for a word no list or spelling starts with. */
  info: readonly (WordInfo | undefined)[];
  /** The OR of every token's flags: a list whose bit is missing has nothing to find here. */
  flags: number;
}

/** One node of the trie; `values` are the phrases that end here. */
export interface TrieNode<T> {
  /**
   * The next step by the token's lower case: at the root, the first token; below it, a token after a space or
   * hyphen (by far the most common joint, so the walk needs no string concatenation).
   */
  children?: Map<string, TrieNode<T>>;
  /** The next step after any other joint ("/", ".", "'"), keyed by the joint plus the token's lower case. */
  joined?: Map<string, TrieNode<T>>;
  /**
   * The phrase that ends here, when only one does (nearly every node of the lexicon): no array per node, which
   * is a quarter of a megabyte per tab. Read through `valueCount` and `valueAt`.
   */
  value?: T;
  /** The phrases that end here, when more than one does. */
  values?: T[];
}

/** How many phrases end at `node`. */
export function valueCount(node: TrieNode<unknown>): number {
  return node.values ? node.values.length : node.value !== undefined ? 1 : 0;
}

/** The `k`th phrase ending at `node` (`k < valueCount(node)`). */
export function valueAt<T>(node: TrieNode<T>, k: number): T {
  return node.values ? node.values[k]! : node.value!;
}

/** A new node; every node has the same four fields, so walks see one shape. */
export function newNode<T>(): TrieNode<T> {
  return { children: undefined, joined: undefined, value: undefined, values: undefined };
}

/** The node after `node` for a token written `lower` after a gap of class `gap`. */
export function childAfter<T>(node: TrieNode<T>, gap: string, lower: string): TrieNode<T> | undefined {
  return gap === SPACE_GAP ? node.children?.get(lower) : node.joined?.get(gap + lower);
}

/** The steps of a phrase, or null when it has no tokens. Gaps that cannot join words are read as a space. */
export function phraseSteps(phrase: string): { steps: string[]; tokens: Token[] } | null {
  const tokens = tokenize(phrase);
  if (!tokens.length) return null;
  const steps = tokens.map((token, i) =>
    i === 0 ? token.lower : (gapClass(phrase, tokens[i - 1]!.end, token.start) ?? SPACE_GAP) + token.lower,
  );
  return { steps, tokens };
}

/** Adds a value at the end of the path `steps`. */
export function insertSteps<T>(root: TrieNode<T>, steps: readonly string[], value: T): void {
  let node = root;
  steps.forEach((step, i) => {
    const spaced = i > 0 && step[0] === SPACE_GAP;
    const map = i === 0 || spaced ? (node.children ??= new Map<string, TrieNode<T>>()) : (node.joined ??= new Map<string, TrieNode<T>>());
    const key = spaced ? step.slice(1) : step;
    let next = map.get(key);
    if (!next) {
      next = newNode<T>();
      map.set(key, next);
    }
    node = next;
  });
  if (node.values) node.values = [...node.values, value];
  else if (node.value !== undefined) {
    node.values = [node.value, value];
    node.value = undefined;
  } else node.value = value;
}

/**
 * Expands a phrase pattern into plain phrases: `{a|b}` is a choice, `{a|}` an optional word.
 * "{raise|log} a ticket and wait" → "raise a ticket and wait", "log a ticket and wait".
 */
export function expandPattern(pattern: string, limit = 256): string[] {
  let results = [''];
  const re = /\{([^{}]*)\}|[^{]+/g;
  for (let m = re.exec(pattern); m !== null; m = re.exec(pattern)) {
    const options = m[1] !== undefined ? m[1].split('|') : [m[0]];
    const next: string[] = [];
    for (const prefix of results) for (const option of options) if (next.length < limit) next.push(prefix + option);
    results = next;
  }
  return [...new Set(results.map((r) => r.replace(/\s+/g, ' ').trim()).filter(Boolean))];
}

/** A phrase found in a run of tokens: tokens `[first, end)`. */
export interface PhraseHit<T> {
  first: number;
  end: number;
  value: T;
}

/** A compiled phrase list: finds its phrases in tokens, leftmost and longest first, without overlaps. */
export interface PhraseList<T> {
  /** Hits in `tokens[from, to)`, in order. `accept` may refuse a hit in its context; a shorter one is tried. */
  find(text: string, tokens: readonly Token[], from?: number, to?: number, accept?: (hit: PhraseHit<T>) => boolean): PhraseHit<T>[];
  /** The longest hit starting exactly at token `first`, or null. */
  at(text: string, tokens: readonly Token[], first: number, to?: number, accept?: (hit: PhraseHit<T>) => boolean): PhraseHit<T> | null;
  /** `find` over a prepared token view (gaps and word index worked out once). */
  findIn(view: TokenView, from?: number, to?: number, accept?: (hit: PhraseHit<T>) => boolean): PhraseHit<T>[];
  /** `at` over a prepared token view. */
  atIn(view: TokenView, first: number, to?: number, accept?: (hit: PhraseHit<T>) => boolean): PhraseHit<T> | null;
  /** The word-index bit of the list's first words: a token without it starts no phrase of the list. */
  readonly bit: number;
  /** The word-index bit of the words after them: a walk stops at a token without it. */
  readonly laterBit: number;
}

/** Compiles phrase patterns (see `expandPattern`), each with the value its hits carry. Matching ignores case. */
export function compilePhraseList<T>(items: ReadonlyArray<{ pattern: string; value: T }>): PhraseList<T> {
  const root: TrieNode<T> = newNode<T>();
  let maxDepth = 1;
  for (const item of items) {
    for (const phrase of expandPattern(item.pattern)) {
      const parsed = phraseSteps(phrase);
      if (!parsed) continue;
      insertSteps(root, parsed.steps, item.value);
      maxDepth = Math.max(maxDepth, parsed.steps.length);
    }
  }
  const { first: bit, later: laterBit } = registerPhrases(root);
  /** The walk from token `first`: over a prepared view, or over plain tokens whose gaps are classified from `text`. */
  const walk = (
    text: string,
    tokens: readonly Token[],
    view: TokenView | null,
    first: number,
    to: number,
    accept?: (hit: PhraseHit<T>) => boolean,
  ): PhraseHit<T> | null => {
    // The walk is written out (no callback) because it runs at every token of every paragraph.
    let best: PhraseHit<T> | null = null;
    let node = root.children?.get(tokens[first]!.lower);
    let end = first + 1;
    const limit = Math.min(to, first + maxDepth);
    while (node) {
      for (let k = 0, count = valueCount(node); k < count; k++) {
        const hit = { first, end, value: valueAt(node, k) };
        if (!accept || accept(hit)) {
          best = hit;
          break;
        }
      }
      if ((!node.children && !node.joined) || end >= limit) break;
      // A word no phrase of this list has after its first word ends the walk without a lookup in the node's table.
      if (view && !((view.info[end]?.flags ?? 0) & laterBit)) break;
      const gap = view ? view.gaps[end]! : gapClass(text, tokens[end - 1]!.end, tokens[end]!.start);
      if (gap === null) break;
      node = childAfter(node, gap, tokens[end]!.lower);
      end++;
    }
    return best;
  };
  return {
    bit,
    laterBit,
    at: (text, tokens, first, to = tokens.length, accept) => walk(text, tokens, null, first, to, accept),
    atIn: (view, first, to = view.tokens.length, accept) => walk('', view.tokens, view, first, to, accept),
    find(text, tokens, from = 0, to = tokens.length, accept) {
      const hits: PhraseHit<T>[] = [];
      for (let i = from; i < to; i++) {
        if (!root.children?.has(tokens[i]!.lower)) continue; // most tokens start no phrase
        const hit = walk(text, tokens, null, i, to, accept);
        if (hit) {
          hits.push(hit);
          i = hit.end - 1;
        }
      }
      return hits;
    },
    findIn(view, from = 0, to = view.tokens.length, accept) {
      const hits: PhraseHit<T>[] = [];
      if (!(view.flags & bit)) return hits;
      const { tokens, info } = view;
      for (let i = from; i < to; i++) {
        // One bit test per token: the word index was consulted once for every list.
        if (!((info[i]?.flags ?? 0) & bit)) continue;
        const hit = walk('', tokens, view, i, to, accept);
        if (hit) {
          hits.push(hit);
          i = hit.end - 1;
        }
      }
      return hits;
    },
  };
}
