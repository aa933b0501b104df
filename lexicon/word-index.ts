/**
 * The shared word index: one lookup per token tells every part of the analysis whether the word can matter to
 * it. The lexicon's spellings and exceptions, and every phrase list and word list of the checks, start with a
 * known set of words; most tokens of a message start none of them. Looking each token up once here, instead
 * of once per list (seven or more lists, each a hash table of its own), is what keeps a keystroke cheap.
 *
 * Word lists register at module load (`registerWords`) and get a bit. A bit says "this word may be in the
 * list": lists share bits once there are more than 30, so a caller that needs certainty checks its own list
 * after the bit says yes (a cheap lookup, made only for the few tokens that pass).
 */
import type { TrieNode } from './trie.ts';

/** What the index knows of one word (in lower case). */
export interface WordInfo {
  /** The bits of the registered lists that may hold the word (see `registerWords`). */
  readonly flags: number;
  /** The lexicon trie below this word, when a spelling starts with it. */
  readonly term: TrieNode<unknown> | undefined;
  /** The exception trie below this word, when an exception or everyday idiom starts with it. */
  readonly exception: TrieNode<unknown> | undefined;
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
  const bit = 1 << lists++ % BITS;
  for (const word of words) registered.set(word, (registered.get(word) ?? 0) | bit);
  version++;
  return bit;
}

interface Built {
  version: number;
  index: Map<string, WordInfo>;
}
const built = new WeakMap<object, Built>();

/**
 * The index for a compiled lexicon's tries: every registered word and every first word of a spelling or an
 * exception. Built on first use and kept while the lexicon lives (rebuilt if a list registers later).
 */
export function wordIndexFor(owner: object, terms: TrieNode<unknown>, exceptions: TrieNode<unknown>): Map<string, WordInfo> {
  const known = built.get(owner);
  if (known && known.version === version) return known.index;
  const index = new Map<string, WordInfo>();
  const words = new Set<string>([...registered.keys(), ...(terms.children?.keys() ?? []), ...(exceptions.children?.keys() ?? [])]);
  for (const word of words) index.set(word, { flags: registered.get(word) ?? 0, term: terms.children?.get(word), exception: exceptions.children?.get(word) });
  built.set(owner, { version, index });
  return index;
}
