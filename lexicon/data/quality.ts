/**
 * Text-quality rules for lexicon content, shared by the data tests (tests/unit/lexicon/data/lexicon-data.test.ts) and the
 * report script (lexicon/cli/report.ts). Pure functions over entries; no language library here, so callers
 * that need part-of-speech knowledge pass it in (see `ClauseOptions.isVerbLike`). The matcher is used only to
 * try exceptions the way a message would meet them.
 */
import type { FormsTable } from '../inflect/rules.ts';
import { compileLexicon, matchText } from '../match/matcher.ts';
import { AUDIENCES, type LexiconEntry, type LexiconEntryInput } from '../schema.ts';
import formsFile from './forms.generated.json' with { type: 'json' };

/** The built-in inflection table (lexicon/data/forms.generated.json), so exceptions are tried in every form. */
const BUILT_IN_FORMS_TABLE: FormsTable = (formsFile as { forms: FormsTable }).forms;

type Entry = LexiconEntry | LexiconEntryInput;

/** Every field a built-in entry must carry, even where the schema makes it optional. */
export const REQUIRED_ENTRY_FIELDS = [
  'id',
  'term',
  'variants',
  'category',
  'severity',
  'plain',
  'explanation',
  'benefit',
  'outcomes',
  'analogies',
  'exceptions',
  'why',
] as const;

/** The longest plain phrase, in words, that reads as a drop-in replacement. */
export const MAX_PLAIN_WORDS = 8;

/** Bounds for a benefit or outcome clause, in words. */
export const CLAUSE_WORDS = { min: 4, max: 30 } as const;

/** The term and every variant of an entry. */
export function formsOf(entry: Entry): string[] {
  return [entry.term, ...(entry.variants ?? [])];
}

/** Number of words in a phrase (hyphenated words count once). */
export function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Does a spelling contain an all-capital token ("API", "SQL Server"), which the matcher takes case-sensitively? */
function hasAcronymToken(form: string): boolean {
  return form.split(/[\s\-/]+/).some((token) => /\p{Lu}/u.test(token) && !/\p{Ll}/u.test(token.replace(/s$/, '')) && token.length >= 2);
}

/**
 * A pattern that finds one spelling of an entry as a whole word or phrase, following the entry's case rule
 * (case-sensitive entries and acronyms match exactly), with a plural ending unless the entry is not inflected.
 */
