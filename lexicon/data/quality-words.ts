/**
 * Word knowledge for the lexicon quality rules, from compromise. Only the data tests and the report script
 * load this (compromise is far too heavy for the page); results are cached per word.
 */
import nlp from 'compromise';

/** Auxiliaries and modals compromise may not tag on their own. */
const AUXILIARIES = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'am',
  'can',
  'cannot',
  "can't",
  'could',
  'will',
  "won't",
  'would',
  'shall',
  'should',
  'may',
  'might',
  'must',
  'do',
  'does',
  'did',
  "don't",
  "doesn't",
  "didn't",
  'has',
  'have',
  'had',
  "isn't",
  "aren't",
  "wasn't",
]);

const verbCache = new Map<string, boolean>();

/** True when the word can be a verb: compromise reads it as one after "they" or "it" ("load", "stays"). */
export function isVerbLike(word: string): boolean {
  const w = word.toLowerCase();
  if (AUXILIARIES.has(w)) return true;
  let known = verbCache.get(w);
  if (known === undefined) {
    known = ['they', 'it'].some((subject) => nlp(`${subject} ${w}`).terms().eq(1).has('#Verb'));
    verbCache.set(w, known);
  }
  return known;
}

const properCache = new Map<string, boolean>();

/** True when compromise knows the capitalised word as a name ("Microsoft", "Google"). */
export function isProperNoun(word: string): boolean {
  let known = properCache.get(word);
  if (known === undefined) {
    known = nlp(`${word} is here.`).terms().eq(0).has('#ProperNoun|#Organization|#Person|#Place');
    properCache.set(word, known);
  }
  return known;
}

const adjectiveCache = new Map<string, boolean>();

/** True when compromise reads the word as an adjective in front of a noun ("faster", "new", "lower"). */
export function isAdjective(word: string): boolean {
  const w = word.toLowerCase();
  let known = adjectiveCache.get(w);
  if (known === undefined) {
    known = nlp(`the ${w} things`).terms().eq(1).has('#Adjective');
    adjectiveCache.set(w, known);
  }
  return known;
}
