/**
 * The plain rewrite: every jargon term replaced by its plain phrase, inflected to fit, with the articles,
 * determiners and verb agreement around it repaired. Punctuation and every other word stay where they were.
 */
import type { LexiconEntry } from '../schema.ts';
import { detectForm, inflectPlain, isVerbForm, phraseNumber, type TermForm } from './inflect.ts';
import { conjugate, isVerbPhrase, toInfinitive } from './language.ts';
import type { SentenceParse } from './parse.ts';
import type { JargonMatch, PlainReplacement } from './types.ts';

/** The sentence with the plain phrases in, before the sentence-level repair. */
export interface PlainSubstitution {
  /** The new text, punctuation as in the original. */
  text: string;
  replacements: PlainReplacement[];
}

const DETERMINER_BEFORE = /(?:^|\s)(a|an|the|this|that|these|those|each|every|any|some|no|our|your|their|its|my|his|her|all|both)\s+$/i;
const ARTICLE_BEFORE = /(?:^|\s)(the|a|an)\s+$/i;
const LEADING_DETERMINER = /^(?:a|an|the|our|your|their|its|my|one)\s+/i;
const LEADING_POSSESSIVE = /^(?:our|your|their)\s+/i;
/** Words that may sit between a subject and its verb: "the servers now are", "MFA also applies". */
const ADVERBS = /^(?:now|also|still|currently|not|never|already|only|usually|often|always|all|both)$/i;
/** Plain phrases with these words are too long to stand before a noun ("the computer that runs a service team"). */
const CLAUSE_WORDS = /\b(?:that|which|who|where|when|for|of|to|so|because)\b/i;

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

