/**
 * Rule-based inflection: plural and verb forms of a lexicon spelling, with no language library.
 *
 * Built-in entries get their forms from compromise at build time (`npm run lexicon:forms`, stored in
 * lexicon/data/forms.generated.json). Entries a user or an organisation adds at run time are compiled in the
 * page, where compromise is too heavy to load (NOTES.md: 300-650 ms, 141 KB gzip), so they get these rules.
 * A wrong extra form ("servered") costs nothing: it never occurs in text. A missing one costs a mark.
 */

/** Which forms a spelling takes: plural (`noun`), verb forms (`verb`), or both. */
export type InflectAs = 'noun' | 'verb' | 'both';

/** Words that turn a two-word term into a phrasal verb ("roll back", "spin up"): the first word conjugates. */
export const PARTICLES: ReadonlySet<string> = new Set(['up', 'down', 'out', 'back', 'over', 'off', 'in', 'on', 'away', 'through']);

/** Endings that mark a noun; such words get a plural but no verb forms unless the entry asks for them. */
const NOUN_ENDINGS = /(?:er|or|ment|tion|sion|ness|ity|ance|ence|ware|ics|ism|ist|ship|age|ogy|ian|ant|ent|base|work|point|sis|ture)$/i;

/** An all-capitals spelling, digits allowed ("API", "O365"): it takes an "s" plural and nothing else. */
export function isAcronym(word: string): boolean {
  return /^[A-Z0-9&]+$/.test(word) && /[A-Z].*[A-Z]|^[A-Z]$/.test(word) && /[A-Z]/.test(word);
}

const VOWEL = /[aeiou]/i;

function endsConsonantVowelConsonant(word: string): boolean {
  const n = word.length;
  if (n < 3) return false;
  const [a, b, c] = [word[n - 3]!, word[n - 2]!, word[n - 1]!];
  return !VOWEL.test(a) && VOWEL.test(b) && !VOWEL.test(c) && !/[wxy]/i.test(c);
}

function syllables(word: string): number {
  return (word.toLowerCase().match(/[aeiouy]+/g) ?? []).length;
}

/** The plural (or plurals) of one word. */
export function pluralize(word: string): string[] {
  if (isAcronym(word)) return /S$/.test(word) ? [] : [word + 's'];
  const lower = word.toLowerCase();
  if (/[^aeiou]y$/.test(lower)) return [word.slice(0, -1) + 'ies'];
  if (/is$/.test(lower) && word.length > 4) return [word.slice(0, -2) + 'es'];
  if (/(?:ex|ix)$/.test(lower)) return [word + 'es', word.slice(0, -2) + 'ices'];
  if (/(?:s|x|z|ch|sh)$/.test(lower)) return [word + 'es'];
  return [word + 's'];
}

/** The third-person, past and "-ing" forms of one regular verb. */
export function conjugate(verb: string): string[] {
  const lower = verb.toLowerCase();
  if (!/[a-z]$/.test(lower)) return [];
  const third = /(?:s|x|z|ch|sh)$/.test(lower) ? verb + 'es' : /[^aeiou]y$/.test(lower) ? verb.slice(0, -1) + 'ies' : verb + 's';
  if (/[^aeiou]y$/.test(lower)) return [third, verb.slice(0, -1) + 'ied', verb + 'ing'];
  if (/(?:ee|ye|oe)$/.test(lower)) return [third, verb + 'd', verb + 'ing'];
  if (/ie$/.test(lower)) return [third, verb + 'd', verb.slice(0, -2) + 'ying'];
  if (/e$/.test(lower)) return [third, verb + 'd', verb.slice(0, -1) + 'ing'];
  if (/c$/.test(lower) && syllables(lower) > 1 && !/sync$/.test(lower)) return [third, verb + 'ked', verb + 'king', verb + 'ed', verb + 'ing'];
  if (endsConsonantVowelConsonant(lower)) {
    const last = verb[verb.length - 1]!;
    const doubled = [verb + last + 'ed', verb + last + 'ing'];
    // One syllable ("log", "ship") always doubles; longer words double only when stressed at the end
    // ("commit", "submit"), which rules cannot see, so both spellings are kept.
    return syllables(lower) <= 1 ? [third, ...doubled] : [third, ...doubled, verb + 'ed', verb + 'ing'];
  }
  return [third, verb + 'ed', verb + 'ing'];
}

/** Splits "load-balancer" / "load balancer" into words and the joints between them. */
function splitWords(phrase: string): { words: string[]; joints: string[] } {
  const words: string[] = [];
  const joints: string[] = [];
  const re = /[\s\-\u2010\u2011/]+/g;
  let last = 0;
  for (let m = re.exec(phrase); m !== null; m = re.exec(phrase)) {
    words.push(phrase.slice(last, m.index));
    joints.push(m[0]);
    last = m.index + m[0].length;
  }
  words.push(phrase.slice(last));
  return { words, joints };
}

function join(words: string[], joints: string[]): string {
  let out = words[0] ?? '';
  for (let i = 1; i < words.length; i++) out += (joints[i - 1] ?? ' ') + words[i]!;
  return out;
}

function replaceWord(words: string[], joints: string[], index: number, forms: string[]): string[] {
  return forms.map((form) => join(words.map((w, i) => (i === index ? form : w)), joints));
}

/** A single word with no inner capitals or digits ("server", "Server"): the only kind language rules apply to. */
export function isPlainWord(word: string): boolean {
  return /^[a-z]+$/.test(word) || /^[A-Z][a-z]+$/.test(word);
}

