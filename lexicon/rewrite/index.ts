/**
 * The rewrite engine's public API: from feature-talk to benefit and outcome, for the chosen audience, without
 * losing a fact. Pure TypeScript, no DOM. It loads compromise, so import it from the popup, the playground, the
 * background worker or the command line, never from the content script.
 */
export { rewriteSentence } from './rewrite-sentence.ts';
export { buildWorksheet, composeWorksheetSentence } from './worksheet.ts';
export { splitSentences, sentenceAt, countWords, type SentenceSpan } from './sentences.ts';
export { checkFacts, extractFacts, type Fact, type FactCheck, type FactKind, type FactOptions } from './facts.ts';
export { checkSentenceQuality } from './quality.ts';
export { chooseAnalogy, analogySentence } from './analogy.ts';
export { MAX_REWRITE_WORDS, UNSAFE_MESSAGES } from './safety.ts';
export { MAX_ADDED_WORDS, gateSuggestion } from './gate.ts';
export { sentenceRole, OUTCOME_ROLES, ANALOGY_ROLES, type SentenceRole } from './roles.ts';
export { warmUpLanguage } from './language.ts';
export {
  jargonIn,
  rewriteText,
  rewriteFlaggedSentences,
  rewritesForFinding,
  formatSentenceRewrites,
  type LexiconRewriteOptions,
  type RewriteTriple,
  type SentenceRewrite,
} from './with-lexicon.ts';
export type * from './types.ts';
