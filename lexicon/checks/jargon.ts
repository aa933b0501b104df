/**
 * Check 1: IT jargon from the lexicon. The matching itself happens once per paragraph (unit.terms); this check
 * turns each match into a finding with the entry's plain wording and its reason.
 *
 * The plain wording is fitted to the sentence, so that one-click Replace leaves grammatical English: the phrase
 * takes the form the term was written in ("We migrated" → "We moved", "two VPNs" → "two secure connections to
 * the office"), an article before the term agrees with the new words ("an SSO portal" → "a one sign-in…"), and a
 * phrase's own article makes way for one already written ("the DNS" → "the internet's address book").
 */
import formsFile from '../data/forms.generated.json' with { type: 'json' };
import type { FormsTable } from '../inflect/rules.ts';
import type { LexiconMatch } from '../match/matcher.ts';
import {
  fitPhrase,
  inflectVerbPhrase,
  isIntransitivePhrase,
  isVerbPhrase,
  type MatchedForm,
  type PhraseForm,
  spellingForm,
  type SpellingForm,
  takesArticle,
} from '../inflect/phrase-forms.ts';
import { articleFor } from '../rewrite/articles.ts';
import type { LexiconEntry } from '../schema.ts';
import type { Token } from '../match/tokenize.ts';
import type { Suggestion } from '../types.ts';
import type { PreparedUnit } from '../analyze/unit.ts';
import { evidenceBetween, evidenceKey, ORDINARY_SENSE } from '../analyze/context.ts';
import { reasonOf } from './jargon-reason.ts';
import { senseOf } from './sense.ts';
import type { Check, DraftFinding } from './types.ts';
import { capitalize, NO_FINDINGS } from './types.ts';

/** The built-in inflections, to tell which form of a built-in spelling matched ("spun up" is "spin up" in the past). */
const BUILT_IN_FORMS: FormsTable = (formsFile as { forms: FormsTable }).forms;

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));

/** Words before a noun that fix its number and take no article of a phrase: "the", "our", "each"... */
const DETERMINERS = set('a an the this that these those our your their its my his her each every any some no');
/** Words before an "-s" form that make it a plural noun: "two patches", "the patches", "all VPNs". */
const BEFORE_PLURAL = set(
  'the these those our your their its my his her some any all many several few more most both no other two three four five six seven eight nine ten multiple new old of and',
);
/** Subjects before an "-s" form that make it a verb: "it patches", "who reboots". */
const SUBJECTS_SINGULAR = set('he she it who which that this one everyone someone nobody');
/** Words before a base form that make it a verb: "we patch", "will patch", "please reboot", "don't reboot". */
const BEFORE_VERB = set('i we you they will would can could should must might may shall please t ll');
/** Words that start an object after a verb: "patches every laptop", "reboot the router". */
const OBJECT_STARTERS = set('the a an every each all our your their its it them his her this these those my any some both');
/** Auxiliaries before a past form that make it a participle: "has migrated" (perfect), "was patched" (passive). */
const PERFECT_AUXILIARIES = set('has have had having');
const PASSIVE_AUXILIARIES = set('is are was were be been being get gets got gotten');
/** Adverbs that may stand between an auxiliary and its participle: "has now been fully migrated". */
const ADVERBS = set('not never already just now also successfully fully finally recently since then all both quickly automatically');
/** Words after a verb that are not its object: it had none ("we migrated last night", "patched and ready"). */
const NOT_OBJECT = set(
  'is are was were be been being will would can could should must may might shall has have had do does did and or but so then because when while before after until since if as than ' +
    'to for of with from into onto on in at by about across between through over under without against during via per ' +
    'overnight today tonight tomorrow yesterday now again already last next yet ago earlier later soon still also too first successfully quickly automatically fine',
);

/** How a term stands in its sentence, as far as choosing and fitting its plain phrase goes. */
interface Context {
  /** The word just before the term in the same clause (only spaces between), if any. */
  prev: Token | undefined;
  /** The word just after the term in the same clause, if any. */
  next: Token | undefined;
  atStart: boolean;
}

/** The auxiliary before a term, perhaps past adverbs: "has" (perfect), "was fully" (passive). */
type Auxiliary = 'perfect' | 'passive' | null;

