/**
 * Analysis: the message laid out into the user's own paragraphs (quotes, signatures, URLs and code left out),
 * each paragraph prepared once for every check, the checks run and cached per paragraph, and the score.
 */
export { analyzeMessage, analyzeUnit, enabledChecks, type AnalysisConfig, type UnitCache, type UnitRecord } from './analyzer.ts';
export { layoutMessage, type MessageLayout, type TextRange } from './regions.ts';
export { computeScore, type ScoreInput } from './score.ts';
export { countWords, quietLimit, rankFindings, type RankedFindings, type RankOptions } from './rank.ts';
export { prepareUnit, type PreparedUnit, type Sentence } from './unit.ts';
export { messageSentences, termsInSentence, type SentenceSpan } from './sentences.ts';
