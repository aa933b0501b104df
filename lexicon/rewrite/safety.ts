/**
 * Decides whether a sentence may be restructured at all. Where it may not, only the plain replacements are
 * offered, with a reason the user can read.
 */
import type { SentenceParse } from './parse.ts';
import { countWords } from './sentences.ts';
import type { UnsafeReason } from './types.ts';

/** Sentences longer than this get plain replacements only (and compromise never sees them). */
export const MAX_REWRITE_WORDS = 60;

/** What the user reads for each reason. */
export const UNSAFE_MESSAGES: Record<UnsafeReason, string> = {
  'too-long': `This sentence is longer than ${MAX_REWRITE_WORDS} words, so only the plain wording is offered; splitting it in two makes room for the outcome.`,
  'no-verb': 'This reads as a heading or a fragment (no verb found), so only the plain wording is offered.',
  quote: 'This sentence quotes someone, and quoted words are not reworded; only the plain wording is offered.',
  question: 'This is a question; adding an outcome would change what it asks, so only the plain wording is offered.',
  'past-fault':
    'This reports a past fault; say who was affected and what is in place now, rather than a benefit. Only the plain wording is offered.',
  negated: 'This says something did not happen, so no benefit can be claimed for it; only the plain wording is offered.',
  'no-term': 'No term here has a benefit or outcome in the lexicon; use the worksheet to say what this does for the reader.',
  'facts-lost': 'A rewrite would have lost a fact (a number, date, name or "not"), so only the plain wording is offered.',
  grammar: 'A rewrite did not pass the grammar checks, so only the plain wording is offered.',
};

/** True when the sentence quotes someone: a quoted passage of two or more words, or a quoted-reply line. */
export function isQuotation(sentence: string): boolean {
  if (/^\s*>/.test(sentence)) return true;
  return /["“„«][^"“”„«»]*\s[^"“”„«»]*["”»]/.test(sentence) || /(?:^|\s)‘[^‘’]*\s[^‘’]*’(?:\s|[.,;:!?]|$)/.test(sentence);
}

/** The reason a sentence cannot be restructured before it is parsed (cheap checks), or null. */
export function unsafeBeforeParse(sentence: string): UnsafeReason | null {
  if (countWords(sentence) > MAX_REWRITE_WORDS) return 'too-long';
  if (isQuotation(sentence)) return 'quote';
  if (/\?["'”’)\]]*\s*$/.test(sentence)) return 'question';
  return null;
}

/** The reason a parsed sentence cannot be restructured, or null. */
export function unsafeAfterParse(parse: SentenceParse): UnsafeReason | null {
  return parse.hasVerb ? null : 'no-verb';
}