/** Drops overlapping or out-of-range matches, keeping the earlier (then longer) one. */
export function normaliseMatches(sentence: string, matches: readonly JargonMatch[]): JargonMatch[] {
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
function choosePhrase(entry: LexiconEntry, form: TermForm, modifier: boolean): { phrase: string; after: boolean } {
  const first = entry.plain[0]!;
  if (isVerbForm(form)) return { phrase: entry.plain.find((p) => isVerbPhrase(p)) ?? first, after: false };
  if (modifier) {
    const short = entry.plain.find((p) => !CLAUSE_WORDS.test(p));
    return short ? { phrase: short.replace(LEADING_DETERMINER, ''), after: false } : { phrase: first, after: true };
  }
  return { phrase: first, after: false };
}

/** The preposition that joins a noun to the plain phrase moved after it: "the change to…", "the outage with…". */
function prepositionFor(noun: string): string {
  if (/^(?:changes?|updates?|upgrades?|migrations?|fix(?:es)?|improvements?|moves?|switch(?:es)?|rollouts?|cutovers?|additions?|access)$/i.test(noun)) return 'to';
  if (/^(?:outages?|failures?|issues?|problems?|errors?|incidents?|faults?|bugs?|disruptions?)$/i.test(noun)) return 'with';
  return 'for';
}

/** The run of nouns right after a term ("client software" in "VPN client software"), or null. */
function nounRunAfter(sentence: string, end: number, limit: number, parse: SentenceParse | null): { end: number; text: string; head: string } | null {
  if (!parse) return null;
  let stop = end;
  let head = '';
  for (const w of parse.words) {
    if (w.start < stop) continue;
    if (w.end > limit) break;
    if (sentence.slice(stop, w.start) !== ' ' || !w.tags.has('Noun') || w.tags.has('Pronoun') || w.tags.has('Verb') || w.tags.has('Date') || w.tags.has('Value')) break;
    stop = w.end;
    head = w.text;
    if (/^['’]s$/.test(sentence.slice(w.end, w.end + 2))) break;
  }
  return head ? { end: stop, text: sentence.slice(end + 1, stop), head } : null;
}

function wordAt(parse: SentenceParse | null, offset: number): SentenceParse['words'][number] | undefined {
  return parse?.words.find((w) => w.start <= offset && offset < w.end);
}

/** The number ("singular"/"plural") a subject needs from its verb, for a term form and a plain phrase. */
function numberOf(form: TermForm, written: string, phrase: string): 'singular' | 'plural' {
  if (form === 'plural') return phraseNumber(phrase) === 'plural' ? 'plural' : 'singular';
  const n = phraseNumber(phrase);
  return n === 'plural' ? 'plural' : 'singular';
}

/** Makes the verb after a replaced subject agree with it: "the security updates is" → "are". */
function agreeVerb(after: string, wanted: 'singular' | 'plural', verbIsTagged: (offset: number) => boolean, offset: number): string {
  const m = after.match(/^(\s+)((?:[\p{L}]+\s+)*?)([\p{L}]+)/u);
  if (!m) return after;
  const [whole, gap, adverbs, verb] = m as unknown as [string, string, string, string];
  if (adverbs && !adverbs.trim().split(/\s+/).every((w) => ADVERBS.test(w))) return after;
  const swaps: Record<string, [string, string]> = { is: ['is', 'are'], are: ['is', 'are'], was: ['was', 'were'], were: ['was', 'were'], has: ['has', 'have'], have: ['has', 'have'], does: ['does', 'do'], do: ['does', 'do'] };
  const lower = verb.toLowerCase();
  let replacement = verb;
  const pair = swaps[lower];
  if (pair) replacement = wanted === 'singular' ? pair[0] : pair[1];
  else if (verbIsTagged(offset + gap.length + adverbs.length)) {
    const inf = toInfinitive(lower);
    const third = conjugate(inf).PresentTense;
    if (wanted === 'plural' && lower === third && inf !== lower) replacement = inf;
    else if (wanted === 'singular' && lower === inf) replacement = third;
  }
  if (replacement === verb) return after;
  return gap + adverbs + replacement + after.slice(whole.length);
}

/**
 * Replaces every term with its plain phrase. `parse` (compromise's tags for the sentence) sharpens the choices
 * (noun or verb, a term standing before a noun); without it, for sentences too long to tag, spelling decides.
 */
export function substitutePlain(sentence: string, matches: readonly JargonMatch[], parse: SentenceParse | null): PlainSubstitution {
  const kept = normaliseMatches(sentence, matches);
  const replacements: PlainReplacement[] = [];
  let out = '';
  let cursor = 0;
  for (const match of kept) {
    let start = match.start;
    const written = sentence.slice(match.start, match.end);
    let before = sentence.slice(cursor, start);
    const textBefore = recentText(sentence.slice(0, start));
    const firstWord = wordAt(parse, match.start);
    const form = detectForm(written, match.entry, textBefore, firstWord?.tags.has('Verb') && !firstWord.tags.has('Noun') ? true : firstWord?.tags.has('Verb'));
    const nextWord = parse?.words.find((w) => w.start >= match.end);
    const gapAfter = nextWord ? sentence.slice(match.end, nextWord.start) : '';
    const modifier = !!nextWord && /^ $/.test(gapAfter) && nextWord.tags.has('Noun') && !nextWord.tags.has('Pronoun') && !nextWord.tags.has('Verb') && !nextWord.tags.has('Date') && !isVerbForm(form);
    const chosen = choosePhrase(match.entry, form, modifier);
    let phrase = inflectPlain(chosen.phrase, modifier && form === 'plural' ? 'base' : form);
    let end = match.end;
    if (chosen.after) {
      // "the SSO change" → "the change to one sign-in for every work tool".
      const run = nounRunAfter(sentence, match.end, kept.find((m) => m.start >= match.end)?.start ?? sentence.length, parse);
      if (run) {
        const moved = LEADING_DETERMINER.test(phrase) ? phrase : 'the ' + phrase;
        phrase = `${run.text} ${prepositionFor(run.head)} ${moved}`;
        end = run.end;
      }
    }

    // Determiners: "the Exchange DAG" → "our email", "the VPN" → "the secure connection", not "the a secure connection".
    const det = DETERMINER_BEFORE.exec(textBefore);
    if (det && LEADING_DETERMINER.test(phrase)) {
      const article = ARTICLE_BEFORE.exec(textBefore);
      if (article && LEADING_POSSESSIVE.test(phrase) && article.index + article[0].length === textBefore.length) {
        const wordStart = match.start - article[0].trimStart().length;
        if (wordStart >= cursor) {
          if (/^\p{Lu}/u.test(article[1]!)) phrase = phrase[0]!.toUpperCase() + phrase.slice(1);
          start = wordStart;
          before = sentence.slice(cursor, start);
        }
      } else phrase = phrase.replace(LEADING_DETERMINER, '');
    }
    // A term written in capitals at the start of the sentence passes its capital on; elsewhere the phrase keeps its own case.
    if (/^[\s"'“‘(\[]*$/.test(sentence.slice(0, start))) phrase = phrase[0]!.toUpperCase() + phrase.slice(1);

    out += before + phrase;
    replacements.push({ start, end, text: sentence.slice(start, end), plain: phrase, entryId: match.entry.id });
    cursor = end;

    // The verb after a replaced subject agrees with the new phrase.
    if (!isVerbForm(form) && end === match.end) {
      const wasPlural = form === 'plural' || phraseNumber(written) === 'plural';
      const now = numberOf(form, written, phrase);
      if ((wasPlural ? 'plural' : 'singular') !== now) {
        const nextMatch = kept.find((m) => m.start >= match.end);
        const limit = nextMatch ? nextMatch.start : sentence.length;
        const after = sentence.slice(match.end, limit);
        const agreed = agreeVerb(after, now, (o) => !!wordAt(parse, o)?.tags.has('Verb'), match.end);
        if (agreed !== after) {
          out += agreed;
          cursor = limit;
        }
      }
    }
  }
  out += sentence.slice(cursor);
  return { text: out, replacements };
}