/** The same-clause neighbours of a match: words separated from it by spaces only. */
function contextOf(unit: PreparedUnit, match: LexiconMatch, atStart: boolean): Context {
  const { tokens, masked } = unit;
  const before = tokens[match.firstToken - 1];
  const after = tokens[match.endToken];
  // In "don't reboot" the word before is "t", which BEFORE_VERB knows.
  const prev = !atStart && before && onlySpaces(masked, before.end, match.start) ? before : undefined;
  const next = after && onlySpaces(masked, match.end, after.start) ? after : undefined;
  return { prev, next, atStart };
}

/** Are characters `[from, to)` one to three spaces (no line break, no punctuation)? Runs for every term. */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from || to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

/** The auxiliary the term stands after ("has migrated", "has been migrated", "was fully patched"), past adverbs. */
function auxiliaryBefore(unit: PreparedUnit, match: LexiconMatch): Auxiliary {
  for (let k = match.firstToken - 1, stop = Math.max(0, match.firstToken - 5); k >= stop; k--) {
    const token = unit.tokens[k]!;
    if (!onlySpaces(unit.masked, token.end, k + 1 < match.firstToken ? unit.tokens[k + 1]!.start : match.start)) return null;
    if (PASSIVE_AUXILIARIES.has(token.lower)) return 'passive';
    if (PERFECT_AUXILIARIES.has(token.lower)) return 'perfect';
    if (!ADVERBS.has(token.lower) && !/^[a-z]{3,}ly$/.test(token.lower)) return null;
  }
  return null;
}

/** The form the plain phrase must take here, or `attributive` for a past form before a noun ("a patched server"). */
/** What the plain phrase must become: a form, or a past form before a noun, in the passive, or a base-form verb. */
type Target = PhraseForm | 'attributive' | 'passive' | 'verb';

function targetForm(
  form: SpellingForm,
  canBeVerb: boolean,
  hasVerbPhrase: boolean,
  ctx: Context,
  unit: PreparedUnit,
  match: LexiconMatch,
): Target {
  const prev = ctx.prev?.lower;
  const next = ctx.next?.lower;
  switch (form) {
    case 'plural':
      return 'plural';
    case 'past':
      if (prev !== undefined && DETERMINERS.has(prev)) return 'attributive';
      switch (auxiliaryBefore(unit, match)) {
        case 'passive':
          return 'passive';
        case 'perfect':
          return 'participle';
        default:
          return 'past';
      }
    case 'gerund':
      // "our patching schedule", "the rebooting of servers": a noun; the phrase stays as it is.
      return prev !== undefined && DETERMINERS.has(prev) ? 'base' : 'gerund';
    case 's-form':
      if (!hasVerbPhrase || (prev !== undefined && (BEFORE_PLURAL.has(prev) || /^\d/.test(prev)))) return 'plural';
      if ((prev !== undefined && SUBJECTS_SINGULAR.has(prev)) || (next !== undefined && OBJECT_STARTERS.has(next))) return 'third-person';
      return 'plural';
    default:
      // A base form where a verb goes: "we patch", "will reboot", "to patch the server", "Reboot your laptop".
      if (!canBeVerb || !hasVerbPhrase) return 'base';
      if (prev !== undefined && BEFORE_VERB.has(prev)) return 'verb';
      if ((prev === 'to' || ctx.atStart) && next !== undefined && OBJECT_STARTERS.has(next)) return 'verb';
      return 'base';
  }
}

/** One fitted phrase: its text, and whether it replaces the word before the term too (an article that changed). */
interface Fitted {
  text: string;
  withPrev: boolean;
}

/**
 * The entry's plain phrases fitted to the term's form and place, best first. Phrases that cannot take the form
 * are left out. When none can: an "-ing" form often reads as a noun ("Load balancing keeps the site up"), so the
 * phrases are offered as written; a past or third-person form is a verb, and a noun phrase in its place would
 * leave a broken sentence ("We protective scrambling the laptops"), so nothing is offered to Replace with.
 */
