/**
 * Tokenizing and matching: the tokenizer, the token trie, the word index every check shares, and the lexicon
 * matcher that compiles entries once and finds their terms in one pass over the tokens. No language library.
 */
export { compileLexicon, findTerms, findTermsIn, matchText, wordIndex } from './matcher.ts';
export type { CompiledLexicon, CompileOptions, EntryLike, LexiconMatch } from './matcher.ts';
export { gapClass, gapClasses, hashWord, normalizePhrase, tokenize, tokenizeHashed, type Token } from './tokenize.ts';
export { compilePhraseList, expandPattern, type PhraseList, type TokenView } from './trie.ts';
export { registerWords, type WordInfo } from './word-index.ts';
export { ORDINARY_IDIOMS } from './ordinary-idioms.ts';
