/**
 * Fits a plain phrase to the form of the term it replaces, so one-click Replace leaves a grammatical sentence:
 * "We migrated" → "We moved", "two VPNs" → "two secure connections to the office", "IT patches every laptop" →
 * "IT applies security fixes to every laptop". Rules only: this runs in the content script on every keystroke,
 * where compromise is far too heavy (see the README). The rewrite engine does the same with compromise, sentence by
 * sentence (lexicon/rewrite/inflect.ts).
 */
import {
  formsKey,
  type FormsTable,
  guessInflectAs,
  inflectRuleBased,
  isAcronym,
  IRREGULAR_PARTICIPLES,
  looksInflected,
  PARTICLES,
  pastParticiple,
  PREPOSITIONS,
  pastTense,
  pluralNoun,
  presentParticiple,
  thirdPerson,
  UNCOUNTABLE_NOUNS,
} from './rules.ts';
import type { LexiconEntry } from '../schema.ts';

/** The form a term was written in. `s-form` is "patches": a plural noun or a third-person verb; context decides. */
export type SpellingForm = 'base' | 'plural' | 'past' | 'gerund' | 's-form';

/** The form a plain phrase is put in. */
export type PhraseForm = 'base' | 'plural' | 'past' | 'participle' | 'gerund' | 'third-person';

/** Verb forms: the phrase must be a verb phrase to take them. */
export function isVerbForm(form: PhraseForm): boolean {
  return form === 'past' || form === 'participle' || form === 'gerund' || form === 'third-person';
}

const words = (s: string): string[] => s.split(' ').filter(Boolean);

// ---------------------------------------------------------------------------------------------------------------
// Which form a matched spelling is in.

/** Words after which a two-word spelling is a verb with its object: "provisioned a server", "migrating the data". */
const OBJECT_DETERMINERS = new Set(['a', 'an', 'the', 'our', 'your', 'their', 'its', 'new', 'every', 'all']);

/** The form of one word against the word it was inflected from ("migrated" against "migrate"). */
function wordForm(written: string, base: string, nounOnly: boolean): SpellingForm {
  const w = written.toLowerCase();
  const b = base.toLowerCase();
  if (w === b) return 'base';
  if (nounOnly) return 'plural';
  if (w.endsWith('ing') && !b.endsWith('ing')) return 'gerund';
  if (w.endsWith('s') && !b.endsWith('s')) return 's-form';
  return 'past'; // "-ed", or an irregular past ("spun up")
}

/** The form of a spelling that is itself a term or variant ("rebooting", "power cycled", "VMs"), by its shape. */
function shapeForm(spelling: string): SpellingForm {
  const w = words(spelling.replace(/[-\u2010\u2011/]+/g, ' '));
  const last = w[w.length - 1] ?? '';
  // The word that carries the form: the verb of a phrasal verb ("failed over") or of a verb with its object
  // ("provisioned a server"); otherwise the head noun, last ("clustered servers", "power cycled").
  const head = w.length > 1 && (PARTICLES.has(last.toLowerCase()) || OBJECT_DETERMINERS.has(w[1]!.toLowerCase())) ? w[0]! : last;
  if (/^[A-Z0-9]{2,}s$/.test(head)) return 's-form';
  if (!looksInflected(head)) return 'base';
  const lower = head.toLowerCase();
  return lower.endsWith('ing') ? 'gerund' : lower.endsWith('ed') ? 'past' : 's-form';
}

/** Letters only, lower case: "load-balancer", "load balancer" and "loadbalancer" compare equal. */
const compact = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** What `spellingForm` tells about a matched spelling. */
export interface MatchedForm {
  form: SpellingForm;
  /** The spelling is, or comes from, one that may be a verb ("patch", "migrate"); not "VPN" or "server". */
  canBeVerb: boolean;
}

/**
 * The form `spelling` (a spelling the matcher compiled for `entry`: its term, a variant, or an inflection of
 * either) is written in. Inflections are compared with the spelling they came from; terms and variants that
 * are themselves inflected ("rebooting", "decommissioned", "VMs") are judged by their shape.
 */