function fitPhrases(entry: LexiconEntry, target: Target, objectFollows: boolean): string[] {
  let fitted: string[];
  if (target === 'attributive') {
    // "a patched server" → "a restarted server": only a one-word verb reads well before a noun.
    fitted = entry.plain.filter((p) => !p.includes(' ') && isVerbPhrase(p)).map((p) => fitPhrase(p, 'participle')!);
  } else if (target === 'passive') {
    // "The laptops were patched": the subject is what the verb acts on, so a phrase with an object of its own
    // ("apply security fixes to") cannot stand here.
    fitted = entry.plain
      .filter((p) => !hasOwnObject(p))
      .map((p) => fitPhrase(p, 'participle', false))
      .filter((p): p is string => p !== null);
  } else if (target === 'base') {
    fitted = entry.plain.slice();
  } else {
    fitted = [];
    for (const p of entry.plain) {
      // A base form where a verb goes keeps the verb as it is, and drops a closing preposition with no object.
      const verb = target === 'verb' ? verbPhraseIn(p) : null;
      const text = target === 'verb' ? verb && inflectVerbPhrase(verb, 'base', objectFollows) : fitPhrase(p, target, objectFollows);
      if (text) fitted.push(text);
    }
    // With an object after the term, only phrases that take one fit: "restarted the router", not "switched off
    // and on again the router" or "moved to the new system the servers".
    if (objectFollows && target !== 'plural') fitted = fitted.filter((p) => !isIntransitivePhrase(p));
  }
  if (fitted.length) return [...new Set(fitted)];
  return target === 'gerund' || target === 'base' ? entry.plain.slice() : [];
}

/** The verb phrase a plain phrase is or holds after its article ("the move to the new system"), or null. */
function verbPhraseIn(phrase: string): string | null {
  if (isVerbPhrase(phrase)) return phrase;
  const bare = phrase.replace(/^(?:an?|the)\s+/i, '');
  return bare !== phrase && isVerbPhrase(bare) ? bare : null;
}

/** Does a verb phrase carry an object of its own before its closing preposition ("apply security fixes to", "rush out a fix for")? */
function hasOwnObject(phrase: string): boolean {
  const w = phrase.split(' ');
  return (
    w.length > 2 &&
    isVerbPhrase(phrase) &&
    !isIntransitivePhrase(phrase) &&
    !w.slice(1, -1).every((x) => /^(?:up|down|out|back|off|over|in|on|away|through)$/i.test(x))
  );
}

/**
 * What the check knows of an entry: whether a plain phrase can stand for a verb, the form of each spelling met,
 * and its phrases fitted to each kind of place met (see `placeCode`).
 */
interface EntryFacts {
  hasVerbPhrase: boolean;
  forms: Map<string, MatchedForm>;
  fittings: Map<number, Fitting>;
}

/** Remembered per entry: a keystroke meets the same terms again and again. */
const entryFacts = new WeakMap<LexiconEntry, EntryFacts>();

function factsOf(entry: LexiconEntry): EntryFacts {
  let facts = entryFacts.get(entry);
  if (!facts)
    entryFacts.set(
      entry,
      (facts = { hasVerbPhrase: entry.plain.some((p) => verbPhraseIn(p) !== null), forms: new Map(), fittings: new Map() }),
    );
  return facts;
}

/** Where a term stands: what its plain phrase must become, and whether the verb it stands for has an object after it. */
function placeOf(unit: PreparedUnit, match: LexiconMatch, ctx: Context, facts: EntryFacts): { target: Target; objectFollows: boolean } {
  const { entry } = match;
  let matched = facts.forms.get(match.spelling);
  if (!matched) {
    matched = spellingForm(entry, match.spelling, BUILT_IN_FORMS);
    if (facts.forms.size < 64) facts.forms.set(match.spelling, matched);
  }
  const objectFollows = ctx.next !== undefined && !NOT_OBJECT.has(ctx.next.lower);
  return { target: targetForm(matched.form, matched.canBeVerb, facts.hasVerbPhrase, ctx, unit, match), objectFollows };
}

/**
 * Fits a phrase's start to the word before the term: drops the phrase's own article after a determiner ("a
 * bare-metal server" → "a dedicated physical computer", not "a a dedicated…"), lets "our"/"your"/"their" take
 * the place of "the", "a" or "an", drops "a"/"an" before a phrase that takes none ("an SSD" → "fast storage"),
 * and changes "a"/"an" when the new first word needs the other.
 */
