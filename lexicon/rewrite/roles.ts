/**
 * What a sentence is doing, decided before anything is added to it. An outcome ("…, so that staff can work from
 * home") follows honestly only from a change announced or work completed; a fault, a risk, an instruction, a
 * disruption, a definition, a question, a heading or someone's quoted words get plain wording at most, because a
 * benefit clause after them would credit the fault, change the question, or put words in someone's mouth.
 */
import { ACTION_VERBS, PHRASAL_ACTIONS } from '../checks/feature-talk.data.ts';
import { expandPattern } from '../match/trie.ts';
import { toInfinitive } from './language.ts';
import type { SentenceParse } from './parse.ts';
import { cueRole, DISRUPTION } from '../checks/sentence-cues.ts';
import { countWords } from './sentences.ts';

export type SentenceRole =
  /** A change announced, planned or under way: "We will move email to the cloud on Friday." */
  | 'change'
  /** Work completed: "We upgraded the VPN last night." */
  | 'completed'
  /** A fault or incident, past or present: "The database failed over at 02:10." */
  | 'fault'
  /** A risk or threat: "Phishing emails are targeting finance staff." */
  | 'risk'
  /** An instruction to the reader: "Please restart your laptop tonight." */
  | 'instruction'
  /** A schedule or disruption notice: "Email will be unavailable from 8pm to 10pm." */
  | 'disruption'
  /** A description or definition: "MFA is a second check at sign-in." */
  | 'description'
  /** A question. */
  | 'question'
  /** A heading, a list label or a fragment with no verb. */
  | 'heading'
  /** Someone's quoted words. */
  | 'quote';

/** Roles after which an outcome clause follows honestly. */
export const OUTCOME_ROLES: ReadonlySet<SentenceRole> = new Set(['change', 'completed']);
/** Roles an analogy may explain: it says what the main thing is like. */
export const ANALOGY_ROLES: ReadonlySet<SentenceRole> = new Set(['change', 'completed', 'description']);