export function spellingForm(entry: LexiconEntry, spelling: string, forms?: FormsTable): MatchedForm {
  const target = compact(spelling);
  const bases = [entry.term, ...entry.variants];
  const modeOf = (base: string) => (entry.noInflect ? 'noun' : (entry.inflectAs ?? guessInflectAs(base)));
  const own = bases.find((b) => b === spelling) ?? bases.find((b) => compact(b) === target);
  if (own === undefined && !entry.noInflect) {
    for (const base of bases) {
      const key = formsKey(base, entry.inflectAs);
      const listed = forms && Object.hasOwn(forms, key) ? forms[key] : undefined;
      const inflected = (listed ?? inflectRuleBased(base, entry.inflectAs)).find((f) => compact(f) === target);
      if (!inflected) continue;
      const mode = modeOf(base);
      const bw = words(base.replace(/[-\u2010\u2011/]+/g, ' '));
      const fw = words(inflected.replace(/[-\u2010\u2011/]+/g, ' '));
      const k = fw.findIndex((word, i) => word !== bw[i]);
      if (k < 0 || bw.length !== fw.length) continue;
      return { form: wordForm(fw[k]!, bw[k]!, mode === 'noun'), canBeVerb: mode !== 'noun' };
    }
  }
  let form = shapeForm(spelling);
  // A variant shaped like the term ("over-provisioning" beside "thin provisioning") is as plain as the term.
  if (form !== 'base' && shapeForm(entry.term) === form) form = 'base';
  const mode = own === undefined ? null : modeOf(own);
  const phrasal = PARTICLES.has(
    words(spelling.replace(/[-\u2010\u2011]+/g, ' '))
      .pop()
      ?.toLowerCase() ?? '',
  ); // "cut over", "cut-over"
  return { form, canBeVerb: form === 'past' || form === 'gerund' || phrasal || (mode !== null && mode !== 'noun') };
}

// ---------------------------------------------------------------------------------------------------------------
// Verb phrases.

/**
 * Words that lead a verb phrase in plain wording: "move", "restart", "apply security fixes to", "switch off for
 * good". A phrase led by one of them may stand for a verb; others ("secure connection", "network hub") are
 * nouns. Words that are mostly nouns ("plan", "report", "test") are left out on purpose.
 */
const VERBS = new Set(
  (
    'add allow apply archive block break bring build buy cancel carry change check clean clear close connect copy cut delete divide do fix follow get give go grant ' +
    'handle hide hold install join keep launch let lock make mark merge move open pause phase protect practise prevent publish put reach rebuild release remove ' +
    'repair replace reset restart restore restructure resume retire return rework roll route run rush save scan scramble screen send separate set share shut ' +
    'sort split spread start stop store swap switch take tamper tell tidy track transfer try turn undo uninstall unlock untangle update upgrade use verify warn wipe write'
  ).split(' '),
);

/** Verbs that are seldom anything else, so whatever follows them is their object: "apply security fixes", "make independent". */
const VERB_ONLY = new Set(
  'apply bring carry delete give install keep make prevent protect put rebuild remove replace restructure retire rework rush send take tamper uninstall untangle verify wipe'.split(
    ' ',
  ),
);

/** Words that may follow a verb at the start of a verb phrase: particles, prepositions, determiners, "that", "and"... */
const AFTER_VERB = new Set([
  ...PARTICLES,
  ...PREPOSITIONS,
  'a',
  'an',
  'the',
  'our',
  'your',
  'their',
  'its',
  'every',
  'each',
  'all',
  'some',
  'it',
  'them',
  'everything',
  'that',
  'and',
  'or',
  'while',
  'only',
  'live',
  'again',
  'together',
  'apart',
  'aside',
  'away',
]);

/** Index of the verb in a verb phrase: past a leading adverb ("fully reset"). */
function verbAt(w: readonly string[]): number {
  return w.length > 1 && /^[a-z]{3,}ly$/.test(w[0]!) && !isVerbWord(w[0]!) ? 1 : 0;
}