export function spellingPattern(form: string, entry: Entry): RegExp {
  const exact = entry.caseSensitive === true || hasAcronymToken(form);
  const plural = entry.noInflect ? '' : '(?:s|es)?';
  const body = escapeRegExp(form.trim()).replace(/(?:\\?-|\s)+/g, '[\\s\\-]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${plural}(?![\\p{L}\\p{N}])`, exact ? 'u' : 'iu');
}

/** A found lexicon spelling inside some text. */
export interface JargonHit {
  entryId: string;
  form: string;
}

/** Finds lexicon spellings inside short texts (plain phrases, outcome clauses). Compile once, reuse. */
export class JargonFinder {
  private readonly byFirstWord = new Map<string, { entryId: string; form: string; pattern: RegExp }[]>();

  constructor(entries: readonly Entry[]) {
    for (const entry of entries) {
      for (const form of formsOf(entry)) {
        const first = form
          .trim()
          .split(/[\s\-/]+/)[0]!
          .toLowerCase();
        const list = this.byFirstWord.get(first) ?? [];
        list.push({ entryId: entry.id, form, pattern: spellingPattern(form, entry) });
        this.byFirstWord.set(first, list);
      }
    }
  }

  /** Spellings of entries other than `ownerId` found in `text`. */
  find(text: string, ownerId?: string): JargonHit[] {
    const hits: JargonHit[] = [];
    const seen = new Set<string>();
    for (const word of text.toLowerCase().split(/[^\p{L}\p{N}+#./&]+/u)) {
      for (const key of new Set([word, word.replace(/s$/, ''), word.replace(/es$/, '')])) {
        for (const candidate of this.byFirstWord.get(key) ?? []) {
          if (candidate.entryId === ownerId || seen.has(candidate.form)) continue;
          if (candidate.pattern.test(text)) {
            seen.add(candidate.form);
            hits.push({ entryId: candidate.entryId, form: candidate.form });
          }
        }
      }
    }
    return hits;
  }
}

/** What `clauseProblems` needs to know about words. */
export interface ClauseOptions {
  /** True when the word can be a verb ("stays", "load", "cannot"). */
  isVerbLike: (word: string) => boolean;
  /** True when the word describes a noun ("faster", "new"), so a word after it is read as a noun. */
  isAdjective?: (word: string) => boolean;
  /** True when a capitalised first word is a proper noun ("Apple", "Microsoft") and may start the clause. */
  isProperNoun?: (word: string) => boolean;
}

/**
 * Why a benefit or outcome phrase does not read as the end of "…, so that ___": it must start in lower case
 * (unless with a proper noun or an acronym), end without punctuation, have 4 to 30 words, and contain a verb.
 * Returns an empty list for a good clause.
 */
export function clauseProblems(clause: string, options: ClauseOptions): string[] {
  const problems: string[] = [];
  const text = clause.trim();
  const words = text.split(/\s+/).filter(Boolean);
  const first = words[0] ?? '';
  if (/^\p{Lu}/u.test(first)) {
    const acronym = /^\p{Lu}[\p{Lu}\p{N}&-]*s?$/u.test(first.replace(/[’']s$/, ''));
    const innerCapital = /^\p{Lu}\p{Ll}+\p{Lu}/u.test(first);
    if (!acronym && !innerCapital && first !== 'I' && !options.isProperNoun?.(first))
      problems.push(`starts with a capital ("${first}"); it continues a sentence`);
  }
  if (/[.!?;:,]$/.test(text)) problems.push('ends with punctuation; the sentence goes on after it');
  if (words.length < CLAUSE_WORDS.min || words.length > CLAUSE_WORDS.max)
    problems.push(`has ${words.length} words; expected ${CLAUSE_WORDS.min} to ${CLAUSE_WORDS.max}`);
  if (!hasFiniteVerb(words, options)) problems.push('has no verb; it must be a clause ("email stays available"), not a noun phrase');
  return problems;
}

/** Words after which a verb-capable word is read as a noun ("the releases", "your screens"). */
const NOUN_PHRASE_OPENERS = new Set([
  'a',
  'an',
  'the',
  'every',
  'each',
  'our',
  'your',
  'their',
  'its',
  'my',
  'his',
  'her',
  'this',
  'that',
  'these',
  'those',
  'some',
  'any',
  'more',
  'fewer',
  'less',
  'most',
  'many',
  'much',
  'of',
  'for',
  'to',
  'with',
  'in',
  'on',
  'at',
  'by',
  'from',
  'and',
  'or',
]);

/** Adverbs that may stand between a subject and its verb ("no longer mean", "still works"). */
const VERB_ADVERBS = new Set([
  'longer',
  'not',
  'never',
  'also',
  'still',
  'always',
  'only',
  'just',
  'now',
  'then',
  'already',
  'even',
  'simply',
  'quickly',
  'alone',
  'automatically',
  'rarely',
  'often',
  'usually',
]);

/**
 * Does the clause have a word that works as its verb: a verb-capable word after the first word that does not
 * sit inside a noun phrase ("faster releases" is a noun phrase; "screens load faster" has a verb)?
 */
function hasFiniteVerb(words: readonly string[], options: ClauseOptions): boolean {
  const bare = words.map((w) => w.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}']+$/gu, ''));
  for (let i = 1; i < bare.length; i++) {
    const word = bare[i]!;
    if (!word || !options.isVerbLike(word)) continue;
    const previous = bare[i - 1]!;
    if (NOUN_PHRASE_OPENERS.has(previous) || /'s$/.test(previous)) continue;
    // Gerunds are common subjects ("hot desking work smoothly"), so they do not open a noun phrase.
    if (!VERB_ADVERBS.has(previous) && !/ing$/.test(previous) && options.isAdjective?.(previous)) continue;
    return true;
  }
  return false;
}

/**
 * Names the lexicon itself writes with a capital: words capitalised in a term or variant, or in the middle of
 * a sentence in any text field ("looking after Apple devices"). A clause may start with one of these.
 */
export function lexiconNames(entries: readonly Entry[]): Set<string> {
  const names = new Set<string>();
  const texts = (entry: Entry) => [
    entry.explanation,
    entry.why,
    entry.benefit,
    ...(entry.plain ?? []),
    ...Object.values(entry.outcomes ?? {}),
  ];
  for (const entry of entries) {
    for (const form of formsOf(entry)) for (const word of form.split(/[\s\-/]+/)) if (/^\p{Lu}\p{Ll}/u.test(word)) names.add(word);
    for (const text of texts(entry)) {
      const words = (text ?? '').split(/\s+/);
      for (let i = 1; i < words.length; i++) {
        const word = words[i]!.replace(/[^\p{L}\p{N}]+$/u, '');
        if (/^\p{Lu}\p{Ll}/u.test(word) && !/[.!?:]$/.test(words[i - 1]!)) names.add(word);
      }
    }
  }
  return names;
}

/** Every benefit and outcome clause of an entry, labelled by field. */
export function clausesOf(entry: Entry): { field: string; text: string }[] {
  const out: { field: string; text: string }[] = [];
  if (entry.benefit) out.push({ field: 'benefit', text: entry.benefit });
  for (const audience of AUDIENCES) {
    const text = entry.outcomes?.[audience];
    if (text) out.push({ field: `outcomes.${audience}`, text });
  }
  return out;
}

/**
 * Exceptions that can never take effect: the matcher only ignores a match that lies inside an exception, so an
 * exception is live only when the entry, compiled without its exceptions, matches inside the exception's own
 * text ("RTO policy" holds "RTO"; "return to office" holds nothing of it) and the exception then removes that
 * match. Uses the real matcher, so hyphen and space variants, inflections ("patches of land") and case rules
 * ("Big Mac" never holds "MAC"; "police raid" never holds "RAID") count exactly as they do in a message. `forms` defaults to the built-in table.
 */
export function deadExceptions(entry: Entry, forms: FormsTable = BUILT_IN_FORMS_TABLE): string[] {
  const exceptions = entry.exceptions ?? [];
  if (!exceptions.length) return [];
  const options = { forms, ordinaryIdioms: [] };
  const bare = compileLexicon([{ ...entry, exceptions: [], disabled: false }], options);
  const full = compileLexicon([{ ...entry, disabled: false }], options);
  const silences = (text: string) => {
    const without = matchText(bare, text).length;
    return without > 0 && matchText(full, text).length < without;
  };
  // Tried as written and at the start of a sentence, where "Scrum of reporters" meets a capitalised term.
  return exceptions.filter((exception) => !silences(exception) && !silences(exception.charAt(0).toUpperCase() + exception.slice(1)));
}
