/**
 * Check 4: feature-talk. A sentence that reports what IT did (migrated, patched, rolled out…) and never says
 * what that does for anyone; and, once per message, a message of three or more sentences that reports work
 * but never states a benefit or outcome at all. The word lists are data: feature-talk.data.ts.
 */
import { conjugate, IRREGULAR_PAST_FORMS } from '../inflect/rules.ts';
import type { Token } from '../match/tokenize.ts';
import { compilePhraseList } from '../match/trie.ts';
import type { PreparedUnit, Sentence } from '../analyze/unit.ts';
import { registerWords } from '../match/word-index.ts';
import {
  ACTION_VERBS,
  BENEFIT_PHRASES,
  NOT_BENEFIT_PHRASES,
  REMEDIATION_PHRASES,
  AUDIENCE_HINTS,
  AUXILIARIES,
  FILLERS,
  IRREGULAR_ACTION_FORMS,
  MIN_MESSAGE_SENTENCES,
  MIN_SENTENCE_WORDS,
  OUTCOME_PHRASES,
  PHRASAL_ACTIONS,
  PRINCIPLE,
  READER_SUBJECTS,
  SUBJECTS,
} from './feature-talk.data.ts';
import { cueRole, possibleCues } from './sentence-cues.ts';
import { placeFindings, type Check, type DraftFinding } from './types.ts';

/** Counts the whole-message finding is judged on. */
export interface FeatureTalkFacts {
  /** Sentences of at least `MIN_SENTENCE_WORDS` words. */
  sentences: number;
  /** Sentences that report IT work. */
  actions: number;
  /** Sentences that state a benefit or outcome. */
  outcomes: number;
  /** Sentences that report work with no outcome (each one a finding). */
  featureOnly: number;
  /** Sentences that state a benefit or a business consequence for the reader (see BENEFIT_PHRASES). */
  benefits: number;
}

const PAST = new Set(IRREGULAR_ACTION_FORMS);
const ACTION_FORMS = new Set<string>(IRREGULAR_ACTION_FORMS);
for (const verb of ACTION_VERBS) {
  ACTION_FORMS.add(verb);
  for (const form of conjugate(verb)) {
    ACTION_FORMS.add(form);
    if (form.endsWith('ed')) PAST.add(form);
  }
}
const SUBJECT = new Set(SUBJECTS);
const AUXILIARY = new Set(AUXILIARIES);
const FILLER = new Set(FILLERS);
const READER = new Set([...READER_SUBJECTS, 'please', 'how', 'if', 'when']);
const OUTCOMES = compilePhraseList(OUTCOME_PHRASES.map((pattern) => ({ pattern, value: true })));
const REMEDIATION = compilePhraseList(REMEDIATION_PHRASES.map((pattern) => ({ pattern, value: true })));
const BENEFITS = compilePhraseList([
  ...NOT_BENEFIT_PHRASES.map((pattern) => ({ pattern, value: false })),
  ...BENEFIT_PHRASES.map((pattern) => ({ pattern, value: true })),
]);
const PHRASAL = compilePhraseList(PHRASAL_ACTIONS.map((pattern) => ({ pattern, value: true })));
/** Word-index bit of the action verbs' forms; a token without it, or PHRASAL's bit, reports no work. */
const ACTION_BIT = registerWords(ACTION_FORMS);
const REPORT_BITS = ACTION_BIT | PHRASAL.bit;

/** How far back from the verb a subject or auxiliary may stand. */
const LOOK_BACK = 4;

/** Is token `j` a word that says IT is the one reporting ("we", "I", "the team", "IT")? */
function isSubject(token: Token): boolean {
  return SUBJECT.has(token.lower) || token.text === 'IT';
}

/**
 * Do the words before token `k` make it a report of work done (or planned) by IT? Yes when a subject or an
 * auxiliary stands just before it ("we have now migrated", "was upgraded"); for past forms also when only
 * fillers precede it ("Deployed the fix", "just restarted it") or when the sentence opens with a subject and
 * lists several jobs ("We truncated the log and restarted the service").
 */
function isReport(tokens: readonly Token[], sentence: Sentence, k: number, past: boolean): boolean {
  const first = sentence.firstToken;
  for (let j = first; j < k; j++) if (READER.has(tokens[j]!.lower)) return false;
  let j = k - 1;
  for (; j >= first && k - j <= LOOK_BACK; j--) {
    const word = tokens[j]!;
    if (AUXILIARY.has(word.lower) || isSubject(word)) return true;
    if (!FILLER.has(word.lower)) break;
  }
  if (!past) return false;
  if (j < first) return true;
  for (let s = first; s < Math.min(first + 3, k); s++) if (isSubject(tokens[s]!)) return true;
  return false;
}

