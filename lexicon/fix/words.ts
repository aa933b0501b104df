/**
 * Small word lists the fit of a replacement needs: which words can follow a noun phrase without being part of it
 * (so a term before them is not modifying them), and which words make a phrase unable to stand before a noun.
 */

/** Words that end a noun phrase rather than continue it: verbs, prepositions, conjunctions, pronouns, adverbs. */
// prettier-ignore
export const PHRASE_ENDERS = new Set(
  [
    // be, have, do, modals
    'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "isn't", "aren't", "wasn't", "weren't",
    'has', 'have', 'had', "hasn't", "haven't", "hadn't", 'do', 'does', 'did', "doesn't", "don't", "didn't",
    'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', "won't", "can't", "couldn't", "shouldn't",
    // prepositions
    'to', 'for', 'of', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'onto', 'over', 'under', 'after', 'before',
    'during', 'since', 'until', 'across', 'through', 'about', 'via', 'per', 'than', 'like', 'as', 'without', 'within',
    'between', 'behind', 'around', 'against', 'towards', 'toward', 'off', 'out', 'up', 'down', 'near',
    // conjunctions, relatives
    'and', 'or', 'but', 'nor', 'so', 'yet', 'because', 'while', 'when', 'whenever', 'if', 'unless', 'then', 'that',
    'which', 'who', 'whom', 'whose', 'where', 'although', 'though', 'once',
    // determiners and pronouns
    'the', 'a', 'an', 'this', 'these', 'those', 'it', 'its', "it's", 'we', 'you', 'they', 'he', 'she', 'i', 'our',
    'your', 'their', 'my', 'his', 'her', 'us', 'them', 'me', 'him', 'everyone', 'anyone', 'all', 'both', 'each',
    // adverbs that follow a subject or an object
    'now', 'today', 'tonight', 'yesterday', 'tomorrow', 'again', 'also', 'still', 'already', 'just', 'only', 'soon',
    'here', 'there', 'not', 'never', 'always', 'too', 'very', 'first', 'next', 'last', 'later', 'earlier', 'instead',
    'properly', 'fully', 'quickly', 'overnight', 'anymore', 'either', 'please',
  ],
);

/** Verbs that often follow a term as its subject ("the VPN works"), in their plain, -s and past forms. */
// prettier-ignore
const SUBJECT_VERBS = [
  'work', 'run', 'go', 'keep', 'need', 'mean', 'let', 'make', 'stay', 'take', 'come', 'get', 'give', 'help', 'allow',
  'stop', 'fail', 'crash', 'seem', 'look', 'feel', 'cost', 'save', 'protect', 'cover', 'handle', 'support', 'send',
  'show', 'start', 'end', 'change', 'move', 'reach', 'hit', 'drop', 'break', 'slow', 'block', 'check', 'ask', 'use',
  'hold', 'store', 'sit', 'live', 'fix', 'cause', 'lead', 'apply', 'affect', 'expire', 'restart', 'reboot', 'time',
];
// prettier-ignore
const IRREGULAR_PAST = ['went', 'gone', 'ran', 'kept', 'meant', 'made', 'took', 'taken', 'came', 'got', 'gave', 'given', 'felt', 'sent', 'held', 'sat', 'broke', 'broken', 'led'];
export const COMMON_VERBS = new Set<string>(IRREGULAR_PAST);
for (const verb of SUBJECT_VERBS) {
  COMMON_VERBS.add(verb);
  COMMON_VERBS.add(/(?:s|sh|ch|x|o)$/.test(verb) ? `${verb}es` : verb.endsWith('y') ? `${verb.slice(0, -1)}ies` : `${verb}s`);
}

/** Words that make a phrase unable to stand before a noun ("a change spreading across the internet issue"). */
// prettier-ignore
export const NOT_A_MODIFIER = new Set([
  'to', 'for', 'of', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'over', 'across', 'through', 'about', 'via',
  'that', 'which', 'who', 'where', 'when', 'so', 'and', 'or', 'but', 'than', 'your', 'our', 'their', 'its', 'we',
  'you', 'they', 'it', 'is', 'are', 'can', 'will', 'between', 'without',
]);

/** The most words a phrase may have to stand before a noun ("second sign-in check prompt"). */
export const MAX_MODIFIER_WORDS = 4;

/**
 * Can this phrase (without its article) stand before a noun and describe it? Short, with no preposition, clause,
 * pronoun or "-ing" word: "web address setting change" reads, "connection point between systems failure" does not.
 */
export function canModify(phrase: string): boolean {
  const words = phrase.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
  return (
    words.length > 0 &&
    words.length <= MAX_MODIFIER_WORDS &&
    !words.some((w) => NOT_A_MODIFIER.has(w) || (w.length > 5 && w.endsWith('ing')))
  );
}

/** Words a noun phrase can open with, after which a replacement's own "a" or "the" would be one too many. */
// prettier-ignore
export const DETERMINERS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'our', 'your', 'their', 'my', 'his', 'her', 'its', 'every',
  'each', 'any', 'some', 'no', 'another',
]);

/** Is `word` (lower case) one that ends a noun phrase, rather than a noun the term before it describes? */
export function endsNounPhrase(word: string): boolean {
  return PHRASE_ENDERS.has(word) || COMMON_VERBS.has(word) || /(?:ed|ly)$/.test(word);
}
