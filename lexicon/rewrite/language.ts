/**
 * The only file in the rewrite engine that touches compromise. It tags one sentence at a time (never a whole
 * message: the tagger costs about 80 µs a word and is superlinear on odd input) and exposes compromise's
 * inflection tables, which need no tagging at all.
 */
import nlp from 'compromise';

/** A word of a tagged sentence, with offsets into that sentence. */
export interface TaggedWord {
  text: string;
  start: number;
  end: number;
  /** compromise tags, e.g. `Verb`, `PastTense`, `Plural`, `ProperNoun`, `Date`. */
  tags: ReadonlySet<string>;
}

interface CompromiseTerm {
  text: string;
  tags?: string[];
  offset?: { start: number; length: number };
}

/** Tags every word of one sentence. Callers bound the input (see `MAX_REWRITE_WORDS`). */
export function tagSentence(sentence: string): TaggedWord[] {
  const words: TaggedWord[] = [];
  const json = nlp(sentence).json({ offset: true }) as { terms: CompromiseTerm[] }[];
  for (const part of json) {
    for (const term of part.terms) {
      if (!term.offset || !term.text) continue;
      // compromise's offset covers the word itself; find it exactly in case of odd whitespace.
      const at = sentence.indexOf(term.text, term.offset.start);
      const start = at >= 0 && at <= term.offset.start + 2 ? at : term.offset.start;
      words.push({ text: term.text, start, end: start + term.text.length, tags: new Set(term.tags ?? []) });
    }
  }
  return words;
}

interface Conjugation {
  Infinitive?: string;
  PastTense?: string;
  PresentTense?: string;
  Gerund?: string;
  Participle?: string;
}

type Transforms = {
  verb: { conjugate(v: string, model: unknown): Conjugation; toInfinitive(v: string, model: unknown): string };
  noun: { toPlural(n: string, model: unknown): string; toSingular(n: string, model: unknown): string };
};

let world: { transform: Transforms; model: unknown } | undefined;
function transforms(): { transform: Transforms; model: unknown } {
  if (!world) {
    const w = nlp.world() as unknown as { methods: { two: { transform: Transforms } }; model: unknown };
    world = { transform: w.methods.two.transform, model: w.model };
  }
  return world;
}

/** Irregular past participles that compromise's table leaves out or gets wrong. */
const PARTICIPLES: Record<string, string> = {
  run: 'run',
  come: 'come',
  become: 'become',
  go: 'gone',
  do: 'done',
  see: 'seen',
  give: 'given',
  take: 'taken',
  write: 'written',
  begin: 'begun',
  break: 'broken',
  choose: 'chosen',
  drive: 'driven',
  freeze: 'frozen',
  hide: 'hidden',
  know: 'known',
  show: 'shown',
  speak: 'spoken',
  steal: 'stolen',
  grow: 'grown',
  throw: 'thrown',
};

const conjugations = new Map<string, Conjugation>();

/** The forms of a verb ("move" → moved, moves, moving); multi-word verbs inflect their first word. */
export function conjugate(infinitive: string): Required<Conjugation> {
  const key = infinitive.toLowerCase();
  let c = conjugations.get(key);
  if (!c) {
    const { transform, model } = transforms();
    c = transform.verb.conjugate(key, model);
    conjugations.set(key, c);
  }
  const first = key.split(' ')[0] ?? key;
  const rest = key.slice(first.length);
  // Own keys only: a verb spelled "constructor" must not find Object.prototype.constructor in the table.
  const irregular = Object.hasOwn(PARTICIPLES, first) ? PARTICIPLES[first] : undefined;
  const participle = c.Participle ?? (irregular !== undefined ? irregular + rest : (c.PastTense ?? key));
  return {
    Infinitive: c.Infinitive ?? key,
    PastTense: c.PastTense ?? key,
    PresentTense: c.PresentTense ?? key,
    Gerund: c.Gerund ?? key,
    Participle: irregular !== undefined ? irregular + rest : participle,
  };
}

/** The infinitive of an inflected verb ("deployed" → "deploy"). */
export function toInfinitive(verb: string): string {
  const { transform, model } = transforms();
  return transform.verb.toInfinitive(verb.toLowerCase(), model) || verb;
}

/** The plural of one noun ("copy" → "copies", "person" → "people"). */
export function pluralizeNoun(noun: string): string {
  if (/^[A-Z0-9]+$/.test(noun)) return noun + 's';
  const { transform, model } = transforms();
  return transform.noun.toPlural(noun, model) || noun + 's';
}

/** The singular of one noun ("copies" → "copy"). */
export function singularizeNoun(noun: string): string {
  const { transform, model } = transforms();
  return transform.noun.toSingular(noun, model) || noun;
}

/** Loads compromise's data now rather than on the first rewrite, e.g. when the popup opens. */
export function warmUpLanguage(): void {
  tagSentence('We moved the files last night.');
}

const verbPhrases = new Map<string, boolean>();

/** True when a phrase can follow "we" as a verb phrase ("fix", "move to the cloud"), not a noun ("security update"). */
export function isVerbPhrase(phrase: string): boolean {
  const key = phrase.toLowerCase();
  let answer = verbPhrases.get(key);
  if (answer === undefined) {
    // A phrase led by a determiner, or by an "-ing" word ("packaging software"), is a noun phrase.
    // "move of records" is a noun too.
    if (
      /^(?:a|an|the|our|your|their|its|my|this|these|those|one|some|every|each|all)\b/.test(key) ||
      /^[a-z-]+ing\b/.test(key) ||
      /^\S+ of\b/.test(key) ||
      /^[a-z-]*[^s\W]s\b/.test(key)
    )
      answer = false; // "records transfer" is a noun
    else {
      const second = (nlp('we ' + key).json() as { terms: CompromiseTerm[] }[])[0]?.terms[1];
      answer = !!second?.tags?.includes('Verb');
    }
    verbPhrases.set(key, answer);
  }
  return answer;
}