/** The first token that reports IT work in the sentence, or -1. */
function findReport(unit: PreparedUnit, sentence: Sentence): number {
  const { tokens, info } = unit;
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    const flags = info[k]?.flags ?? 0;
    if (!(flags & REPORT_BITS)) continue;
    const lower = tokens[k]!.lower;
    if (flags & ACTION_BIT && ACTION_FORMS.has(lower) && isReport(tokens, sentence, k, PAST.has(lower))) return k;
    const phrasal = flags & PHRASAL.bit ? PHRASAL.atIn(unit, k, sentence.endToken) : null;
    if (phrasal && isReport(tokens, sentence, k, lower.endsWith('ed') || IRREGULAR_PAST_FORMS.has(lower))) return k;
  }
  return -1;
}

/** The sentence with its lexicon terms blanked out, so a term ("failover", "bug tracker") is never read as a cue. */
function blankedSentence(unit: PreparedUnit, sentence: Sentence): string {
  let text = unit.masked.slice(sentence.start, sentence.end);
  for (const term of unit.terms) {
    if (term.end <= sentence.start || term.start >= sentence.end) continue;
    const from = term.start - sentence.start;
    text = text.slice(0, from) + ' '.repeat(term.end - term.start) + text.slice(from + term.end - term.start);
  }
  return text;
}

/** One message per audience, made once: a long message has hundreds of these findings (memory per tab). */
const SENTENCE_MESSAGES = new Map<string, string>();

function sentenceMessage(audience: keyof typeof AUDIENCE_HINTS): string {
  let message = SENTENCE_MESSAGES.get(audience);
  if (message === undefined) {
    message = `This sentence says what was done but not what it does for anyone. Add the benefit: "…, so staff can …" or "…, which means …". ${AUDIENCE_HINTS[audience]} ${PRINCIPLE}`;
    SENTENCE_MESSAGES.set(audience, message);
  }
  return message;
}

/** Marks sentences that report work with no benefit, and messages that never state an outcome. */
export const featureTalkCheck: Check<FeatureTalkFacts> = {
  id: 'feature-talk',
  inUnit(unit, { audience }) {
    const findings: DraftFinding[] = [];
    const facts: FeatureTalkFacts = { sentences: 0, actions: 0, outcomes: 0, featureOnly: 0, benefits: 0 };
    for (const sentence of unit.sentences) {
      if (sentence.endToken - sentence.firstToken < MIN_SENTENCE_WORDS) continue;
      facts.sentences++;
      const hasOutcome = OUTCOMES.findIn(unit, sentence.firstToken, sentence.endToken).length > 0;
      if (hasOutcome) facts.outcomes++;
      if (
        BENEFITS.findIn(unit, sentence.firstToken, sentence.endToken).some((hit) => hit.value) &&
        !REMEDIATION.findIn(unit, sentence.firstToken, sentence.endToken).length
      ) {
        facts.benefits++;
      }
      if (findReport(unit, sentence) < 0) continue;
      // A question, a heading, a fault, a risk, an instruction or a disruption notice is not feature-talk, even
      // when it names work ("This incident has been resolved.", "Why is this change being made?").
      const { firstToken, endToken } = sentence;
      const possible = possibleCues(unit.tokens, unit.shapes, firstToken, endToken);
      if (cueRole(unit.masked.slice(sentence.start, sentence.end), blankedSentence(unit, sentence), endToken - firstToken, possible))
        continue;
      facts.actions++;
      if (hasOutcome) continue;
      facts.featureOnly++;
      findings.push({
        start: sentence.start,
        end: sentence.end,
        severity: 'medium',
        key: 'sentence',
        message: sentenceMessage(audience),
        suggestions: [],
      });
    }
    return { findings, facts };
  },
  acrossMessage(results, message, { audience }) {
    const findings: DraftFinding[] = [];
    const total = { sentences: 0, actions: 0, benefits: 0 };
    for (const { offset, result } of results) {
      findings.push(...placeFindings(result.findings, offset));
      total.sentences += result.facts?.sentences ?? 0;
      total.actions += result.facts?.actions ?? 0;
      total.benefits += result.facts?.benefits ?? 0;
    }
    const first = message.units[0];
    const last = message.units[message.units.length - 1];
    // Reports of work, and change, maintenance and outage notices alike: three sentences and not one benefit.
    if (first && last && total.sentences >= MIN_MESSAGE_SENTENCES && total.benefits === 0) {
      findings.push({
        start: first.start,
        end: last.end,
        severity: 'medium',
        key: 'message',
        wholeMessage: true,
        message: `${total.actions > 0 ? 'This message reports work' : 'This message says what is happening'} but never what it means for the reader. Add a sentence on the outcome: what people can now do, what it saves, what risk is gone, or why a disruption is worth it. ${AUDIENCE_HINTS[audience]}`,
        suggestions: [],
      });
    }
    return findings;
  },
};