function fitToPrev(text: string, prev: Token | undefined, modifier: boolean): Fitted {
  if (!prev || !DETERMINERS.has(prev.lower)) return { text, withPrev: false };
  if ((prev.lower === 'the' || prev.lower === 'a' || prev.lower === 'an') && /^(?:our|your|their)\s/i.test(text)) {
    return { text: /^\p{Lu}/u.test(prev.text) ? capitalize(text) : text, withPrev: true };
  }
  const own = /^(?:an?|the)\s+(?=\S)/i.exec(text);
  const rest = own ? text.slice(own[0].length) : text;
  if (prev.lower !== 'a' && prev.lower !== 'an') return { text: rest, withPrev: false };
  // "We bought an SSD" → "We bought fast storage": no article before a mass noun or a plural, unless the term
  // describes the noun after it, which the article belongs to ("an SSD drive").
  if (!modifier && !takesArticle(rest)) return { text: /^\p{Lu}/u.test(prev.text) ? capitalize(rest) : rest, withPrev: true };
  const need = articleFor(rest);
  if (need === 'either' || need === prev.lower) return { text: rest, withPrev: false };
  const article = /^\p{Lu}/u.test(prev.text) ? capitalize(need) : need;
  return { text: `${article} ${rest}`, withPrev: true };
}

/** The phrases fitted for an entry in one kind of place, and the first of them before any article change. */
interface Fitting {
  fitted: readonly Fitted[];
  first: string | undefined;
  /** Whether a fitted phrase replaces the word before the term too (its suggestion then carries a range). */
  withPrev: boolean;
  /** The message and suggestions per spelling as written ("VPN", "VPNs"): terms repeat, and so do keystrokes. */
  texts: Map<string, { message: string; suggestions: Suggestion[] }>;
}

const TARGETS: readonly Target[] = ['base', 'plural', 'past', 'participle', 'gerund', 'third-person', 'attributive', 'passive', 'verb'];
const TARGET_CODE = new Map(TARGETS.map((target, i) => [target, i]));
/** Each determiner's number (from 1): the fitting depends on which one stands before the term. */
const DETERMINER_CODE = new Map([...DETERMINERS].map((word, i) => [word, i + 1]));

/**
 * A number for the kind of place a term stands in, standing for everything its fitted phrases depend on:
 * sentence start, an object after it, the form the phrase must take, and the determiner before it (and
 * whether that is capitalised). Looked up for every term, so a number rather than a string key.
 */
function placeCode(atStart: boolean, objectFollows: boolean, target: Target, prev: Token | undefined): number {
  const determiner = prev ? (DETERMINER_CODE.get(prev.lower) ?? 0) : 0;
  const capital = determiner && prev!.text.charCodeAt(0) <= 90 ? 1 : 0;
  return (atStart ? 1 : 0) | (objectFollows ? 2 : 0) | ((TARGET_CODE.get(target) ?? 15) << 2) | (determiner << 6) | (capital << 12);
}

function fittingFor(facts: EntryFacts, place: number, fit: () => Omit<Fitting, 'texts' | 'withPrev'>): Fitting {
  let fitting = facts.fittings.get(place);
  if (!fitting) {
    const { fitted, first } = fit();
    fitting = { fitted, first, withPrev: fitted.some((f) => f.withPrev), texts: new Map() };
    if (facts.fittings.size < 256) facts.fittings.set(place, fitting);
  }
  return fitting;
}

/** Is a match of an ambiguous entry written in capitals that the entry itself never uses ("PATCH" for "patch")? */
function isShoutedOrdinaryWord(written: string, entry: LexiconEntry): boolean {
  if (!/\p{Lu}{2}/u.test(written) || /\p{Ll}/u.test(written)) return false;
  return ![entry.term, ...entry.variants].some((spelling) => spelling === written);
}

