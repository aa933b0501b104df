/**
 * Tidies a sentence after words were swapped in it: spacing, a/an, doubled words and determiners, the capital at
 * the start and the final punctuation. It only fixes what `checkSentenceQuality` would reject.
 */
import { fixArticle, isWrongArticle } from './articles.ts';

const DETERMINERS = /^(?:a|an|the)$/i;
const POSSESSIVES = /^(?:our|your|their|my|his|her|its)$/i;

/** Upper-cases the first letter, unless the first word is a brand spelled like "iPhone". */
export function capitalizeFirst(text: string): string {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/u);
  if (!m || m.index === undefined) return text;
  const word = m[0];
  if (/\p{Lu}/u.test(word.slice(1)) && /\p{Ll}/u.test(word[0]!)) return text;
  return text.slice(0, m.index) + word[0]!.toUpperCase() + text.slice(m.index + 1);
}

/** Ends the sentence with a full stop when it has no final punctuation. */
export function ensureFinalPunctuation(text: string, mark = '.'): string {
  const trimmed = text.replace(/\s+$/, '');
  if (/[.!?…]["'”’)\]]*$/.test(trimmed)) return trimmed;
  return trimmed.replace(/[,;:\s]+$/, '') + mark;
}

/**
 * Fixes the mistakes that word substitution makes. Words that are not touched keep their spelling, so the user's
 * own text survives unchanged apart from the repairs.
 */
export function repairSentence(text: string, finalMark = '.'): string {
  let s = text
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +([,.;:!?])(?!\d)/g, '$1')
    .trim();
  // Two determiners in a row ("the a secure connection", "the our email"): keep the possessive or the second one.
  s = s.replace(/\b(a|an|the)\s+(a|an|the|our|your|their|my)\b/gi, (all, first: string, second: string) => {
    if (POSSESSIVES.test(second) || DETERMINERS.test(second)) return matchCase(first, second);
    return all;
  });
  // Doubled words ("email email"), keeping deliberate ones.
  s = s.replace(/\b([\p{L}]+)(\s+)\1\b/giu, (all, word: string) => (/^(?:that|had)$/i.test(word) ? all : word));
  s = s.replace(/\b(a|an)(\s+)([\p{L}\p{N}][\p{L}\p{N}'’-]*)/giu, (all, article: string, gap: string, word: string) =>
    isWrongArticle(article, word) ? fixArticle(article, word) + gap + word : all,
  );
  s = capitalizeFirst(s);
  return ensureFinalPunctuation(s, finalMark);
}

/** `word` written with the capitalisation of `like` (used when a word moves to where another stood). */
export function matchCase(like: string, word: string): string {
  if (like[0] && like[0] !== like[0].toLowerCase()) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}
