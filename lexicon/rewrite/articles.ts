/**
 * "a" or "an": chosen by the sound of the next word, not its letter ("an MFA prompt", "a user", "an hour").
 * Where the sound is uncertain (an acronym that may be said as a word), either is accepted.
 */

/** Letters whose spoken name starts with a vowel sound: "an F", "an SLA", "an HR team". */
const VOWEL_SOUND_LETTERS = new Set('AEFHILMNORSX'.split(''));

/** Words spelled with a vowel but said with a consonant sound ("a user", "a one-off"). */
const CONSONANT_SOUND_PREFIXES = /^(?:uni(?!n)|use|usu|uti|ura|uro|eu|ewe|one\b|once|ufo|uk\b|ukr|ubiq|ug(?:anda)|ure)/i;

/** Words spelled with a consonant but said with a vowel sound ("an hour", "an honest"). */
const VOWEL_SOUND_PREFIXES = /^(?:hour|honest|honou?r|heir|herb)/i;

/** Which article the word needs; `either` when it cannot be told from the spelling. */
export function articleFor(word: string): 'a' | 'an' | 'either' {
  const w = word.replace(/^[^\p{L}\p{N}]+/u, '');
  if (!w) return 'either';
  if (/^\d/.test(w)) {
    // "an 8-hour window", "an 11 am start", "an 18-month plan"; every other number starts with a consonant sound.
    if (/^8/.test(w) || /^(?:11|18)(?:\D|$)/.test(w) || /^(?:11|18)\d{3}(?:\D|$)/.test(w)) return 'an';
    return 'a';
  }
  const letters = w.match(/^[\p{L}]+/u)?.[0] ?? w;
  if (letters.length >= 2 && letters === letters.toUpperCase() && /[A-Z]/.test(letters)) {
    // An acronym is said letter by letter when it has no vowel ("VPN") or is short and not shaped like a word
    // ("SLA", "MFA", "API"); "LAN", "SAML" or "NATO" may be said as words, so either article is accepted.
    const sayableAsWord = letters.length > 3 || /^[^AEIOU][AEIOU][^AEIOU]$/.test(letters);
    const spelled = !/[AEIOU]/.test(letters) || !sayableAsWord;
    if (!spelled) return 'either';
    return VOWEL_SOUND_LETTERS.has(letters[0]!) ? 'an' : 'a';
  }
  if (letters.length === 1) return VOWEL_SOUND_LETTERS.has(letters.toUpperCase()) ? 'an' : 'a';
  if (VOWEL_SOUND_PREFIXES.test(w)) return 'an';
  if (CONSONANT_SOUND_PREFIXES.test(w)) return 'a';
  return /^[aeiou]/i.test(w) ? 'an' : 'a';
}

/** True when `article` ("a"/"an", any case) is wrong before `word`. */
export function isWrongArticle(article: string, word: string): boolean {
  const need = articleFor(word);
  return need !== 'either' && need !== article.toLowerCase();
}

/** The right article for `word`, in the case of `like` ("A"/"a"). */
export function fixArticle(like: string, word: string): string {
  const need = articleFor(word);
  const chosen = need === 'either' ? like.toLowerCase() : need;
  return like[0] === like[0]?.toUpperCase() && like[0] !== like[0]?.toLowerCase() ? chosen[0]!.toUpperCase() + chosen.slice(1) : chosen;
}
