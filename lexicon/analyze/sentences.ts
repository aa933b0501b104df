/**
 * The sentences of a message, as the analyzer sees them: the user's paragraphs (quotes, signatures and code left
 * out), each split by `splitSentences`. A finding's `sentence` is always one of these spans, so the card, the
 * popup, the worksheet and the rewrite engine agree on which words "the sentence" is.
 */
import { findInlineSkips, layoutMessage, maskRanges } from './regions.ts';
import { tokenize } from '../match/tokenize.ts';
import { splitSentences } from './unit.ts';
import type { Finding, SentenceTerm } from '../types.ts';

/** One sentence of a message. `text === message.slice(start, end)`. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/** The sentences of the user's own paragraphs, in text order. Linear in the length of the text. */
export function messageSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const unit of layoutMessage(text).units) {
    const paragraph = text.slice(unit.start, unit.end);
    const masked = maskRanges(paragraph, findInlineSkips(paragraph));
    for (const s of splitSentences(masked, tokenize(masked), paragraph)) {
      const start = unit.start + s.start;
      const end = unit.start + s.end;
      spans.push({ start, end, text: text.slice(start, end) });
    }
  }
  return spans;
}

/**
 * The findings that mark words inside a sentence (not the sentence itself, not the whole message), as terms relative
 * to it: what a rewrite of that sentence rewords. Pass the findings shown to the user, so that allowed and ignored
 * terms stay as written.
 */
export function termsInSentence(findings: readonly Finding[], sentence: { start: number; end: number }): SentenceTerm[] {
  const terms: SentenceTerm[] = [];
  for (const f of findings) {
    if (f.wholeMessage || f.check === 'feature-talk' || f.start < sentence.start || f.end > sentence.end) continue;
    const term: SentenceTerm = { start: f.start - sentence.start, end: f.end - sentence.start, text: f.text, check: f.check };
    if (f.entryId) term.entryId = f.entryId;
    terms.push(term);
  }
  return terms;
}
