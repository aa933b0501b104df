/**
 * The business-readiness score: 100 minus points lost in four parts, each said in words a writer can act on
 * ("3 terms left that executives may not know").
 *
 * The score moves with the writer: accepting any suggestion raises it or leaves it, never lowers it
 * (tests/unit/lexicon/analyze/score-property.test.ts applies every suggestion of generated messages). So:
 * - every part is a share per sentence, and a suggestion never changes how many sentences there are (a plain
 *   phrase, a removal and a sentence rewrite each keep one sentence one sentence), so removing a word ("just")
 *   or adding a plain phrase cannot make the other findings weigh more, as a share per 100 words did;
 * - no part is capped, so fixing the tenth term in a dense message counts as much as the first (a capped
 *   part hid nine fixes);
 * - a long sentence costs at most `LENGTH_POINTS` per word over `LONG_SENTENCE_WORDS`, far less than the term
 *   it replaces is worth (at least `TERM_POINTS` × `TERM_WEIGHT.low` per sentence): plain wording, at most
 *   8 words, always gains more than the length it adds, and a rewrite that adds an outcome clause gains
 *   `OUTCOME_POINTS` for the feature-talk it removes.
 */
import type { Audience, Finding, Score, ScorePart, Severity } from '../types.ts';

/** What the score is computed from. */
export interface ScoreInput {
  /** Words of the user's own text (quotes and signatures left out). */
  words: number;
  /** Words in each sentence of the user's own text. */
  sentenceLengths: readonly number[];
  /** Every finding (the quiet view only decides what is shown first; the score counts them all). */
  findings: readonly Finding[];
  /** Sentences reporting work, those that state an outcome, and those that report work with none; null when feature-talk is off. */
  outcome: { sentences: number; actions: number; outcomes: number; featureOnly: number } | null;
  /** Whom the message is for, to say who "may not know" a term. Default executives. */
  audience?: Audience;
}

/** Points per sentence-share of unfamiliar terms: one high-severity term in every sentence costs this much. */
export const TERM_POINTS = 20;
/** How much a term weighs by severity: a low one is a word most readers half-know. */
export const TERM_WEIGHT: Record<Severity, number> = { high: 1, medium: 0.8, low: 0.5 };
/** Points when every sentence reports work without saying what it gives anyone. */
export const OUTCOME_POINTS = 30;
/** Points per sentence-share of wording that undersells, sets IT apart or discourages asking. */
export const WORDING_POINTS = 12;
const WORDING_WEIGHT: Record<Severity, number> = { high: 1, medium: 1, low: 0.6 };
/** Sentences longer than this are hard to follow at first reading. */
export const LONG_SENTENCE_WORDS = 25;
/** Points per word over the limit, per sentence-share. */
export const LENGTH_POINTS = 0.4;

const AUDIENCE_NAMES: Record<Audience, string> = {
  board: 'the board',
  executive: 'executives',
  manager: 'department managers',
  staff: 'staff',
};

const TERM_CHECKS = new Set<Finding['check']>(['jargon', 'technical', 'acronym']);
const WORDING_CHECKS = new Set<Finding['check']>(['us-them', 'undermining', 'discouraging']);

const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;
const round1 = (n: number) => Math.round(n * 10) / 10;

/** The distinct marked terms, in text order, by their spelling in any case. */
function distinctTerms(findings: readonly Finding[]): string[] {
  const seen = new Map<string, string>();
  for (const f of findings) {
    const key = f.entryId ?? f.text.toLowerCase();
    if (!seen.has(key)) seen.set(key, f.text);
  }
  return [...seen.values()];
}

/** "MFA, EDR and SD-WAN", or "MFA, EDR, SD-WAN and 4 more". */
function examples(terms: readonly string[], max = 3): string {
  if (terms.length <= max) return terms.length > 1 ? `${terms.slice(0, -1).join(', ')} and ${terms[terms.length - 1]}` : (terms[0] ?? '');
  return `${terms.slice(0, max).join(', ')} and ${terms.length - max} more`;
}

