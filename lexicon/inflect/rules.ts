/**
 * Rule-based inflection: plural and verb forms of a lexicon spelling, with no language library.
 *
 * Built-in entries get their forms from compromise at build time (`npm run lexicon:forms`, stored in
 * lexicon/data/forms.generated.json). Entries a user or an organisation adds at run time are compiled in the
 * page, where compromise is too heavy to load (300-650 ms to load and 141 KB gzip, as the README says), so they get these rules.
 * A wrong extra form ("servered") costs nothing: it never occurs in text. A missing one costs a mark.
 */

/** Which forms a spelling takes: plural (`noun`), verb forms (`verb`), or both. */
export type InflectAs = 'noun' | 'verb' | 'both';

/** Words that turn a two-word term into a phrasal verb ("roll back", "spin up"): the first word conjugates. */
export const PARTICLES: ReadonlySet<string> = new Set(['up', 'down', 'out', 'back', 'over', 'off', 'in', 'on', 'away', 'through']);

/**
 * Prepositions, lower-case: a verb phrase that ends in one takes the term's object after it ("screen traffic to"),
 * and the rewrite engine finds a sentence's focus after the last one. The one list for both.
 */
export const PREPOSITIONS: ReadonlySet<string> = new Set(
  'to for of with from into onto on in at by about across between through over under without against via using behind before after until during since'.split(
    ' ',
  ),
);

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
  if (/c$/.test(lower) && syllables(lower) > 1 && !/sync$/.test(lower))
    return [third, verb + 'ked', verb + 'king', verb + 'ed', verb + 'ing'];
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
  return forms.map((form) =>
    join(
      words.map((w, i) => (i === index ? form : w)),
      joints,
    ),
  );
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
  if (mode !== 'noun' && isPlainWord(verb) && !looksInflected(verb))
    out.push(...replaceWord(words, joints, verbIndex, engine.conjugate(verb)));
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

// ---------------------------------------------------------------------------------------------------------------
// One form of a word: used to fit a plain phrase to the form of the term it replaces ("migrated" → "moved").
// The functions above list every spelling that may occur, for matching; these pick the single right one.

/**
 * Irregular verbs that IT writing and plain wording use: `base past [participle]`, the participle only where it
 * differs from the past. Prefixed verbs ("reset", "rebuild", "overwrite", "undo") are found through their root.
 * Kept short: it ships in the content script.
 */
const IRREGULAR_VERB_LIST =
  'be was been|begin began begun|break broke broken|bring brought|build built|buy bought|choose chose chosen|come came come|cost cost|cut cut|deal dealt|do did done|draw drew drawn|drive drove driven|fall fell fallen|feel felt|find found|forget forgot forgotten|get got|give gave given|go went gone|grow grew grown|have had|hear heard|hide hid hidden|hit hit|hold held|keep kept|know knew known|lead led|leave left|let let|lose lost|make made|mean meant|meet met|pay paid|put put|quit quit|read read|ride rode ridden|run ran run|say said|see saw seen|seek sought|sell sold|send sent|set set|show showed shown|shut shut|sit sat|speak spoke spoken|spend spent|spin spun|split split|spread spread|stand stood|stick stuck|take took taken|teach taught|tell told|think thought|throw threw thrown|understand understood|win won|withdraw withdrew withdrawn|write wrote written';

const IRREGULAR_VERBS = new Map<string, readonly [past: string, participle: string]>(
  IRREGULAR_VERB_LIST.split('|').map((row) => {
    const [base, past, participle] = row.split(' ') as [string, string, string | undefined];
    return [base, [past, participle ?? past]];
  }),
);

/** Every irregular past participle ("kept", "built", "taken"): such a word after a noun starts a clause. */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([...IRREGULAR_VERBS.values()].map(([, participle]) => participle));

/** Every irregular past form, simple or participle ("took", "taken", "built"): a report of work done. */
export const IRREGULAR_PAST_FORMS: ReadonlySet<string> = new Set([...IRREGULAR_VERBS.values()].flat());

/** Prefixes that leave a verb's irregular forms alone: "reset", "rebuild", "undo", "overwrite", "undertook". Longest first. */
const VERB_PREFIX = /^(?:under|over|with|fore|out|mis|re|un|up)-?(?=[a-z]{2})/;

/** The irregular past and participle of `verb` (lower case), or undefined for a regular verb. */
export function irregularVerb(verb: string): readonly [past: string, participle: string] | undefined {
  const own = IRREGULAR_VERBS.get(verb);
  if (own) return own;
  const prefix = VERB_PREFIX.exec(verb)?.[0];
  const root = prefix ? IRREGULAR_VERBS.get(verb.slice(prefix.length)) : undefined;
  return root && prefix ? [prefix + root[0], prefix + root[1]] : undefined;
}

/**
 * Verbs that double their last consonant where the syllable rule cannot tell: stressed on the last syllable
 * ("committed", "preferred", "beginning"), or spelled with "qu" ("quitting").
 */
const DOUBLING_VERBS =
  /^(?:(?:com|sub|per|ad|trans|e|o|re)mit|(?:re|pre|trans|con|de|in)fer|(?:oc|re|in)cur|(?:com|ex|pro|re|dis)pel|(?:con|pa)trol|regret|equip|(?:re)?format|program|kidnap|debug|unplug|upset|abet|rebel|begin|forget|forbid|quit)$/;

