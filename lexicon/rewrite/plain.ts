/**
 * The plain rewrite: every jargon term replaced by its plain phrase, inflected to fit, with the articles,
 * determiners and verb agreement around it repaired. Punctuation and every other word stay where they were.
 */
import type { LexiconEntry } from '../schema.ts';
import { detectForm, inflectPlain, isVerbForm, phraseNumber, type TermForm } from './inflect.ts';
import { conjugate, isVerbPhrase, toInfinitive } from './language.ts';
import type { SentenceParse } from './parse.ts';
import { canModify } from '../fix/words.ts';
import { endsInPreposition } from '../inflect/phrase-forms.ts';
import type { JargonMatch, PlainReplacement } from './types.ts';

/** The sentence with the plain phrases in, before the sentence-level repair. */
export interface PlainSubstitution {
  /** The new text, punctuation as in the original. */
  text: string;
  replacements: PlainReplacement[];
}

/** A determiner before the term, perhaps with up to two modifiers between ("our on-premises", "a single"). */
const DETERMINER_BEFORE =
  /(?:^|[\s"“'‘(])(a|an|the|this|(?<!\b(?:ensure|ensures|ensured|ensuring|sure|so|such|now|said|say|says|note|noted|confirm|confirmed|means|mean|meant|believe|think|expect|hope|know|knew|show|shows|showed|found|agree|agreed|decided|announced|reported|asked|requested|told|check|checked|verify|verified)\s)that|these|those|each|every|any|some|no|our|your|their|its|my|his|her|all|both)\s+(?:[\p{Ll}][\p{Ll}-]*\s+){0,2}$/iu;
/** Modifier words that may not stand between a determiner and the term: "the" in "replaced the", verbs, etc. */
const NOT_MODIFIERS =
  /\s(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|must|may|might|to|of|for|in|on|at|by|with|from|and|or|but|not)\s/i;
const ARTICLE_BEFORE = /(?:^|[\s"“'‘(])(the|a|an)\s+$/i;
const LEADING_DETERMINER = /^(?:[Aa]n?|[Tt]he|[Oo]ur|[Yy]our|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ne|\p{Lu}[\p{L}\d]*['’]s)\s+/u;
/** Articles only: a modifier drops these ("second sign-in check prompts") but keeps an owner ("Microsoft's"). */
const LEADING_ARTICLE = /^(?:[Aa]n?|[Tt]he|[Oo]ne)\s+/u;
/** A phrase that brings its own owner ("our email system", "Microsoft's cloud service") replaces a "the" before it. */
const LEADING_POSSESSIVE = /^(?:our|your|their|\p{Lu}[\p{L}\d]*['’]s)\s+/u;
/** A form of "be" (or "get") right before a participle, perhaps with an adverb: the verb is passive. */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being|gets?|got)\s+(?:\p{L}+ly\s+)?$/iu;
/** Starts with a preposition: moved after a noun, it needs no joining word ("servers in our own building"). */
const STARTS_WITH_PREPOSITION = /^(?:in|on|at|from|with|by|inside|outside|within|under|over)\s/i;

/** How far back the rules look for a determiner, article or auxiliary before a term. */
const RECENT_CHARS = 100;

/**
 * The last words before a term, starting at a word boundary. The rules' regexes end in `$` and scan all they are
 * given, so handing them the whole prefix made a sentence of thousands of terms quadratic (a 200,000-character
 * sentence took 9 s, found by tests/unit/trust/fuzz-rewrite.test.ts); the words they look for are within reach.
 */
function recentText(text: string): string {
  if (text.length <= RECENT_CHARS) return text;
  const tail = text.slice(-RECENT_CHARS);
  const gap = tail.search(/\s/);
  return gap < 0 ? '' : tail.slice(gap);
}

/** A word reduced to a rough stem, so "rolled", "rollout" and "rolling" meet at "roll", "emails" and "email" at "email". */
function stem(word: string): string {
  return word.toLowerCase().replace(/(?:ing|ed|es|s|out|ers?)$/, '');
}

/** Short or common words a phrase may share with its sentence without reading twice. */
// prettier-ignore
const SHARED_FREELY = new Set(
  ('the our your their and for with from that this these those into onto over under after before about between ' +
    'through during every each some many more most other only also then than when where which while will would ' +
    'could should must have been being what they them there here just very same such own new old one two').split(' '),
);

/** The stems of a text's content words, each with how often it occurs. */
function stemCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.match(/\p{L}+/gu) ?? []) {
    if (w.length < 4 || SHARED_FREELY.has(w.toLowerCase())) continue;
    const s = stem(w);
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

/**
 * Does a content word of `phrase` share its stem with a word of the sentence outside the term's own span?
 * `sentenceStems` is counted once per sentence: a sentence of thousands of terms is not read again for each.
 */
function repeatsSentence(phrase: string, sentenceStems: ReadonlyMap<string, number>, term: string): boolean {
  const own = stemCounts(term);
  return [...stemCounts(phrase).keys()].some((s) => s.length >= 4 && (sentenceStems.get(s) ?? 0) > (own.get(s) ?? 0));
}

/** Is the term a setting's name or value: followed by its value, bracketed after a value, or in a table row? */
function isSettingValue(sentence: string, start: number, end: number): boolean {
  if (/\s\|(?:\s|$)|^\s*\|/.test(sentence)) return true;
  // "Port 993 (SSL/TLS)", "port number 465.": the value ends the phrase; "patched 312 endpoints" is a count.
  if (/^\s*(?:number\s+|no\.?\s+)?\d+\s*(?:[(|,.;:]|$)/i.test(sentence.slice(end))) return true;
  return /\d\s*\(\s*$/.test(sentence.slice(0, start));
}

/** Drops overlapping or out-of-range matches, keeping the earlier (then longer) one. */
export function normalizeMatches(sentence: string, matches: readonly JargonMatch[]): JargonMatch[] {
  const sorted = matches
    .filter((m) => m.start >= 0 && m.end <= sentence.length && m.end > m.start && m.entry.plain.length > 0)
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: JargonMatch[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (!last || m.start >= last.end) kept.push(m);
  }
  return kept;
}

/**
 * Chooses which plain phrase fits: a verb phrase for a verb; before a noun, a phrase short enough to stand there
 * ("MFA prompt" → "second sign-in check prompt"), or else the first phrase moved after the noun (`after`).
 */
function choosePhrase(
  entry: LexiconEntry,
  form: TermForm,
  modifier: boolean,
  slot: 'verb' | 'noun' | 'unknown',
  noObject = false,
): { phrase: string; after: boolean; keep?: boolean } {
  const first = entry.plain[0]!;
  // A verb needs a verb phrase; with none in the lexicon ("packaging software to run anywhere" for
  // "containerised"), the term stays as written rather than break the sentence (`keep`).
  if (isVerbForm(form) || slot === 'verb') {
    // "a return to the previous version" gives "return to the previous version" when no phrase is a verb already.
    // A verb with no object after it (a passive, "the VPN was patched"; "it scales up every day") would leave a
    // phrase that ends in a preposition hanging ("was applied security fixes to", "adds capacity to every day"), so
    // one that stands alone is taken ("was updated with security fixes"), or none.
    const fits = (p: string) => isVerbPhrase(p) && !(noObject && endsInPreposition(p));
    const verb = entry.plain.find(fits) ?? entry.plain.map((p) => p.replace(LEADING_ARTICLE, '')).find(fits);
    return verb ? { phrase: verb, after: false } : { phrase: '', after: false, keep: true };
  }
  if (modifier) {
    // Before a noun only a one-word phrase reads as English ("cloud storage" → "online storage"). Longer ones made
    // noun piles judges could not parse ("central computer pool", "web address lookup system"); they follow the
    // noun instead, where the caller finds a join that reads (`movedJoinReads`).
    const short = entry.plain.find((p) => {
      const bare = p.replace(LEADING_ARTICLE, '');
      return canModify(bare) && !isVerbPhrase(p) && !/\s/.test(bare.trim());
    });
    return short ? { phrase: short.replace(LEADING_ARTICLE, ''), after: false } : { phrase: first, after: true };
  }
  // A verb entry used as a noun ("during deploys": its phrases are "roll out", "install") stays as written.
  if (entry.inflectAs === 'verb') return { phrase: '', after: false, keep: true };
  // A phrase with a clause of its own ("scrambling so only the right people can read") reads badly as a noun
  // in a sentence; a plainer alternative ("protective scrambling") is preferred when the lexicon has one.
  if (/(?<![\w-])(?:so|because)(?![\w-])/i.test(first))
    return { phrase: entry.plain.find((p) => !/(?<![\w-])(?:so|because)(?![\w-])/i.test(p)) ?? first, after: false };
  return { phrase: first, after: false };
}

/**
 * A phrase whose head names a practice, not a thing ("two-step sign-in", "disk encryption", "backup testing"),
 * reads bare where the writer's term stood bare: "we use MFA" → "we use two-step sign-in", not "the two-step sign-in".
 */
export function readsBare(phrase: string): boolean {
  const head = phrase.match(/([\p{L}-]+)$/u)?.[1]?.toLowerCase() ?? '';
  return (
    /(?:^|-)sign-in$|^sign-in$|[a-z]{3}(?:tion|sion|ing)$/.test(head) &&
    !/(?:station|thing|building|setting|meeting|ceiling|string)$/.test(head)
  );
}

/**
 * The preposition that joins a noun to the plain phrase moved after it ("the change to…", "delay on…"), or null
 * for a noun not known to take one. A fault takes none: judges failed every "outage with the traffic route" and
 * "the outage with the outgoing email", so "a routing outage" stays as written.
 */
function prepositionFor(noun: string): string | null {
  if (/^(?:latency|latencies|delays?|speed|performance|traffic|load|capacity|bandwidth|usage|lag)$/i.test(noun)) return 'on';
  if (/^(?:rollouts?|roll-outs?|launch(?:es)?|adoption|use|cost|costs|licences?|licenses?|owners?)$/i.test(noun)) return 'of';
  if (/^(?:changes?|updates?|upgrades?|migrations?|fix(?:es)?|improvements?|moves?|switch(?:es)?|cutovers?|additions?|access)$/i.test(noun))
    return 'to';
  if (/^(?:prompts?|rules?|polic(?:y|ies)|windows?|plans?|training|budgets?|contracts?|support|guides?|requirements?)$/i.test(noun))
    return 'for';
  return null;
}

/**
 * Does a phrase moved after its noun read as English? Only after a noun known to take it: "the change to the web
 * address settings", "delay on the secure connection", "a prompt for the second sign-in check". After any other
 * noun the move made what judges could not parse: "the system for the web address lookup", "attacks for the harmful
 * software", "the back for the central computer" (a tagger's noun). The term then stays as written. A phrase that
 * brings its own preposition ("in our own building") can always follow.
 */
function movedJoinReads(phrase: string, headNoun: string): boolean {
  return STARTS_WITH_PREPOSITION.test(phrase) || prepositionFor(headNoun) !== null;
}

/** The run of nouns right after a term ("client software" in "VPN client software"), or null. */
function nounRunAfter(
  sentence: string,
  end: number,
  limit: number,
  parse: SentenceParse | null,
): { end: number; text: string; head: string } | null {
  if (!parse) return null;
  let stop = end;
  let head = '';
  for (const w of parse.words) {
    if (w.start < stop) continue;
    if (w.end > limit) break;
    const next = parse.words[parse.words.indexOf(w) + 1];
    // A word the tagger calls a verb is a noun here when a verb follows it ("MFA prompts are failing").
    const noun =
      (w.tags.has('Noun') && !w.tags.has('Verb')) ||
      (w.tags.has('Verb') &&
        !!next?.tags.has('Verb') &&
        !['PastTense', 'Auxiliary', 'Copula', 'Modal', 'Gerund'].some((t) => w.tags.has(t)));
    if (
      sentence.slice(stop, w.start) !== ' ' ||
      !noun ||
      w.tags.has('Pronoun') ||
      w.tags.has('Date') ||
      w.tags.has('Value') ||
      /ing$/i.test(w.text)
    )
      break;
    stop = w.end;
    head = w.text;
    if (/^['’]s$/.test(sentence.slice(w.end, w.end + 2))) break;
  }
  return head ? { end: stop, text: sentence.slice(end + 1, stop), head } : null;
}

/**
 * Does an object follow a verb that ends at `end`? Not when the clause ends there, or when a preposition, an adverb,
 * a conjunction or a time follows ("scales up every day", "rebooted overnight", "migrated to the cloud"). Without
 * tags, only punctuation or the end of the sentence says there is none.
 */
function objectAfter(sentence: string, end: number, parse: SentenceParse | null): boolean {
  if (/^\s*(?:[.,;:!?)]|$)/.test(sentence.slice(end))) return false;
  if (!parse) return true;
  const at = parse.words.findIndex((w) => w.start >= end);
  const next = parse.words[at];
  if (!next) return false;
  const timeOrLink = (w: SentenceParse['words'][number] | undefined) =>
    !!w && ['Preposition', 'Adverb', 'Conjunction', 'Date', 'Duration'].some((t) => w.tags.has(t));
  if (timeOrLink(next)) return false;
  // "every day", "this week": a determiner that opens a time
  return !(next.tags.has('Determiner') && timeOrLink(parse.words[at + 1]));
}

function wordAt(parse: SentenceParse | null, offset: number): SentenceParse['words'][number] | undefined {
  return parse?.words.find((w) => w.start <= offset && offset < w.end);
}

/** The number ("singular"/"plural") a subject needs from its verb, given the plain phrase now standing there. */
function numberOf(form: TermForm, phrase: string): 'singular' | 'plural' {
  return phraseNumber(phrase) === 'plural' && (form === 'plural' || !/^(?:a|an|one)\s/i.test(phrase)) ? 'plural' : 'singular';
}

const AGREEING: Record<string, [string, string]> = {
  is: ['is', 'are'],
  are: ['is', 'are'],
  was: ['was', 'were'],
  were: ['was', 'were'],
  has: ['has', 'have'],
  have: ['has', 'have'],
  does: ['does', 'do'],
  do: ['does', 'do'],
};

/**
 * Where the verb of a replaced subject starts, or null when the term is not the subject. With tags: the first
 * verb group after the term, when only the term's own phrase ("… for the marketing site") stands between and the
 * term opens the clause. Without tags: the next word, past adverbs such as "now".
 */
function subjectVerb(sentence: string, start: number, end: number, limit: number, parse: SentenceParse | null): number | null {
  if (parse) {
    const verb = parse.verbs.find((v) => v.start >= end);
    if (!verb || verb.start >= limit) return null;
    const opener = sentence.slice(0, start);
    const clauseStart = Math.max(opener.search(/[^,;:]*$/), 0);
    const lead = sentence.slice(clauseStart, start);
    if (
      !/^\s*(?:(?:the|a|an|our|your|their|its|this|that|these|those|all|some|many|most|both|new|old|[\p{Ll}-]+(?:ed|al|ly))\s+)*$/iu.test(
        lead,
      ) ||
      parse.verbs.some((v) => v.start < start && v.start >= clauseStart)
    )
      return null;
    const between = sentence.slice(end, verb.start);
    // "The VPN and the firewall are…": a compound subject keeps its plural verb.
    if (/[,;:()'’]/.test(between) || /\b(?:and|or|nor|plus|with|as well as|together)\b/i.test(between) || countWordsIn(between) > 6)
      return null;
    return verb.start;
  }
  const m = sentence.slice(end, limit).match(/^\s+(?:(?:now|also|still|currently|already|usually|often|always)\s+)*/i);
  return m ? end + m[0].length : null;
}

/** True when the word before `offset` describes the term ("new", "second", "managed", "file"). */
function precededByModifier(parse: SentenceParse | null, offset: number): boolean {
  const before = parse?.words.filter((w) => w.end <= offset).pop();
  return !!before && (before.tags.has('Adjective') || before.tags.has('Value') || (before.tags.has('Noun') && !before.tags.has('Pronoun')));
}

/**
 * Where a bare run of describing nouns before the term starts ("forum" in "due to forum migration", "Email archive"
 * at the start of "Email archive migration is on track"), or -1 when the run has a determiner, an owner or a number
 * before it, or holds a name: a countable plain phrase then needs "the" before the whole run.
 */
function bareModifierRunStart(sentence: string, parse: SentenceParse | null, offset: number): number {
  if (!parse) return -1;
  const words = parse.words.filter((w) => w.end <= offset);
  let k = words.length;
  let at = offset;
  while (k > 0) {
    const w = words[k - 1]!;
    const describes = w.tags.has('Noun') && !w.tags.has('Pronoun') && !w.tags.has('Value') && !w.tags.has('Verb');
    if (!describes || sentence.slice(w.end, at) !== ' ' || w.tags.has('ProperNoun') || /\p{Lu}/u.test(w.text.slice(1))) break;
    at = w.start;
    k--;
  }
  if (at === offset || /['’]s\s*$|\d\s*$/.test(sentence.slice(0, at))) return -1;
  if (DETERMINER_BEFORE.test(sentence.slice(0, at))) return -1;
  return at;
}

function countWordsIn(text: string): number {
  return text.trim() ? text.trim().split(/\s+/).length : 0;
}

/**
 * Makes the verb at the start of `text` agree with its subject: "are" → "is", and, for a verb the tagger reads
 * as present tense, "run" → "runs". Modals and past forms stay.
 */
function agreeVerb(text: string, wanted: 'singular' | 'plural', presentTense: boolean): string {
  const m = text.match(/^([\p{L}]+)/u);
  if (!m) return text;
  const verb = m[1]!;
  const lower = verb.toLowerCase();
  let replacement = verb;
  const pair = Object.hasOwn(AGREEING, lower) ? AGREEING[lower] : undefined; // not Object.prototype's "constructor"
  if (pair) replacement = wanted === 'singular' ? pair[0] : pair[1];
  else if (presentTense && !/^(?:will|would|can|could|shall|should|may|might|must|had|did)$/.test(lower) && !/ed$/.test(lower)) {
    const inf = toInfinitive(lower);
    const third = conjugate(inf).PresentTense;
    if (wanted === 'plural' && lower === third && inf !== lower) replacement = inf;
    else if (wanted === 'singular' && lower === inf && third !== lower) replacement = third;
  }
  if (replacement === verb) return text;
  if (/^\p{Lu}/u.test(verb)) replacement = replacement[0]!.toUpperCase() + replacement.slice(1);
  return replacement + text.slice(verb.length);
}

/**
 * Terms written with their own definition or acronym in brackets right after them ("multi-factor authentication
 * (MFA)", "MFA (multi-factor authentication)"): by the index of the first, where the bracket closes and the index
 * of the bracketed term, so the pair becomes one plain phrase.
 */
function definitionEchoes(sentence: string, kept: readonly JargonMatch[]): Map<number, { end: number; skipTo: number }> {
  const echoes = new Map<number, { end: number; skipTo: number }>();
  for (let i = 0; i + 1 < kept.length; i++) {
    const a = kept[i]!;
    const b = kept[i + 1]!;
    if (a.entry.id !== b.entry.id || !/^\s*\(\s*$/.test(sentence.slice(a.end, b.start))) continue;
    const close = /^\s*\)/.exec(sentence.slice(b.end));
    if (close) echoes.set(i, { end: b.end + close[0].length, skipTo: i + 1 });
  }
  return echoes;
}

/** Is the match in brackets right after one of its own entry's spellings ("… Authentication (MFA)")? */
function bracketedAfterItsWords(sentence: string, match: JargonMatch): boolean {
  const open = /\(\s*$/.exec(sentence.slice(0, match.start));
  if (!open || !/^\s*\)/.test(sentence.slice(match.end))) return false;
  const before = sentence.slice(0, open.index).trimEnd().toLowerCase();
  const written = sentence.slice(match.start, match.end).toLowerCase();
  if ([match.entry.term, ...match.entry.variants].some((s) => s.toLowerCase() !== written && before.endsWith(s.toLowerCase()))) return true;
  // An acronym whose letters start the words before it ("Root Cause Analysis (RCA)"), whatever entry those are.
  const letters = written.replace(/[^a-z]/g, '');
  if (letters.length < 2 || !/^[A-Z0-9&]+s?$/.test(sentence.slice(match.start, match.end))) return false;
  const words = (before.match(/[a-z][a-z'-]*/g) ?? []).filter((w) => !/^(?:of|and|the|for|to|&)$/.test(w));
  const initials = words
    .slice(-letters.replace(/s$/, '').length)
    .map((w) => w[0])
    .join('');
  return initials === letters.replace(/s$/, '') || initials === letters;
}

/**
 * Replaces every term with its plain phrase. `parse` (compromise's tags for the sentence) sharpens the choices
 * (noun or verb, a term standing before a noun); without it, for sentences too long to tag, spelling decides.
 */
export function substitutePlain(sentence: string, matches: readonly JargonMatch[], parse: SentenceParse | null): PlainSubstitution {
  const kept = normalizeMatches(sentence, matches);
  const echoes = definitionEchoes(sentence, kept);
  const replacements: PlainReplacement[] = [];
  let out = '';
  let cursor = 0;
  const glossed = new Set<string>();
  const sentenceStems = stemCounts(sentence);
  for (let index = 0; index < kept.length; index++) {
    const match = kept[index]!;
    let start = match.start;
    const written = sentence.slice(match.start, match.end);
    // A word the reader knows stays as written.
    if (match.entry.familiar) continue;
    // Part of a hyphenated word ("E-mail Server", "non-production"): replacing it alone made "E-email system".
    if (/\p{L}-$/u.test(sentence.slice(0, match.start))) continue;
    // A setting the reader must type or pick stays as written: a term with its value ("Port 993"), a value's name in
    // brackets after it ("465 (SSL/TLS)"), and every term of a settings table's row ("Server type | IMAP |").
    if (isSettingValue(sentence, match.start, match.end)) continue;
    // An acronym in brackets right after the words it stands for ("Multi-Factor Authentication (MFA)") is defined
    // there: it stays, whether or not those words are replaced.
    if (bracketedAfterItsWords(sentence, match)) continue;
    // A term written as a title ("2-Step Verification", "Advanced Threat Protection") is the name of a product or a
    // setting the reader will look for on screen: it stays as written.
    if (writtenAsTitle(written, [match.entry.term, ...match.entry.variants])) {
      // Its acronym in brackets after it ("Multi-Factor Authentication (MFA)") is defined right there: it stays too.
      const echo = echoes.get(index);
      if (echo) index = echo.skipTo;
      continue;
    }
    // A name people use stays a name; the first time, what it is follows it ("AnyConnect, the app that…").
    if (match.entry.name) {
      const gloss = match.entry.gloss?.trim();
      if (!gloss || glossed.has(match.entry.id) || /^[\s,]*\(/.test(sentence.slice(match.end))) continue;
      const closes = /^\s*(?:[.,;:!?)]|$)/.test(sentence.slice(match.end));
      // "Active Directory clean-up": a name that describes the noun after it takes no gloss between the two.
      const next = closes ? undefined : parse?.words.find((w) => w.start >= match.end);
      // After a determiner, a name with a word straight after it describes that word ("their O365 accounts").
      const determinerBefore = /\b(?:the|a|an|our|your|their|its|his|her|my|this|that|these|those)\s+$/i.test(
        sentence.slice(0, match.start),
      );
      // A word followed by an auxiliary is the noun the name describes, whatever the tagger says ("MS O365 accounts
      // will be closed", with "accounts" read as a verb).
      const afterNext = next && parse?.words.find((w) => w.start >= next.end);
      const nextIsHead =
        !!afterNext && /^(?:will|would|are|is|were|was|have|has|had|can|could|should|must|may|might)$/i.test(afterNext.text);
      if (
        !closes &&
        (!next || determinerBefore || nextIsHead || (next.tags.has('Noun') && !next.tags.has('Pronoun')) || next.tags.has('Adjective'))
      )
        continue;
      glossed.add(match.entry.id);
      const phrase = `${written}, ${gloss}${closes ? '' : ','}`;
      out += sentence.slice(cursor, match.start) + phrase;
      replacements.push({ start: match.start, end: match.end, text: written, plain: phrase, entryId: match.entry.id });
      cursor = match.end;
      continue;
    }
    let before = sentence.slice(cursor, start);
    const textBefore = recentText(sentence.slice(0, start));
    const firstWord = wordAt(parse, match.start);
    // An item of a list of nouns ("testing, patches, and other work") is a noun, whatever the tagger says.
    const inList = /,\s*$/.test(textBefore) && /^\s*(?:,|and\b|or\b)/i.test(sentence.slice(match.end));
    // Straight after a preposition a term is a noun ("during deploys"), whatever the tagger says.
    const afterPreposition = /\b(?:during|after|before|of|for|with|without|between|across|in|on|from|by|about)\s+$/i.test(textBefore);
    const taggedVerb =
      firstWord && !inList && !afterPreposition ? firstWord.tags.has('Verb') : inList || afterPreposition ? false : undefined;
    const lastWord = wordAt(parse, match.end - 1);
    const form = detectForm(
      written,
      match.entry,
      textBefore,
      taggedVerb,
      lastWord && lastWord !== firstWord ? lastWord.tags.has('Verb') : taggedVerb,
    );
    const nextIndex = parse ? parse.words.findIndex((w) => w.start >= match.end) : -1;
    const nextWord = nextIndex >= 0 ? parse!.words[nextIndex] : undefined;
    const afterNext = nextIndex >= 0 ? parse!.words[nextIndex + 1] : undefined;
    const gapAfter = nextWord ? sentence.slice(match.end, nextWord.start) : '';
    // "MFA prompts are failing": a word the tagger calls a verb is a noun when a verb follows it.
    const plainVerb =
      !!nextWord && nextWord.tags.has('Verb') && !['PastTense', 'Auxiliary', 'Copula', 'Modal', 'Gerund'].some((t) => nextWord.tags.has(t));
    const thirdWord = nextIndex >= 0 ? parse!.words[nextIndex + 2] : undefined;
    // "…click rates dropped": a verb-looking word followed by a noun and then a verb is part of a compound noun.
    const compound = plainVerb && !!afterNext?.tags.has('Noun') && !afterNext.tags.has('Pronoun') && !!thirdWord?.tags.has('Verb');
    // "Is the VPN working again?": an "-ing" word after a term is its verb, not a noun it describes.
    const nounNext =
      !!nextWord &&
      !nextWord.tags.has('Pronoun') &&
      !nextWord.tags.has('Date') &&
      !nextWord.tags.has('Value') &&
      !/ing$/i.test(nextWord.text) &&
      ((nextWord.tags.has('Noun') && !nextWord.tags.has('Verb')) || (plainVerb && !!afterNext?.tags.has('Verb')) || compound);
    const verbLike =
      !!firstWord && !!taggedVerb && !firstWord.tags.has('Noun') && !firstWord.tags.has('Gerund') && !firstWord.tags.has('Adjective');
    const modifier = nounNext && /^ $/.test(gapAfter) && !isVerbForm(form) && !verbLike;
    // A base-form term the tagger reads as a verb ("IT will patch every server") needs a verb phrase.
    const slot = !parse ? 'unknown' : verbLike && form === 'base' ? 'verb' : firstWord?.tags.has('Noun') ? 'noun' : 'unknown';
    const next = kept[index + 1];
    const nextAdjacent = !!next && sentence.slice(match.end, next.start) === ' ' && modifier;
    const passive = (form === 'participle' || form === 'past') && PASSIVE_BEFORE.test(sentence.slice(0, match.start));
    const chosen = choosePhrase(match.entry, form, modifier, slot, passive || !objectAfter(sentence, match.end, parse));
    if (chosen.keep) continue; // the cursor stays before the term, so it is copied as written
    // Two terms side by side ("SAN firmware"): the second is the head, and the first follows it.
    if (nextAdjacent && !chosen.after) {
      const full = choosePhrase(match.entry, form, false, 'noun').phrase;
      chosen.phrase = full;
      chosen.after = true;
    }
    let phrase = inflectPlain(chosen.phrase, modifier && form === 'plural' ? 'base' : form);
    // A phrase whose words the sentence already uses reads twice ("the rollout of Windows 11 is being rolled out",
    // "using outgoing email were unable to send emails"): the term stays.
    if (repeatsSentence(phrase, sentenceStems, sentence.slice(match.start, match.end))) continue;
    // A plural phrase after "a" ("a modern screens", "An automatic test visits") has no singular to give: the term stays.
    if (form !== 'plural' && phraseNumber(phrase) === 'plural' && /\b(?:a|an|one)\s+(?:[\p{L}-]+\s+)?$/iu.test(textBefore)) continue;
    let end = match.end;
    // "multi-factor authentication (MFA)": the definition and its acronym become one plain phrase, not an echo.
    const echo = echoes.get(index);
    if (echo !== undefined && !chosen.after) {
      end = echo.end;
      index = echo.skipTo;
    }
    if (chosen.after) {
      // "the SSO change" → "the change to one sign-in for every work tool"; "VPN latency" → "delay on the secure
      // connection to the office" (two terms side by side: the second is the head); "on-premises servers" →
      // "servers in our own building".
      const moved = STARTS_WITH_PREPOSITION.test(phrase) ? phrase : LEADING_DETERMINER.test(phrase) ? phrase : 'the ' + phrase;
      const join = (head: string, headNoun: string) =>
        STARTS_WITH_PREPOSITION.test(phrase) ? `${head} ${moved}` : `${head} ${prepositionFor(headNoun)!} ${moved}`;
      if (next && nextAdjacent) {
        const nextWritten = sentence.slice(next.start, next.end);
        const headNoun = nextWritten.split(/\s+/).pop() ?? nextWritten;
        // Half a compound in plain words ("the endpoint protective scrambling") reads worse than the whole as written.
        if (!movedJoinReads(phrase, headNoun)) {
          index++;
          continue;
        }
        const nextForm = detectForm(nextWritten, next.entry, '', false);
        const head = inflectPlain(choosePhrase(next.entry, nextForm, false, 'noun').phrase, nextForm);
        phrase = join(head, headNoun);
        end = next.end;
        index++;
      } else {
        const run = nounRunAfter(sentence, match.end, next?.start ?? sentence.length, parse);
        if (run && !movedJoinReads(phrase, run.head)) continue;
        if (run) {
          phrase = join(run.text, run.head);
          end = run.end;
        }
      }
    }
    // Determiners: "the Exchange DAG" → "our email", "the VPN" → "the secure connection", not "the a secure connection".
    const det = DETERMINER_BEFORE.exec(textBefore);
    if (det && LEADING_DETERMINER.test(phrase) && !NOT_MODIFIERS.test(det[0] + ' ')) {
      const article = ARTICLE_BEFORE.exec(textBefore);
      if (article && LEADING_POSSESSIVE.test(phrase)) {
        const wordStart = match.start - (article[0].length - article[0].indexOf(article[1]!));
        if (wordStart >= cursor) {
          if (/^\p{Lu}/u.test(article[1]!)) phrase = phrase[0]!.toUpperCase() + phrase.slice(1);
          start = wordStart;
          before = sentence.slice(cursor, start);
        }
      } else phrase = phrase.replace(LEADING_DETERMINER, '');
    }
    // "We tested failover" → "We tested the switch to the standby system": a singular phrase standing bare where
    // the term stood (after a verb or preposition, or first) takes "the".
    const bareSingular =
      slot !== 'verb' &&
      !isVerbForm(form) &&
      !modifier &&
      !chosen.after &&
      !LEADING_DETERMINER.test(phrase) &&
      phraseNumber(phrase) === 'singular' &&
      !readsBare(phrase);
    if (
      bareSingular &&
      !DETERMINER_BEFORE.test(textBefore) &&
      !/(?:\d|['’]s)\s+$/.test(textBefore) &&
      !precededByModifier(parse, match.start)
    ) {
      phrase = 'the ' + phrase;
    } else if (bareSingular && form !== 'plural') {
      // "due to forum migration" → "due to the forum move": the countable phrase takes "the" before the nouns that
      // describe it, where the writer's mass noun needed none.
      const runStart = bareModifierRunStart(sentence, parse, match.start);
      if (runStart >= cursor && runStart < start) {
        const atSentenceStart = /^[\s"'“‘([]*$/.test(sentence.slice(0, runStart));
        const first = sentence.slice(runStart, start);
        const run = atSentenceStart && !/^\p{Lu}{2}/u.test(first) ? first[0]!.toLowerCase() + first.slice(1) : first;
        before = sentence.slice(cursor, runStart) + (atSentenceStart ? 'The ' : 'the ') + run;
      }
    }
    // A term written in capitals at the start of the sentence passes its capital on; elsewhere the phrase keeps its own case.
    if (/^[\s"'“‘([]*$/.test(sentence.slice(0, start))) phrase = phrase[0]!.toUpperCase() + phrase.slice(1);

    out += before + phrase;
    replacements.push({ start, end, text: sentence.slice(start, end), plain: phrase, entryId: match.entry.id });
    cursor = end;

    // The verb after a replaced subject agrees with the new phrase.
    // A term used as a modifier ("VPN licence costs") is not the head of its subject, so the verb is left alone.
    if (!isVerbForm(form) && slot !== 'verb' && !modifier && !chosen.after && end === match.end) {
      const now = numberOf(form, phrase);
      {
        const nextMatch = kept.find((m) => m.start >= end);
        const limit = nextMatch ? nextMatch.start : sentence.length;
        const verbAt = subjectVerb(sentence, match.start, end, limit, parse);
        if (verbAt) {
          const after = sentence.slice(end, limit);
          const present = !!parse && !!wordAt(parse, verbAt)?.tags.has('PresentTense') && !wordAt(parse, verbAt)?.tags.has('PastTense');
          const agreed = after.slice(0, verbAt - end) + agreeVerb(sentence.slice(verbAt, limit), now, present);
          if (agreed !== after) {
            out += agreed;
            cursor = limit;
          }
        }
      }
    }
  }
  out += sentence.slice(cursor);
  return { text: out, replacements };
}

/**
 * Two or more words, each starting with a capital or a digit, where the lexicon has the term only in another case
 * ("2-Step Verification" for "2-step verification"; "Exchange DAG" is written so in the lexicon, and stays a term).
 */
function writtenAsTitle(written: string, spellings: readonly string[]): boolean {
  const words = written.split(/[\s-]+/).filter(Boolean);
  return (
    words.length >= 2 &&
    !spellings.includes(written) &&
    words.every((w) => /^[\p{Lu}\d]/u.test(w)) &&
    !/^[\p{Lu}\d-]+$/u.test(written.replace(/\s/g, ''))
  );
}