/** The change verbs, by infinitive, and the first words of the phrasal ones. */
const CHANGE_VERBS = new Set(ACTION_VERBS.filter((v) => !/^(?:test|create|add|apply|complete|finish|push|commit|block)$/.test(v)));
const PHRASAL = new Set(PHRASAL_ACTIONS.flatMap((p) => expandPattern(p)).map((p) => p.toLowerCase()));
const PAST_AUXILIARY = /^(?:has|have|had|was|were|did)$/i;
const FUTURE_AUXILIARY =
  /^(?:will|'ll|shall|going|is|are|am|be|being|plan|plans|planning|intend|intends|aim|aims|would|can|could|may|might)$/i;

/** Blanks the jargon terms out of the sentence, so a term ("failover", "bug tracker") is never read as a cue. */
function withoutTerms(sentence: string, terms: readonly { start: number; end: number }[]): string {
  let text = sentence;
  for (const t of terms) text = text.slice(0, t.start) + ' '.repeat(Math.max(0, t.end - t.start)) + text.slice(t.end);
  return text;
}

/**
 * The change the sentence reports, if it reports one: its verb group (from the parse) whose main word is a change
 * verb ("migrated", "will be upgraded", "rolled out"), and whether it is done (past) or announced.
 */
export function changeVerb(parse: SentenceParse): { index: number; done: boolean } | null {
  for (let index = 0; index < parse.verbs.length; index++) {
    const group = parse.verbs[index]!;
    const groupWords = parse.words.filter((w) => w.start >= group.start && w.end <= group.end);
    const after = parse.words.find((w) => w.start >= group.end);
    // The change verb may be any content word of the group ("has rolled out": "rolled" with its particle).
    const isChange = groupWords.some((w, k) => {
      const word = w.text.toLowerCase();
      const next = (groupWords[k + 1] ?? after)?.text.toLowerCase();
      return CHANGE_VERBS.has(toInfinitive(word)) || (!!next && PHRASAL.has(`${word} ${next}`));
    });
    if (!isChange) continue;
    const lead = groupWords[0]!;
    const future = groupWords.some((w) => FUTURE_AUXILIARY.test(w.text)) && !groupWords.some((w) => PAST_AUXILIARY.test(w.text));
    const done = !future && (PAST_AUXILIARY.test(lead.text) || lead.tags.has('PastTense') || group.head.tags.has('PastTense'));
    return { index, done };
  }
  return null;
}

/**
 * The role of one sentence. `terms` are the jargon terms in it (offsets into the sentence): their words are not
 * read as cues. Roles that rule out an outcome are tested first, so "We fixed the outage" is a fault, not a
 * completed change: a benefit after it would read as if the outage helped.
 */
export function sentenceRole(
  sentence: string,
  parse: SentenceParse | null,
  terms: readonly { start: number; end: number }[] = [],
): SentenceRole {
  const blanked = withoutTerms(sentence, terms);
  const cue = cueRole(sentence, blanked, countWords(sentence));
  // A notice of planned disruption ("will be unavailable from 8pm") that also names the change is a change.
  const change = parse?.hasVerb ? changeVerb(parse) : null;
  if (cue && !(cue === 'disruption' && change)) return cue;
  // "The database failed over at 02:10": the term is blanked out of the cues, but a system that failed over had
  // failed. (The noun, "we tested failover", is no fault.)
  if (FAILED_OVER.test(sentence)) return 'fault';
  // A repair ("deploy the fix", "the hotfix for…") answers a fault: its outcome is the fault gone, which only the
  // writer can name, so it is read as one.
  if (REPAIR.test(blanked)) return 'fault';
  if (!parse?.hasVerb) return 'heading';
  if (isImperative(parse)) return 'instruction';
  if (change) return change.done ? 'completed' : habitual(parse, change.index, blanked) ? 'description' : 'change';
  return DISRUPTION.test(blanked) ? 'disruption' : 'description';
}

/** Words that make a present-tense verb a habit ("scales up every day", "backs up nightly"), not a change announced. */
const HABIT =
  /\b(?:every|each)\s+(?:day|night|morning|evening|week|weekend|month|year|hour|minute|time)\b|\b(?:daily|nightly|hourly|weekly|monthly|regularly|routinely|automatically|always|usually|normally|typically|often|constantly|continuously|whenever)\b/i;

/**
 * Does the change verb tell of a habit, not a change: in the present simple ("scales up", "replicates") with no
 * auxiliary of the future or the past, and a word of habit in the sentence? "Slack's servers scale up every day"
 * describes how a system works; an outcome after it would sell a routine as news.
 */
function habitual(parse: SentenceParse, index: number, blanked: string): boolean {
  const group = parse.verbs[index]!;
  const groupWords = parse.words.filter((w) => w.start >= group.start && w.end <= group.end);
  if (groupWords.some((w) => FUTURE_AUXILIARY.test(w.text) || PAST_AUXILIARY.test(w.text) || w.tags.has('PastTense'))) return false;
  return HABIT.test(blanked);
}

/** A system failing over, told as something that happened or happens. */
const FAILED_OVER = /\bfail(?:ed|s|ing)?\s+over\b/i;

/** The words of a repair: the thing that answers a fault. Not in the feature-talk cues, where "Deployed the fix" is still a report to question. */
const REPAIR = /\b(?:(?:hot)?fix(?:es)?\s+(?:for|to)\b|(?:the|a|this|that|our)\s+(?:hot)?fix(?:es)?\b|hotfix(?:es)?)\b/i;

/** Does the sentence open with a verb in the imperative ("Restart your laptop…", "Log in with…")? */
function isImperative(parse: SentenceParse): boolean {
  const first = parse.words[0];
  if (!first) return false;
  const lower = first.text.toLowerCase();
  if (/^(?:we|i|it|they|he|she|you|our|the|this|that|these|those|a|an|there)$/.test(lower)) return false;
  return (first.tags.has('Imperative') || first.tags.has('Infinitive')) && !first.tags.has('PastTense') && !first.tags.has('Gerund');
}