/** Is `word` (or the last part of a hyphenated word, "re-sort") a verb that leads verb phrases? */
function isVerbWord(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    VERBS.has(lower) ||
    (lower.includes('-') && VERBS.has(lower.slice(lower.lastIndexOf('-') + 1)) && !PARTICLES.has(lower.slice(lower.lastIndexOf('-') + 1)))
  );
}

/** Does the phrase end in a preposition, waiting for its object ("screen traffic to", "apply security fixes to")? */
export function endsInPreposition(phrase: string): boolean {
  const w = words(phrase.trim());
  return w.length > 0 && PREPOSITIONS.has(w[w.length - 1]!.toLowerCase());
}

/**
 * Can `phrase` stand where a verb stood? "move", "restart", "screen traffic to", "switch off for good", "fully
 * reset" can; "secure connection to the office", "share of requests", "a security fix" cannot.
 */
export function isVerbPhrase(phrase: string): boolean {
  const w = words(phrase);
  const i = verbAt(w);
  const verb = w[i];
  if (!verb || !isVerbWord(verb)) return false;
  const next = w[i + 1]?.toLowerCase();
  if (next === undefined) return true;
  if (next === 'of') return false; // "store of records", "share of requests"
  if (VERB_ONLY.has(verb.toLowerCase())) return true;
  return AFTER_VERB.has(next.split('-')[0]!) || endsInPreposition(phrase);
}

/** Does the verb phrase bring its own object or complement ("move to the new system"), rather than take the term's? */
export function isIntransitivePhrase(phrase: string): boolean {
  const w = words(phrase);
  const i = verbAt(w);
  if (w.length <= i + 1) return false; // "restart": takes an object or not
  if (endsInPreposition(phrase)) return false; // "screen traffic to"
  if (w.length === i + 2 && PARTICLES.has(w[i + 1]!.toLowerCase())) return false; // "roll out", "set up"
  return true;
}

/** Puts a verb in a form. */
function inflectVerb(verb: string, form: PhraseForm): string {
  switch (form) {
    case 'past':
      return pastTense(verb);
    case 'participle':
      return pastParticiple(verb);
    case 'gerund':
      return presentParticiple(verb);
    case 'third-person':
      return thirdPerson(verb);
    default:
      return verb;
  }
}

/**
 * A verb phrase in a verb form: its verb, and a second verb joined by "and"/"or" ("wiped and set up again").
 * Without an object to take, a closing preposition goes ("screen traffic to" → "screened traffic").
 */
export function inflectVerbPhrase(phrase: string, form: PhraseForm, objectFollows = true): string {
  const w = words(phrase);
  const i = verbAt(w);
  if (!w[i]) return phrase;
  w[i] = inflectVerb(w[i], form);
  const joined = w[i + 1]?.toLowerCase();
  if ((joined === 'and' || joined === 'or') && w[i + 2] && isVerbWord(w[i + 2]!)) w[i + 2] = inflectVerb(w[i + 2]!, form);
  if (!objectFollows && w.length > i + 1 && PREPOSITIONS.has(w[w.length - 1]!.toLowerCase())) w.pop();
  return w.join(' ');
}

// ---------------------------------------------------------------------------------------------------------------
// Noun phrases.

/** Words that end the head of a noun phrase: "connection | to the office", "computer | that runs a service". */
const PHRASE_BREAKS = new Set([
  ...PREPOSITIONS,
  ...PARTICLES,
  ...'that which who whose where when so because like than onto within inside outside against before after during until per via among around behind beyond near towards despite except versus while if as once'.split(
    ' ',
  ),
  ...'a an the our your their its this these those every each all some any no one we you they it everyone nobody anyone someone elsewhere again together also only still always never'.split(
    ' ',
  ),
]);

/** Phrases that are no noun phrase: led by a preposition ("in our own building"), a question word or a quantifier. */
const NOT_NOUN_PHRASE = new Set([
  ...PREPOSITIONS,
  ...'where which who what when why how only all every each some any no this that these those one against before after per almost always never often very too'.split(
    ' ',
  ),
]);

