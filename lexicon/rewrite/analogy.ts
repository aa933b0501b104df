/**
 * Picks the analogy that fits a term best and says it in one short sentence ("It works like a key plus a PIN:
 * a safe that needs both stays shut if a thief only steals the key.").
 */
import type { Analogy, LexiconEntry } from '../schema.ts';
import { splitSentences } from './sentences.ts';

/** An analogy's picture longer than this makes the sentence too long to send: no analogy is offered. */
export const MAX_ANALOGY_PICTURE_WORDS = 24;

/**
 * The best-fitting analogy for an entry: the ones the entry links come first, in the order it lists them; then
 * analogies that name the entry among the terms they fit. An analogy that only fits the entry's category is not
 * offered: a picture for "networking" in general rarely fits the sentence's main point.
 */
export function chooseAnalogy(entry: LexiconEntry, analogies: readonly Analogy[]): Analogy | null {
  let best: Analogy | null = null;
  let bestScore = 0;
  for (const analogy of analogies) {
    const linked = entry.analogies.indexOf(analogy.id);
    const score =
      (linked >= 0 ? 1000 - linked : 0) +
      (analogy.fits.terms.includes(entry.id) ? 100 : 0) +
      (analogy.fits.categories.includes(entry.category) ? 1 : 0);
    if (score >= 100 && score > bestScore) {
      best = analogy;
      bestScore = score;
    }
  }
  return best;
}

const FUNCTION_WORDS = new Set(
  'more most when with that this than then them they your their from into have what each every only also just like some over'.split(' '),
);

/** The words of four letters or more, lower-cased, with a plural or possessive ending dropped. */
function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}']{4,}/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w)).map((w) => w.replace(/(?:'s|s)$/, ''));
}

function lowerFirst(text: string): string {
  const word = text.match(/^[\p{L}']+/u)?.[0] ?? '';
  // Keep names and acronyms ("PIN", "Lego", "iPhone") as written; lower-case ordinary first words.
  if (!word || /\p{Lu}/u.test(word.slice(1)) || /^(?:Lego|Christmas|January|Monday)$/.test(word)) return text;
  return text[0]!.toLowerCase() + text.slice(1);
}

/**
 * One full sentence that carries the analogy: its title and the everyday picture behind it ("It works like a
 * spare key: a copy kept somewhere safe means a lost key never locks you out."). Null when the picture is too long
 * to add to a sentence: a title alone ("It works like a vehicle recall.") explains nothing.
 */
export function analogySentence(analogy: Analogy, subject?: { text: string; plural: boolean }): string | null {
  const title = analogy.title.trim().replace(/[.!?]+$/, '');
  // A title that is already a statement ("Backups are insurance") stands on its own.
  if (/\b(?:is|are|was|were|works|work)\b/i.test(title)) return `Think of it this way: ${lowerFirst(title)}.`;
  const picture = splitSentences(analogy.explanation)[0]
    ?.text.trim()
    .replace(/[.!?]+$/, '');
  if (!picture || picture.split(/\s+/).length > MAX_ANALOGY_PICTURE_WORDS) return null;
  // A picture that names the title's own thing ("a hospital's generator starts…") needs no title before it.
  const titleWords = new Set(contentWords(title));
  if (contentWords(picture).some((w) => titleWords.has(w))) return `Think of it this way: ${lowerFirst(picture)}.`;
  // Named, not "It": after a sentence whose subject is something else ("Here are the MFA set-up instructions."),
  // "It works like…" points at the wrong thing.
  const who = subject?.text.trim();
  if (who)
    return `${who[0]!.toUpperCase()}${who.slice(1)} ${subject!.plural ? 'work' : 'works'} like ${lowerFirst(title)}: ${lowerFirst(picture)}.`;
  return `It works like ${lowerFirst(title)}: ${lowerFirst(picture)}.`;
}
