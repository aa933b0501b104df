/**
 * Decides whether a sentence may be restructured at all. Where it may not, only the plain replacements are
 * offered, with a reason the user can read.
 */
import { countWords } from './sentences.ts';
import { isQuotation } from '../checks/sentence-cues.ts';
import type { UnsafeReason } from './types.ts';

/** Sentences longer than this get plain replacements only (and compromise never sees them). */
export const MAX_REWRITE_WORDS = 60;

/** What the user reads for each reason: why a suggestion is plain wording only, said as a colleague would. */
export const UNSAFE_MESSAGES: Record<UnsafeReason, string> = {
  'too-long': `This sentence is longer than ${MAX_REWRITE_WORDS} words, so only plain wording is offered; two shorter sentences leave room to say what it gives the reader.`,
  quote: 'These are quoted words, so they are left as they were said.',
  question: 'This is a question, so nothing is added to it.',
  heading: 'This reads as a heading or a list label, so nothing is added to it.',
  fault: 'This reports a problem, so no benefit is added. Say who was affected and what is working again.',
  risk: 'This describes a risk, so no benefit is added. Say what people should do, or what now protects them.',
  instruction: 'This asks the reader to do something; it needs no outcome.',
  disruption: 'This announces a disruption. Say why it is worth it in the sentence about the change itself.',
  description: 'This describes something rather than a change, so no outcome is added.',
  negated: 'This says something did not happen, so no benefit can be claimed for it.',
  'no-term': 'No term here has an outcome in the lexicon. The worksheet helps you say what this does for the reader.',
  'no-focus': 'What this change gives the reader is not something the lexicon knows: add it in your own words.',
  'has-purpose': 'This sentence already says why, so no outcome is added.',
  'depends-on-why': 'What this change gives the reader depends on why it was done: add that in your own words.',
  'facts-lost': 'A rewrite would have lost a fact (a number, date, name or "not"), so only what keeps every fact is offered.',
  grammar: 'A rewrite did not read cleanly, so it is not offered.',
  'too-many-words': 'An outcome would make this sentence too long to send; say the benefit in a sentence of its own.',
};

/** The reason a sentence cannot be restructured before it is parsed (cheap checks), or null. */
export function unsafeBeforeParse(sentence: string): UnsafeReason | null {
  if (countWords(sentence) > MAX_REWRITE_WORDS) return 'too-long';
  if (isQuotation(sentence)) return 'quote';
  if (/\?["'”’)\]]*\s*$/.test(sentence)) return 'question';
  return null;
}
