/**
 * Picks the analogy that fits a term best and says it in one short sentence ("It works like a key plus a PIN:
 * a safe that needs both stays shut if a thief only steals the key.").
 */
import type { Analogy, LexiconEntry } from '../schema.ts';
import { splitSentences } from './sentences.ts';

/** An analogy's picture longer than this is left out, and only the title is given. */
export const MAX_ANALOGY_PICTURE_WORDS = 24;

/**
 * The best-fitting analogy for an entry: the ones the entry links come first, in the order it lists them; then
 * analogies that name the entry among the terms they fit; then those that fit its category.
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
    if (score > bestScore) {
      best = analogy;
      bestScore = score;
    }
  }
  return best;
}

function lowerFirst(text: string): string {
  const word = text.match(/^[\p{L}']+/u)?.[0] ?? '';
  // Keep names and acronyms ("PIN", "Lego", "iPhone") as written; lower-case ordinary first words.
  if (!word || /\p{Lu}/u.test(word.slice(1)) || /^(?:Lego|Christmas|January|Monday)$/.test(word)) return text;
  return text[0]!.toLowerCase() + text.slice(1);
}

/** One sentence that carries the analogy: its title and, when short enough, the everyday picture behind it. */
export function analogySentence(analogy: Analogy): string {
  const title = analogy.title.trim().replace(/[.!?]+$/, '');
  // A title that is already a statement ("Backups are insurance") stands on its own.
  if (/\b(?:is|are|was|were|works|work)\b/i.test(title)) return `Think of it this way: ${lowerFirst(title)}.`;
  const picture = splitSentences(analogy.explanation)[0]
    ?.text.trim()
    .replace(/[.!?]+$/, '');
  const pictureWords = picture ? picture.split(/\s+/).length : Infinity;
  if (picture && pictureWords <= MAX_ANALOGY_PICTURE_WORDS) return `It works like ${lowerFirst(title)}: ${lowerFirst(picture)}.`;
  return `It works like ${lowerFirst(title)}.`;
}
