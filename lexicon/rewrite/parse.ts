/**
 * What the rewrite needs to know about the grammar of one sentence: where its verbs are, whether it is passive,
 * which words are names, and whether it ends in a time phrase ("last weekend") that reads better up front.
 */
import { tagSentence, type TaggedWord } from './language.ts';

/** A run of verb words acting as one verb ("will be moved", "has not been patched"). */
export interface VerbGroup {
  /** Offsets into the sentence. */
  start: number;
  end: number;
  /** The word carrying the meaning ("moved" in "will be moved"). */
  head: TaggedWord;
  /** "The servers were patched", "MFA is enforced": the subject is the thing acted on. */
  passive: boolean;
  /** "The VPN is slow": a linking verb with no action. */
  copula: boolean;
}

/** The grammar of one sentence, as far as the rewrite uses it. */
export interface SentenceParse {
  /** The sentence that was parsed. */
  text: string;
  words: TaggedWord[];
  verbs: VerbGroup[];
  /** True when a verb was found (by the tagger, or by spelling when the tagger missed it). */
  hasVerb: boolean;
  /** A time phrase that ends the sentence, e.g. "last weekend" or "at 3am on Sunday". */
  trailingTime: { start: number; end: number } | null;
  /** Words tagged as names (people, places, organisations), for the fact check. */
  names: string[];
}

/** Verb forms the tagger sometimes reads as nouns ("the Service Desk reset 40 accounts"). */
const COMMON_VERB_FORMS = new Set(
  'reset set put ran run cut shut hit upgraded moved went took made sent got built kept left lost brought found began did had was were is are will can could should must has have may might been'.split(
    ' ',
  ),
);

/** Words that may begin a time phrase moved to the front of a sentence. */
const TIME_STARTERS = new Set(
  'on at by before after until till over during between from in last next this early late yesterday today tonight tomorrow overnight'.split(
    ' ',
  ),
);
/** Words that may continue a time phrase. */
const TIME_LINKS = new Set(
  'on at by before after until till over during between from to and in of the this last next early late am pm'.split(' '),
);
const TIME_WORDS = new Set(
  'yesterday today tonight tomorrow overnight weekend morning afternoon evening night midnight noon midday week month quarter year monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);

function isTimeWord(w: TaggedWord): boolean {
  const lower = w.text.toLowerCase().replace(/[.,]$/, '');
  return (
    w.tags.has('Date') ||
    w.tags.has('Time') ||
    TIME_WORDS.has(lower) ||
    /^\d{1,2}(?::\d{2})?(?:am|pm)?$/i.test(lower) ||
    /^\d{4}$/.test(lower)
  );
}

function findVerbGroups(words: TaggedWord[]): VerbGroup[] {
  const groups: VerbGroup[] = [];
  let i = 0;
  while (i < words.length) {
    if (!words[i]!.tags.has('Verb')) {
      i++;
      continue;
    }
    let j = i;
    // Adverbs and "not" may sit inside a verb group: "has not yet been patched".
    while (
      j + 1 < words.length &&
      (words[j + 1]!.tags.has('Verb') ||
        ((words[j + 1]!.tags.has('Adverb') || words[j + 1]!.tags.has('Negative')) && words[j + 2]?.tags.has('Verb')))
    )
      j++;
    const run = words.slice(i, j + 1).filter((w) => w.tags.has('Verb'));
    const content = run.filter((w) => !w.tags.has('Auxiliary') && !w.tags.has('Modal') && !w.tags.has('Copula'));
    const head = content[content.length - 1] ?? run[run.length - 1]!;
    const hasCopula = run.some((w) => w.tags.has('Copula'));
    const passive =
      run.some((w) => w.tags.has('Passive')) || (hasCopula && content.some((w) => w.tags.has('PastTense') || w.tags.has('Participle')));
    groups.push({ start: words[i]!.start, end: words[j]!.end, head, passive, copula: hasCopula && content.length === 0 });
    i = j + 1;
  }
  return groups;
}

function findTrailingTime(sentence: string, words: TaggedWord[], verbs: VerbGroup[]): { start: number; end: number } | null {
  let first = words.length;
  let sawTime = false;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!;
    const lower = w.text.toLowerCase();
    if (isTimeWord(w)) sawTime = true;
    else if (!TIME_LINKS.has(lower)) break;
    first = k;
    // A time phrase does not span a comma or other punctuation: "…, and rebooted at 3am" keeps its clause.
    if (k > 0 && /[,;:()"“”]/.test(sentence.slice(words[k - 1]!.end, w.start))) break;
  }
  // The phrase must begin with a word that can start one, and hold an actual date or time.
  while (first < words.length && !TIME_STARTERS.has(words[first]!.text.toLowerCase())) first++;
  if (!sawTime || first >= words.length) return null;
  const phrase = words.slice(first);
  if (!phrase.some(isTimeWord)) return null;
  // Leave a real clause behind, with its verb.
  const lastVerb = verbs[verbs.length - 1];
  if (first < 2 || !lastVerb || lastVerb.end > words[first]!.start) return null;
  return { start: words[first]!.start, end: words[words.length - 1]!.end };
}

/** Parses one sentence (bounded by the caller) with compromise's tagger. */
export function parseSentence(sentence: string): SentenceParse {
  const words = tagSentence(sentence);
  const verbs = findVerbGroups(words);
  const hasVerb =
    verbs.length > 0 ||
    words.some((w) => COMMON_VERB_FORMS.has(w.text.toLowerCase()) || (/^[a-z]{3,}ed$/i.test(w.text) && !w.tags.has('Adjective')));
  const names = words
    .filter((w) => w.tags.has('Person') || w.tags.has('Place') || w.tags.has('Organization') || w.tags.has('ProperNoun'))
    .map((w) => w.text.replace(/[.,;:!?]+$/, ''));
  return { text: sentence, words, verbs, hasVerb, trailingTime: findTrailingTime(sentence, words, verbs), names };
}
