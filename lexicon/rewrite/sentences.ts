/**
 * The sentences a rewrite works on. They are the analyzer's sentences (lexicon/analyze/sentences.ts), so the
 * sentence a rewrite replaces is exactly the one a finding names, in the card, the popup and the worksheet.
 * Offsets stay relative to the message. Linear in the length of the text.
 */
import { messageSentences, type SentenceSpan } from '../analyze/sentences.ts';

export type { SentenceSpan };

/** Splits `text` into sentences: the user's paragraphs (quotes and signatures left out), as the analyzer splits them. */
export function splitSentences(text: string): SentenceSpan[] {
  return messageSentences(text);
}

/** The sentence that holds `offset`, or null when the offset is between sentences. */
export function sentenceAt(text: string, offset: number): SentenceSpan | null {
  return splitSentences(text).find((s) => offset >= s.start && offset < s.end) ?? null;
}

/** The number of words in `text` (runs of letters or digits, with inner apostrophes and hyphens). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
