/**
 * The business-readiness score: 100 minus points lost in five parts, each with a reason a writer can act on.
 * Readers understand a text when about 98 in 100 of its words are familiar, so unfamiliar terms weigh most.
 */
import type { Finding, Score, ScorePart } from '../types.ts';

/** What the score is computed from. */
export interface ScoreInput {
  /** Words of the user's own text (quotes and signatures left out). */
  words: number;
  /** Words in each sentence of three words or more. */
  sentenceLengths: readonly number[];
  /** The findings the user sees. */
  findings: readonly Finding[];
  /** Sentences reporting work, those that state an outcome, and those that report work with none; null when feature-talk is off. */
  outcome: { sentences: number; actions: number; outcomes: number; featureOnly: number } | null;
}

/** Most points each part can take. */
export const MAX_PENALTY = { 'jargon-density': 40, outcome: 25, acronyms: 15, 'sentence-length': 15, wording: 10 } as const;
/** Sentences longer than this are hard to follow at first reading. */
export const LONG_SENTENCE_WORDS = 35;
/** Average sentence length above which the score starts to drop. */
export const TARGET_AVERAGE_WORDS = 20;

const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

function jargonPart(input: ScoreInput): ScorePart {
  const unfamiliar = input.findings.filter((f) => f.check === 'jargon' || f.check === 'technical').length;
  const per100 = input.words ? (unfamiliar * 100) / input.words : 0;
  const penalty = Math.min(MAX_PENALTY['jargon-density'], Math.round(per100 * 10));
  const detail = unfamiliar
    ? `${plural(unfamiliar, 'unfamiliar term')} in ${plural(input.words, 'word')} (${per100.toFixed(1)} per 100); readers need about 98 in 100 words to be familiar.`
    : 'No unfamiliar terms.';
  return { id: 'jargon-density', label: 'Jargon', penalty, detail };
}

function outcomePart(input: ScoreInput): ScorePart {
  const facts = input.outcome;
  if (!facts || facts.actions === 0)
    return { id: 'outcome', label: 'Outcome stated', penalty: 0, detail: 'No report of work that needs an outcome.' };
  if (facts.outcomes === 0 && facts.sentences >= 3) {
    return {
      id: 'outcome',
      label: 'Outcome stated',
      penalty: MAX_PENALTY.outcome,
      detail: 'The message reports work but never says what it means for the reader.',
    };
  }
  const penalty = Math.round((MAX_PENALTY.outcome * facts.featureOnly) / facts.actions);
  const detail = facts.featureOnly
    ? `${plural(facts.featureOnly, 'sentence')} of ${facts.actions} about work done never say what it does for anyone.`
    : 'Every report of work says what it does for someone.';
  return { id: 'outcome', label: 'Outcome stated', penalty, detail };
}

function acronymPart(input: ScoreInput): ScorePart {
  const undefinedAcronyms = input.findings.filter((f) => f.check === 'acronym').length;
  const penalty = Math.min(MAX_PENALTY.acronyms, undefinedAcronyms * 5);
  const detail = undefinedAcronyms
    ? `${plural(undefinedAcronyms, 'acronym')} never spelled out.`
    : 'Every acronym is spelled out or commonly known.';
  return { id: 'acronyms', label: 'Acronyms defined', penalty, detail };
}

function sentencePart(input: ScoreInput): ScorePart {
  const lengths = input.sentenceLengths;
  if (!lengths.length) return { id: 'sentence-length', label: 'Sentence length', penalty: 0, detail: 'No sentences yet.' };
  const average = lengths.reduce((a, b) => a + b, 0) / lengths.length;
  const long = lengths.filter((n) => n > LONG_SENTENCE_WORDS).length;
  const penalty = Math.min(
    MAX_PENALTY['sentence-length'],
    Math.max(0, Math.round(average - TARGET_AVERAGE_WORDS)) + Math.min(10, long * 3),
  );
  const detail = `Sentences average ${Math.round(average)} words${long ? `; ${plural(long, 'sentence')} over ${LONG_SENTENCE_WORDS} words` : ''}.`;
  return { id: 'sentence-length', label: 'Sentence length', penalty, detail };
}

function wordingPart(input: ScoreInput): ScorePart {
  const wording = input.findings.filter((f) => f.check === 'us-them' || f.check === 'undermining' || f.check === 'discouraging').length;
  const penalty = Math.min(MAX_PENALTY.wording, wording * 3);
  const detail = wording
    ? `${plural(wording, 'phrase')} that set IT apart, undersell the work or discourage asking.`
    : 'No wording that sets IT apart or undersells the work.';
  return { id: 'wording', label: 'Wording', penalty, detail };
}

/** Scores a message from its findings and counts. Deterministic; 100 for an empty message. */
export function computeScore(input: ScoreInput): Score {
  const parts = [jargonPart(input), outcomePart(input), acronymPart(input), sentencePart(input), wordingPart(input)];
  const lost = parts.reduce((sum, part) => sum + part.penalty, 0);
  const value = Math.max(0, Math.min(100, 100 - lost));
  let worst: ScorePart | undefined;
  for (const part of parts) if (part.penalty > 0 && (!worst || part.penalty > worst.penalty)) worst = part;
  const summary = !input.words
    ? 'Nothing to score yet.'
    : worst
      ? `${worst.label} lowers the score most: ${worst.detail}`
      : 'Nothing lowers the score: ready for any reader.';
  return { value, parts, summary };
}