function termsPart(input: ScoreInput, sentences: number, reader: string): ScorePart {
  const terms = input.findings.filter((f) => TERM_CHECKS.has(f.check) && !f.wholeMessage);
  const weight = terms.reduce((sum, f) => sum + TERM_WEIGHT[f.severity], 0);
  const penalty = (TERM_POINTS * weight) / sentences;
  const names = distinctTerms(terms);
  const detail = names.length
    ? `${plural(names.length, 'term')} left that ${reader} may not know: ${examples(names)}.`
    : `No terms ${reader} may not know.`;
  return { id: 'terms', label: 'Unfamiliar terms', penalty, detail };
}

function outcomePart(input: ScoreInput, sentences: number, reader: string): ScorePart {
  const featureOnly = input.outcome?.featureOnly ?? 0;
  const penalty = (OUTCOME_POINTS * featureOnly) / sentences;
  const detail = featureOnly
    ? `${plural(featureOnly, 'sentence says', 'sentences say')} what was done, not what it gives ${reader}.`
    : input.outcome && input.outcome.actions > 0
      ? `Every sentence about work says what it gives ${reader}.`
      : 'No report of work that needs an outcome.';
  return { id: 'outcome', label: 'Outcome stated', penalty, detail };
}

function wordingPart(input: ScoreInput, sentences: number): ScorePart {
  const wording = input.findings.filter((f) => WORDING_CHECKS.has(f.check));
  const weight = wording.reduce((sum, f) => sum + WORDING_WEIGHT[f.severity], 0);
  const penalty = (WORDING_POINTS * weight) / sentences;
  const detail = wording.length
    ? `${plural(wording.length, 'phrase undersells', 'phrases undersell')} the work, set${wording.length === 1 ? 's' : ''} IT apart or discourage${wording.length === 1 ? 's' : ''} asking.`
    : 'No wording that sets IT apart or undersells the work.';
  return { id: 'wording', label: 'Wording', penalty, detail };
}

function lengthPart(input: ScoreInput, sentences: number): ScorePart {
  let over = 0;
  let long = 0;
  for (const length of input.sentenceLengths) {
    if (length <= LONG_SENTENCE_WORDS) continue;
    long++;
    over += length - LONG_SENTENCE_WORDS;
  }
  const penalty = (LENGTH_POINTS * over) / sentences;
  const detail = long
    ? `${plural(long, 'sentence is', 'sentences are')} over ${LONG_SENTENCE_WORDS} words: split ${long === 1 ? 'it' : 'them'}.`
    : `No sentence over ${LONG_SENTENCE_WORDS} words.`;
  return { id: 'sentence-length', label: 'Sentence length', penalty, detail };
}

/** Scores a message from its findings and counts. Deterministic; 100 for an empty message. */
export function computeScore(input: ScoreInput): Score {
  const reader = AUDIENCE_NAMES[input.audience ?? 'executive'];
  const sentences = Math.max(1, input.sentenceLengths.length);
  const parts = [
    termsPart(input, sentences, reader),
    outcomePart(input, sentences, reader),
    wordingPart(input, sentences),
    lengthPart(input, sentences),
  ];
  // Rounded once, from the exact sum: parts rounded on their own could move the total against a fix.
  const lost = parts.reduce((sum, part) => sum + part.penalty, 0);
  const value = Math.max(0, Math.min(100, Math.round(100 - lost)));
  for (const part of parts) part.penalty = round1(part.penalty);
  const losing = parts.filter((part) => part.penalty > 0).sort((a, b) => b.penalty - a.penalty);
  const summary = !input.words
    ? 'Nothing to score yet.'
    : losing.length
      ? losing
          .slice(0, 2)
          .map((part) => part.detail.replace(/\.$/, ''))
          .join('; ') + '.'
      : `Nothing lowers the score: ready for ${reader}.`;
  return { value, parts, summary, words: input.words };
}