/** Nouns in "-ing" that have a plural ("settings", "buildings"); other "-ing" heads ("printing", "spamming") do not. */
const COUNTABLE_ING = new Set(
  'setting building meeting warning finding listing recording booking opening ending offering rating thing string ring wing drawing painting'.split(
    ' ',
  ),
);

/** "-ing" words that name a kind of thing before a noun ("hosting supplier", "printing system"), not an action. */
const ING_MODIFIERS = new Set(
  'hosting printing reporting waiting holding processing operating computing billing training parking mailing marketing accounting banking learning planning working shopping'.split(
    ' ',
  ),
);

/** Plural nouns that do not end in "s": "the screens people use". */
const PLURAL_SUBJECTS = new Set('people staff children men women'.split(' '));

/** Verbs that open a clause after a plural noun with no "that": "rules computers use to talk". */
const CLAUSE_VERBS = new Set('use need want know see get have keep reach open find make take run do'.split(' '));

/** Endings of words that describe a noun rather than name one: "continuous copying", "automatic matching", "early warning". */
const MODIFIER_ENDING = /(?:ous|ive|al|ic|ful|less|able|ible|ent|ant|ary|ly)$/;

/** Words in "-ed" that are past forms ("based", "aimed", "hosted"), not "need", "speed" or "bed". */
function isEdForm(word: string): boolean {
  return /^[a-z]{2,}ed$/.test(word) && !/eed$/.test(word);
}

/** Does `word` describe the noun after it ("rented", "continuous", "early") rather than name a thing? */
function isModifier(word: string): boolean {
  return isEdForm(word) || MODIFIER_ENDING.test(word);
}

/** Words after an "-ing" word that show it acts as a verb ("setting up", "opening one system"), not a noun ("setting that…"). */
const GERUND_OBJECT = new Set([...PARTICLES, 'a', 'an', 'the', 'our', 'your', 'their', 'its', 'one', 'every', 'all', 'some']);

/** Verbs that may open a clause after a plural noun with no "that": "weak spot attackers could use". */
const MODALS = new Set('can could will would should may might must do does did'.split(' '));

/** Words after a participle that show it starts a clause ("kept ready", "left running", "joining our sites"). */
const AFTER_PARTICIPLE = new Set([
  ...PREPOSITIONS,
  ...PARTICLES,
  'a',
  'an',
  'the',
  'our',
  'your',
  'their',
  'more',
  'ready',
  'offline',
  'online',
  'aside',
  'elsewhere',
  'running',
  'again',
  'away',
  'together',
  'only',
  'live',
]);

/** Is `word` a participle or "-ing" form ("kept", "hosted", "used", "spreading"; not "speed", "need", "string")? */
function isParticiple(word: string): boolean {
  if (IRREGULAR_PARTICIPLES.has(word) || isEdForm(word)) return true;
  return /^[a-z]+ing$/.test(word) && looksInflected(word) && !COUNTABLE_ING.has(word);
}

/** Does a plural-looking word end with "s" the way plurals do ("servers", "copies"; not "access", "status")? */
function looksPlural(lower: string): boolean {
  return /s$/.test(lower) && !/(?:ss|is|us)$/.test(lower);
}