/** Marks lexicon terms and offers the entry's plain phrases, fitted to the sentence. */
export const jargonCheck: Check = {
  id: 'jargon',
  inUnit(unit) {
    const terms = unit.terms;
    if (!terms.length) return NO_FINDINGS;
    const sentences = unit.sentences;
    let sentence = 0;
    const findings: DraftFinding[] = [];
    for (let t = 0; t < terms.length; t++) {
      const match = terms[t]!;
      const { entry } = match;
      // The reader knows it: it tells that the message is about IT, but it is not jargon.
      if (entry.familiar) continue;
      // A name already followed by what it is ("O365, Microsoft's online office tools") has been explained.
      if (entry.name && entry.gloss && glossFollows(unit.text, match.end, entry.gloss)) continue;
      // Terms come in text order: the sentence they stand in only moves forward.
      while (sentence < sentences.length && sentences[sentence]!.endToken <= match.firstToken) sentence++;
      const atStart = sentence < sentences.length && sentences[sentence]!.firstToken === match.firstToken;
      // A term that is also an ordinary word: its cues decide, then IT evidence in its sentence, then the message.
      let needsContext = false;
      // An ordinary word in capitals is a name or emphasis ("PATCH" the charity, "CACHE IN"), not the IT term.
      if (entry.sense && isShoutedOrdinaryWord(match.text, entry)) continue;
      if (entry.sense && sentence < sentences.length) {
        const around = sentences[sentence]!;
        const sense = senseOf(unit, match, around);
        if (sense === 'ordinary') {
          const key = evidenceKey(ORDINARY_SENSE, entry.id);
          if (!unit.evidenceKeys.includes(key)) unit.evidenceKeys.push(key);
          continue;
        }
        needsContext =
          sense === 'undecided' && !evidenceBetween(unit, around.firstToken, around.endToken, match.firstToken, match.endToken);
      }
      const ctx = contextOf(unit, match, atStart);
      const facts = factsOf(entry);
      const { target, objectFollows } = placeOf(unit, match, ctx, facts);
      const { fitted, first, withPrev, texts } = fittingFor(facts, placeCode(atStart, objectFollows, target, ctx.prev), () => {
        const phrases = fitPhrases(entry, target, objectFollows);
        // Followed in its clause by a word that could be a noun, the term may describe it ("an SSD drive").
        const modifier = objectFollows;
        return {
          fitted: phrases
            .map((p) => fitToPrev(p, ctx.prev, modifier))
            .map((f) => (atStart && !f.withPrev ? { ...f, text: capitalize(f.text) } : f)),
          first: phrases[0] === undefined ? undefined : atStart ? capitalize(phrases[0]) : phrases[0],
        };
      });
      let written = texts.get(match.text);
      if (!written) {
        const reason = reasonOf(entry);
        written = {
          message:
            first === undefined
              ? `"${match.text}" is IT jargon. Say what it does in plain words, such as "${entry.plain[0]}". ${reason}`
              : `"${match.text}" is IT jargon. Write "${first}" instead. ${reason}`,
          suggestions: fitted.map((f) => ({ kind: 'plain' as const, text: f.text })),
        };
        if (texts.size < 64) texts.set(match.text, written);
      }
      // A suggestion that also replaces the article before the term carries its own range.
      const suggestions = withPrev
        ? fitted.map((f): Suggestion =>
            f.withPrev ? { kind: 'plain', text: f.text, start: ctx.prev!.start, end: match.end } : { kind: 'plain', text: f.text },
          )
        : written.suggestions;
      findings.push({
        start: match.start,
        end: match.end,
        severity: entry.severity,
        key: entry.id,
        entryId: entry.id,
        message: written.message,
        suggestions,
        ...(needsContext ? { needsContext } : {}),
      });
    }
    return { findings };
  },
};

/** Does `gloss` follow offset `at` of `text`, after a comma or in brackets (any case, any spacing)? */
function glossFollows(text: string, at: number, gloss: string): boolean {
  const after = text
    .slice(at, at + gloss.length + 8)
    .replace(/\s+/g, ' ')
    .toLowerCase();
  const wanted = normalizedGloss(gloss);
  return after.startsWith(`, ${wanted}`) || after.startsWith(` (${wanted}`);
}

/** Glosses as compared, by gloss: a named term is met on every keystroke, its gloss normalised once. */
const glosses = new Map<string, string>();

function normalizedGloss(gloss: string): string {
  let wanted = glosses.get(gloss);
  if (wanted === undefined) {
    wanted = gloss.trim().replace(/\s+/g, ' ').toLowerCase();
    // Glosses come from lexicon entries, the user's among them: a bounded table.
    if (glosses.size >= 1024) glosses.clear();
    glosses.set(gloss, wanted);
  }
  return wanted;
}