/** Does a regular verb double its last consonant before "-ed"/"-ing" ("log" → "logged", "cancel" → "cancelled")? */
function doublesLast(verb: string): boolean {
  if (DOUBLING_VERBS.test(verb)) return true;
  if (!endsConsonantVowelConsonant(verb)) return false;
  if (syllables(verb) <= 1) return true;
  // British spelling doubles a final "l" after one vowel: "cancelled", "labelled", "modelled", "travelled".
  if (/[^aeiou][aeiou]l$/.test(verb)) return true;
  // A one-syllable verb behind a prefix keeps its doubling: "remap" → "remapped", "unzip" → "unzipped".
  const root = /^(?:re|un|de|pre|mis|sub|out|over|under|up)(?=[a-z]{3})/.exec(verb);
  return !!root && syllables(verb.slice(root[0].length)) === 1 && endsConsonantVowelConsonant(verb.slice(root[0].length));
}

/** The stem a regular verb takes before "-ed" and "-ing": "log" → "logg", "sync" → "sync", "panic" → "panick". */
function regularStem(verb: string): string {
  if (doublesLast(verb)) return verb + verb[verb.length - 1];
  if (/[aeiou]c$/.test(verb) && syllables(verb) > 1) return verb + 'k';
  return verb;
}

/** Splits a hyphenated verb so only its last part is inflected: "hot-swap" → "hot-swapped", "re-sort" → "re-sorted". */
function onLastPart(word: string, inflect: (lower: string) => string): string {
  const cut = word.lastIndexOf('-') + 1;
  const part = word.slice(cut);
  if (!/^[A-Za-z]+$/.test(part)) return word;
  const lower = part.toLowerCase();
  const done = inflect(lower);
  // Keep a written capital ("Migrate" → "Migrated"); a word in capitals stays in capitals.
  const cased =
    part === part.toUpperCase() && part.length > 1
      ? done.toUpperCase()
      : part[0] !== lower[0]
        ? done[0]!.toUpperCase() + done.slice(1)
        : done;
  return word.slice(0, cut) + cased;
}

/** The past tense of a verb: "migrate" → "migrated", "log" → "logged", "set" → "set", "take" → "took". */
export function pastTense(verb: string): string {
  return onLastPart(verb, (v) => {
    const irregular = irregularVerb(v);
    if (irregular) return irregular[0];
    if (/e$/.test(v)) return v + 'd';
    if (/[^aeiou]y$/.test(v)) return v.slice(0, -1) + 'ied';
    return regularStem(v) + 'ed';
  });
}

/** The past participle: "take" → "taken", "write" → "written"; the past tense for regular verbs. */
export function pastParticiple(verb: string): string {
  return onLastPart(verb, (v) => irregularVerb(v)?.[1] ?? pastTense(v));
}

/** The "-ing" form: "move" → "moving", "set" → "setting", "tie" → "tying", "see" → "seeing". */
export function presentParticiple(verb: string): string {
  return onLastPart(verb, (v) => {
    if (/ie$/.test(v)) return v.slice(0, -2) + 'ying';
    if (/(?:ee|ye|oe)$/.test(v) || v === 'be') return v + 'ing';
    if (/[^aeiou]e$|[aiu]e$/.test(v) && v.length > 2) return v.slice(0, -1) + 'ing';
    // Irregular verbs double like regular ones: "set" → "setting", "run" → "running", "reset" → "resetting".
    return regularStem(v) + 'ing';
  });
}

/** The third-person singular: "move" → "moves", "patch" → "patches", "apply" → "applies", "have" → "has". */
export function thirdPerson(verb: string): string {
  return onLastPart(verb, (v) => {
    if (v === 'be') return 'is';
    if (v === 'have') return 'has';
    if (/(?:s|x|z|ch|sh)$/.test(v) || /^(?:.*[^aeiou])?[dg]o$/.test(v)) return v + 'es';
    if (/[^aeiou]y$/.test(v)) return v.slice(0, -1) + 'ies';
    return v + 's';
  });
}

/** Nouns with an irregular plural. */
const IRREGULAR_PLURALS = new Map(
  'person people|child children|man men|woman women|criterion criteria|life lives|leaf leaves|shelf shelves|half halves|self selves|hero heroes|echo echoes|veto vetoes|embargo embargoes'
    .split('|')
    .map((row) => row.split(' ') as [string, string]),
);

/**
 * Nouns with no plural in ordinary use: "two firmwares" is not English, so a phrase led by one of these stays
 * as it is. Shared with the phrase rules (lexicon/inflect/phrase-forms.ts).
 */
export const UNCOUNTABLE_NOUNS: ReadonlySet<string> = new Set(
  'email mail software hardware firmware malware spyware middleware data access equipment information storage security traffic staff infrastructure feedback advice research money power internet wi-fi wifi bandwidth downtime uptime work news knowledge guidance evidence furniture luggage capacity memory privacy safety compliance support maintenance upkeep teamwork'.split(
    ' ',
  ),
);

/** The plural of one noun: "check" → "checks", "copy" → "copies", "analysis" → "analyses", "VM" → "VMs". */
export function pluralNoun(noun: string): string {
  if (isAcronym(noun)) return /S$/.test(noun) ? noun : noun + 's';
  return onLastPart(noun, (n) => {
    if (UNCOUNTABLE_NOUNS.has(n)) return n;
    const irregular = IRREGULAR_PLURALS.get(n);
    if (irregular) return irregular;
    if (/(?:ex|ix)$/.test(n)) return n + 'es';
    return pluralize(n)[0] ?? n + 's';
  });
}
