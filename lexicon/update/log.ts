/**
 * Logging a win from the words in a compose box: which words (the selection, else the sentence at the caret) and
 * the win they make. The popup's "Log as a win" and the keyboard command both build their win here, so a win logged
 * either way has the same shape, and Your update offers the same suggestions for it.
 */
import { messageSentences } from '../analyze/sentences.ts';
import { toDateKey } from './period.ts';
import type { Win } from './types.ts';

/** The longest `what` a win holds (the wins schema's limit), and the longest benefit. */
const MAX_WHAT = 500;
const MAX_BENEFIT = 400;

/** Line breaks, tabs and runs of spaces as one space: a win is one line of the user's words. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The words to log from a box's text: the selection when there is one, else the sentence the caret is in (at a
 * sentence's end or in the space after it, that sentence). Null when there are no words there.
 */
export function winTextAt(text: string, start: number, end: number = start): string | null {
  const from = Math.max(0, Math.min(start, end, text.length));
  const to = Math.min(text.length, Math.max(start, end));
  if (to > from) return oneLine(text.slice(from, to)) || null;
  const sentences = messageSentences(text);
  // The sentence holding the caret; else the last one that ends before it (the caret in the gap after a sentence).
  const at = sentences.find((s) => s.start <= from && from <= s.end) ?? sentences.filter((s) => s.end <= from).pop();
  return at ? oneLine(at.text) || null : null;
}

/** A new win for today from the user's words (and, from the worksheet, its benefit); the rest is for the user to add. */
export function newWin(words: { what: string; benefit?: string }, now: Date, id: string): Win {
  const stamp = now.toISOString();
  return {
    id,
    what: oneLine(words.what).slice(0, MAX_WHAT),
    date: toDateKey(now),
    people: [],
    goal: '',
    benefit: oneLine(words.benefit ?? '')
      .replace(/[.!?]+$/, '')
      .slice(0, MAX_BENEFIT),
    beneficiary: '',
    created: stamp,
    updated: stamp,
  };
}