/**
 * A word already in an inflected form ("servers", "deployed", "autoscaling", "VMs"), as lexicons often list
 * such forms as variants: it takes no further forms. "string", "speed" and "status" are not inflected.
 */
export function looksInflected(word: string): boolean {
  if (/^[A-Z0-9]{2,}s$/.test(word)) return true;
  const lower = word.toLowerCase();
  if (lower.endsWith('ing')) return lower.length - 3 >= 3 && /[aeiouy]/.test(lower.slice(0, -3));
  if (lower.endsWith('ed')) return lower.length - 2 >= 4 && /[aeiouy]/.test(lower.slice(0, -2));
  return lower.length > 3 && lower.endsWith('s') && !/(?:ss|us|is|as|os|ys)$/.test(lower);
}

/**
 * What a spelling probably is when the entry does not say, or null when it takes no forms (it is already
 * inflected). Phrasal verbs ("roll back") conjugate; other multi-word terms are noun phrases; single words
 * take both plural and verb forms, because IT turns nouns into verbs ("cached", "synced", "hotfixed"), unless
 * their ending marks a noun ("-tion", "-ware", "-er"). Entries whose verb forms are ordinary English
 * ("networking event") say `inflectAs: "noun"`.
 */
export function guessInflectAs(base: string): InflectAs | null {
  const { words } = splitWords(base.trim());
  const head = words[words.length - 1]!;
  if (words.length >= 2 && PARTICLES.has(head.toLowerCase())) return 'verb';
  if (looksInflected(head)) return null;
  if (words.length > 1) return 'noun';
  if (!isPlainWord(head)) return 'noun';
  if (/(?:ize|ise|ify|ate)$/i.test(head)) return 'both';
  return NOUN_ENDINGS.test(head) ? 'noun' : 'both';
}

/** How to inflect one plain word; the rules below, or compromise at build time. */
export interface InflectionEngine {
  /** Plural(s) of a plain word. */
  plural(word: string): string[];
  /** Third-person, past and "-ing" forms of a plain word. */
  conjugate(word: string): string[];
}

/** The rule-based engine, used at run time. */
export const RULES: InflectionEngine = { plural: pluralize, conjugate };

function pluralOf(word: string, engine: InflectionEngine): string[] {
  if (looksInflected(word)) return [];
  if (isPlainWord(word)) return engine.plural(word);
  // Acronyms and product names ("API", "VNet", "O365") take a bare "s".
  return /[A-Za-z0-9]$/.test(word) && !/S$/.test(word) ? [word + 's'] : [];
}

/**
 * Every inflected form of `base`, without `base` itself and without duplicates, in a fixed order.
 * Multi-word terms inflect their head: the last word of a noun phrase ("load balancers"), the first word of a
 * phrasal verb ("rolled back"); a hyphenated phrasal verb is also a noun ("cut-over" → "cut-overs"). Only plain
 * words conjugate; acronyms and product names ("API", "SharePoint", "O365") take an "s" plural.
 */
export function inflectRuleBased(base: string, as?: InflectAs, engine: InflectionEngine = RULES): string[] {
  const trimmed = base.trim();
  const mode = as ?? guessInflectAs(trimmed);
  if (!mode) return [];
  const { words, joints } = splitWords(trimmed);
  if (words.some((w) => w === '')) return [];
  const out: string[] = [];
  const last = words.length - 1;
  const phrasal = words.length >= 2 && PARTICLES.has(words[last]!.toLowerCase());
  const hyphenated = joints.length > 0 && joints.every((j) => /^[-\u2010\u2011]$/.test(j));
  if (mode !== 'verb' || (phrasal && hyphenated)) out.push(...replaceWord(words, joints, last, pluralOf(words[last]!, engine)));
  const verbIndex = phrasal ? 0 : last;
  const verb = words[verbIndex]!;
  if (mode !== 'noun' && isPlainWord(verb) && !looksInflected(verb)) out.push(...replaceWord(words, joints, verbIndex, engine.conjugate(verb)));
  return unique(out, trimmed);
}

/** Drops duplicates and the base itself, keeping first-seen order. */
export function unique(forms: readonly string[], base: string): string[] {
  const seen = new Set<string>([base]);
  const out: string[] = [];
  for (const form of forms) {
    if (!seen.has(form)) {
      seen.add(form);
      out.push(form);
    }
  }
  return out;
}

/**
 * The lower-case spelling of an acronym that cannot be an English word, for chat writers who skip capitals
 * ("the vpn is down"): three or more letters and no vowel (VPN, DNS, SQL, DHCP). Acronyms that spell words
 * (IT, AD, RAM, RAID) only ever match in capitals. Null when there is none.
 */
export function lowerCaseAcronym(spelling: string): string | null {
  return /^[B-DF-HJ-NP-TV-Z]{3,}$/.test(spelling) ? spelling.toLowerCase() : null;
}

/** The key of a spelling in the generated forms table: the spelling, plus how the entry says to inflect it. */
export function formsKey(base: string, as?: InflectAs): string {
  return as ? `${base}#${as}` : base;
}

/**
 * Precomputed forms: `formsKey(base, inflectAs)` → forms (lexicon/data/forms.generated.json). The built-in
 * table only holds spellings where compromise knows better than `inflectRuleBased` (irregular plurals and
 * verbs, doubled consonants, nouns that are not verbs); every other spelling is inflected by the rules.
 */
export type FormsTable = Readonly<Record<string, readonly string[]>>;
