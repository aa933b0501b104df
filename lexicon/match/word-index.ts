/**
 * The shared word index: one lookup per token tells every part of the analysis whether the word can matter to
 * it. The lexicon's spellings and exceptions, and every phrase list and word list of the checks, start with a
 * known set of words; most tokens of a message start none of them. Looking each token up once here, instead
 * of once per list (seven or more lists, each a hash table of its own), is what keeps a keystroke cheap.
 *
 * Word lists register at module load (`registerWords`) and get a bit. A bit says "this word may be in the
 * list": lists share bits once there are more than 30, so a caller that needs certainty checks its own list
 * after the bit says yes (a cheap lookup, made only for the few tokens that pass).
 *
 * The index also knows every word that appears later in a phrase (`WordInfo.later`): a walk through a trie stops
 * at a token no phrase continues with, without looking the token up in the trie node's own table.
 */
import { hashWord, tokenize } from './tokenize.ts';
import type { TrieNode } from './trie.ts';

/** What the index knows of one word (in lower case). */
export interface WordInfo {
  /** The bits of the registered lists that may hold the word (see `registerWords`). */
  readonly flags: number;
  /** The lexicon trie below this word, when a spelling starts with it. */
  readonly term: TrieNode<unknown> | undefined;
  /** The exception trie below this word, when an exception or everyday idiom starts with it. */
  readonly exception: TrieNode<unknown> | undefined;
  /**
   * Where the word appears after the first word of a lexicon spelling or exception: `LATER_TERM | LATER_EXCEPTION`
   * bits. (Each phrase list registers its later words as a list of its own: see `registerPhrases`.)
   */
  readonly later: number;
}

/** `WordInfo.later`: the word is the second or a later word of a lexicon spelling. */
export const LATER_TERM = 1;
/** `WordInfo.later`: the word is the second or a later word of an exception or everyday idiom. */
export const LATER_EXCEPTION = 2;
/** Adds to `out` every word below the first step of `root`'s phrases (keys after a joint lose the joint). */
function collectLaterWords(root: TrieNode<unknown>, out: Set<string>): void {
  const stack: TrieNode<unknown>[] = [...(root.children?.values() ?? [])];
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (const [word, child] of node.children ?? []) {
      out.add(word);
      stack.push(child);
    }
    for (const [step, child] of node.joined ?? []) {
      // "/ip", ".js": the joint is never part of a token, so the step's one token is the word.
      for (const token of tokenize(step)) out.add(token.lower);
      stack.push(child);
    }
  }
}

/** Word (lower case) → the OR of the bits of the lists that hold it. */
const registered = new Map<string, number>();
let lists = 0;
/** Grows with every registration, so indexes built before it are rebuilt. */
let version = 0;

/** Bits 0–29: small integers stay unboxed. */
const BITS = 30;

/**
 * Registers a list by the words (lower case) its entries start with, and returns its bit. Tokens whose word
 * is in no list carry no bits, so a check can skip them, or a whole paragraph, with a bit test.
 */
export function registerWords(words: Iterable<string>): number {
  const bit = 1 << (lists++ % BITS);
  for (const word of words) registered.set(word, (registered.get(word) ?? 0) | bit);
  version++;
  return bit;
}

/**
 * Registers a phrase list's trie: its first words get one bit (`first`), the words after them another
 * (`later`), so a walk through the list's trie stops at a word none of its phrases goes on with.
 */
export function registerPhrases(root: TrieNode<unknown>): { first: number; later: number } {
  const later = new Set<string>();
  collectLaterWords(root, later);
  return { first: registerWords(root.children?.keys() ?? []), later: registerWords(later) };
}

/**
 * Word → its entry, as an open-addressing table of 32-bit hashes: looking up a token costs a short hash of its
 * characters and, nearly always, one probe. (A Map would first compute V8's own hash of every fresh token
 * string, which measured as the largest single cost of preparing a paragraph.)
 */
export class WordIndex {
  readonly size: number;
  private readonly mask: number;
  /** Hash per slot; 0 marks an empty slot (`hashWord` never gives 0). */
  private readonly hashes: Int32Array;
  private readonly entries: (WordInfo | undefined)[];
  private readonly words: (string | undefined)[];

  constructor(map: ReadonlyMap<string, WordInfo>) {
    let capacity = 16;
    while (capacity < map.size * 2) capacity *= 2;
    this.size = map.size;
    this.mask = capacity - 1;
    this.hashes = new Int32Array(capacity);
    this.entries = new Array<WordInfo | undefined>(capacity).fill(undefined);
    this.words = new Array<string | undefined>(capacity).fill(undefined);
    for (const [word, info] of map) {
      const hash = hashWord(word);
      let slot = hash & this.mask;
      while (this.hashes[slot] !== 0) slot = (slot + 1) & this.mask;
      this.hashes[slot] = hash;
      this.entries[slot] = info;
      this.words[slot] = word;
    }
  }

  /** The entry of a word in lower case, or undefined when no list or spelling starts with it. */
  get(word: string): WordInfo | undefined {
    return this.getHashed(word, hashWord(word));
  }

  /** `get`, for a word whose `hashWord` is known (`tokenizeHashed` gives it for every token). */
  getHashed(word: string, hash: number): WordInfo | undefined {
    const mask = this.mask;
    const hashes = this.hashes;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const found = hashes[slot]!;
      if (found === 0) return undefined;
      if (found === hash && this.words[slot] === word) return this.entries[slot];
    }
  }
}

interface Built {
  version: number;
  index: WordIndex;
}
const built = new WeakMap<object, Built>();

/**
 * The index for a compiled lexicon's tries: every registered word and every first word of a spelling or an
 * exception. Built on first use and kept while the lexicon lives (rebuilt if a list registers later).
 */
export function wordIndexFor(owner: object, terms: TrieNode<unknown>, exceptions: TrieNode<unknown>): WordIndex {
  const known = built.get(owner);
  if (known && known.version === version) return known.index;
  const laterInTerms = new Set<string>();
  collectLaterWords(terms, laterInTerms);
  const laterInExceptions = new Set<string>();
  collectLaterWords(exceptions, laterInExceptions);
  const map = new Map<string, WordInfo>();
  const words = new Set<string>([
    ...registered.keys(),
    ...(terms.children?.keys() ?? []),
    ...(exceptions.children?.keys() ?? []),
    ...laterInTerms,
    ...laterInExceptions,
  ]);
  // Words that start no spelling and no exception share one entry per (flags, later): thousands of words, a
  // few dozen distinct entries (memory per tab).
  const shared = new Map<number, WordInfo>();
  for (const word of words) {
    const later = (laterInTerms.has(word) ? LATER_TERM : 0) | (laterInExceptions.has(word) ? LATER_EXCEPTION : 0);
    const flags = registered.get(word) ?? 0;
    const term = terms.children?.get(word);
    const exception = exceptions.children?.get(word);
    if (term || exception) {
      map.set(word, { flags, term, exception, later });
      continue;
    }
    const key = flags * 8 + later;
    let info = shared.get(key);
    if (!info) shared.set(key, (info = { flags, term: undefined, exception: undefined, later }));
    map.set(word, info);
  }
  const index = new WordIndex(map);
  built.set(owner, { version, index });
  return index;
}