/** Does word `i` (not the first) of `w` start what follows the head noun ("that runs…", "kept in another place")? */
function breaksHead(w: readonly string[], i: number): boolean {
  const word = w[i]!.toLowerCase();
  if (PHRASE_BREAKS.has(word) && w[i] !== 'IT') return true; // "IT" the department is a noun, not "it"
  // "device IT looks after": a clause with no "that", its subject in capitals.
  if (/^[A-Z]{2,}$/.test(w[i]!) && /^[a-z]+[^s]s$/.test(w[i + 1] ?? '')) return true;
  const next = w[i + 1]?.toLowerCase();
  // An adverb after the head ("copy elsewhere", "modernising slightly"); not an adjective ("monthly security fix").
  if (/^[a-z]{3,}ly$/.test(word)) return next === undefined || PHRASE_BREAKS.has(next) || isParticiple(next);
  if (next === undefined) return false;
  // A comma before a list or a contrast: "three copies, two kinds", "account a system uses, not a person".
  if (w[i - 1]!.endsWith(',')) return /^(?:not|one|two|three|four|five|no)$/.test(word);
  const before = w[i - 1]!.toLowerCase();
  // "copy kept in another place", "change spreading across the internet"; not "continuous copying to", "discounted machines".
  if (isParticiple(word)) return AFTER_PARTICIPLE.has(next) && !isModifier(before);
  // "weak spot attackers could use", "rules computers use to talk": a clause whose subject has no "that" before it.
  return /^[a-z]+$/.test(w[i]!) && (looksPlural(word) || PLURAL_SUBJECTS.has(word)) && (MODALS.has(next) || CLAUSE_VERBS.has(next));
}

/** Is a head noun already plural, or one that takes no plural ("email", "backups", "printing", "modern hosted")? */
function takesNoPlural(noun: string): boolean {
  const lower = noun.toLowerCase().replace(/[^\p{L}-]/gu, '');
  if (!lower || UNCOUNTABLE_NOUNS.has(lower) || PLURAL_SUBJECTS.has(lower)) return true;
  if (lower.endsWith('ing') && !COUNTABLE_ING.has(lower.slice(lower.lastIndexOf('-') + 1))) return true;
  if (isEdForm(lower.slice(lower.lastIndexOf('-') + 1))) return true;
  // Hyphenated describing words: "on-demand", "password-free", "online-first".
  if (/-(?:free|first|proof|based|ready|only|wide|facing)$/.test(lower) || NOT_NOUN_PHRASE.has(lower.split('-')[0]!)) return true;
  if (/^[A-Z0-9]{2,}s$/.test(noun)) return true;
  return !isAcronym(noun) && looksPlural(lower);
}

/** "runs" → "run", "is" → "are", "has" → "have": the verb of a relative clause after a plural noun. */
function pluralVerb(verb: string): string {
  const lower = verb.toLowerCase();
  const irregular = ({ is: 'are', was: 'were', has: 'have', does: 'do' } as Record<string, string>)[lower];
  if (irregular) return irregular;
  if (!/^[a-z]+[^s]s$/.test(lower)) return verb;
  if (/[^aeiou]ies$/.test(lower)) return verb.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x|z|[^aeiou]o)es$/.test(lower)) return verb.slice(0, -2);
  return verb.slice(0, -1);
}

/**
 * The words of a noun phrase without its leading "a"/"an"/"one", the index of its head noun, and where what
 * follows the head starts; null for a phrase that is no noun phrase: led by a preposition ("in our own
 * building"), a question word ("how long backups are kept"), a gerund ("storing data twice") or a participle
 * ("shared with other customers").
 */
function headOf(phrase: string): { w: string[]; headEnd: number; end: number } | null {
  const w = words(phrase.replace(/^(?:an?|one(?!\s+of\b))\s+/i, ''));
  // An owner before the noun ("our email system") stays; the head is found after it.
  const start = /^(?:our|your|their|its|my|the)$/i.test(w[0] ?? '') && w.length > 1 ? 1 : 0;
  const found = headFrom(w.slice(start));
  return found && { w, headEnd: found.headEnd + start, end: found.end + start };
}

function headFrom(w: string[]): { headEnd: number; end: number } | null {
  const first = w[0]?.toLowerCase() ?? '';
  if (!first || NOT_NOUN_PHRASE.has(first)) return null;
  if (w.length > 1 && /^[a-z]+ing$/.test(first) && looksInflected(first)) {
    const nounLike = (COUNTABLE_ING.has(first) || ING_MODIFIERS.has(first)) && !GERUND_OBJECT.has(w[1]!.toLowerCase());
    if (!nounLike) return null;
  }
  if (isParticiple(first) && PREPOSITIONS.has(w[1]?.toLowerCase() ?? '')) return null;
  let end = 1;
  while (end < w.length && !breaksHead(w, end)) end++;
  return { headEnd: end - 1, end };
}

/**
 * May "a"/"an" stand before `phrase`? Not before a phrase whose head has no plural or is plural already ("fast
 * storage", "protective scrambling", "shared folders"), nor before one that is no noun phrase.
 */
export function takesArticle(phrase: string): boolean {
  const head = headOf(phrase);
  return !!head && !takesNoPlural(head.w[head.headEnd]!.replace(/,$/, ''));
}

/**
 * The plural of a noun phrase: its head noun takes the plural, a leading "a"/"an"/"one" goes, and a relative
 * clause agrees ("a computer that runs a service" → "computers that run a service"; "secure connection to the
 * office" → "secure connections to the office"). A phrase for one particular thing ("the internet's address
 * book") and a phrase whose head has no plural ("built-in device software") stay; "the switch-over" → "the
 * switch-overs".
 */
export function pluralPhrase(phrase: string): string {
  const the = /^the\s+/i.exec(phrase);
  if (the) return /^\S+['’]s\s/.test(phrase.slice(the[0].length)) ? phrase : the[0] + pluralPhrase(phrase.slice(the[0].length));
  const head = headOf(phrase);
  if (!head) return phrase.replace(/^(?:an?|one(?!\s+of\b))\s+/i, '');
  const { w, headEnd, end } = head;
  const comma = w[headEnd]!.endsWith(',') ? ',' : '';
  const noun = comma ? w[headEnd]!.slice(0, -1) : w[headEnd]!;
  if (takesNoPlural(noun)) return w.join(' ');
  w[headEnd] = pluralNoun(noun) + comma;
  // "work computer or phone" → "work computers or phones".
  const joint = headEnd - 1;
  if (joint > 0 && /^(?:or|and)$/i.test(w[joint]!) && !takesNoPlural(w[joint - 1]!)) w[joint - 1] = pluralNoun(w[joint - 1]!);
  // "computers that run", not "computers that runs", past an adverb ("that also carry") and on both sides of
  // "and" ("systems that send and receive email").
  if (/^(?:that|which|who)$/i.test(w[end] ?? '')) {
    let v = end + 1;
    while (w[v] && (/^[a-z]{3,}ly$/.test(w[v]!) || /^(?:also|still|always|never|often|only|just)$/.test(w[v]!))) v++;
    if (w[v]) {
      w[v] = pluralVerb(w[v]!);
      if (/^(?:and|or)$/.test(w[v + 1] ?? '') && w[v + 2]) w[v + 2] = pluralVerb(w[v + 2]!);
    }
  }
  return w.join(' ');
}

// ---------------------------------------------------------------------------------------------------------------
// Fitting.

/**
 * `phrase` in `form`, or null when it cannot take that form: a noun phrase cannot stand for a past tense, and a
 * verb phrase with an object of its own ("apply security fixes to") has no plural. An "-ing" form also accepts
 * a phrase that is already one ("sharing one machine among many systems"). `objectFollows` says whether the
 * term had an object after it, which a verb phrase ending in a preposition needs.
 */
export function fitPhrase(phrase: string, form: PhraseForm, objectFollows = true): string | null {
  if (form === 'base') return phrase;
  const verbal = isVerbPhrase(phrase);
  if (form === 'plural') return verbal && words(phrase).length > 1 ? null : pluralPhrase(phrase);
  if (verbal) return inflectVerbPhrase(phrase, form, objectFollows);
  // "a return to the previous version" as a verb: "returned to the previous version"; "the move to…": "moved to…".
  const bare = phrase.replace(/^(?:an?|the)\s+/i, '');
  if (bare !== phrase && isVerbPhrase(bare)) return inflectVerbPhrase(bare, form, objectFollows);
  const first = words(phrase)[0] ?? '';
  if (
    form === 'gerund' &&
    /ing$/.test(first) &&
    looksInflected(first) &&
    !/^(?:during|something|nothing|anything|everything)$/i.test(first)
  )
    return phrase;
  return null;
}
