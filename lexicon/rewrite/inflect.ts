/**
 * Makes a plain phrase fit where the jargon term stood: "servers" → "computers that run our services",
 * "deployed" → "released", "patching" → "updating". Uses compromise's inflection tables (no tagging).
 */
import type { LexiconEntry } from '../schema.ts';
import { UNCOUNTABLE_NOUNS } from '../inflect/rules.ts';
import { conjugate, pluralizeNoun, singularizeNoun, toInfinitive } from './language.ts';

/** The grammatical form a term was written in. */
export type TermForm = 'base' | 'plural' | 'past' | 'participle' | 'gerund' | 'third-person';

/** Words that end the head of a noun phrase: "computer | that runs a service", "copy | of our files". */
const PHRASE_BREAKS = new Set(
  'that which who whose where when for of to in on with from at by so because like than into onto across between'.split(' '),
);
const LEADING_DETERMINER = /^(?:a|an|one)\s+/i;
/** Words before a verb form that make it a participle: "has been deployed", "was patched". */
const PARTICIPLE_CUES =
  /\b(?:has|have|had|having|be|been|being|is|are|was|were|get|gets|got|gotten)\s+(?:(?:not|never|now|already|also|just|since|all|been|successfully|fully|finally)\s+)*$/i;

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/**
 * Decides which form `written` is of `entry` (its term or one of its variants). `taggedAsVerb` says whether the
 * tagger read its first word as a verb, `tailTaggedAsVerb` its last ("cycled" in "power cycled").
 */
export function detectForm(
  written: string,
  entry: LexiconEntry,
  textBefore = '',
  taggedAsVerb?: boolean,
  tailTaggedAsVerb = taggedAsVerb,
): TermForm {
  const lower = written.toLowerCase();
  const forms = [entry.term, ...entry.variants].map((f) => f.toLowerCase());
  const w = words(lower);
  if (forms.includes(lower)) {
    // A variant that is the plural of another spelling ("servers" beside "server") still reads as a plural.
    const isPluralOfAnother = forms.some((f) => {
      const fw = words(f);
      const fLast = fw[fw.length - 1] ?? f;
      return (
        fw.length === w.length &&
        f !== lower &&
        fw.slice(0, -1).join(' ') === w.slice(0, -1).join(' ') &&
        // "indexes" beside "index" (whose plural may also be "indices"): a regular plural counts too.
        [pluralizeNoun(fLast), `${fLast}s`, `${fLast}es`].includes(w[w.length - 1] ?? '')
      );
    });
    if (isPluralOfAnother) return 'plural';
    // A plural spelled out as a variant ("automated tests" for "unit test"): a lower-case last word that is the
    // plural of a word, where the entry's own term is singular.
    const lastWord = w[w.length - 1] ?? '';
    const written0 = written.split(/\s+/).pop() ?? '';
    if (
      /^\p{Ll}+s$/u.test(written0) &&
      !/(?:ss|us|is)$/.test(lastWord) &&
      singularizeNoun(lastWord) !== lastWord &&
      pluralizeNoun(singularizeNoun(lastWord)) === lastWord &&
      !/s$/.test(entry.term) &&
      (w.length > 1 || !taggedAsVerb)
    )
      return 'plural';
    // A variant spelled as an inflected verb ("failed over" beside "failover") reads as that form.
    const head = w[0] ?? '';
    const term = entry.term.toLowerCase();
    if (taggedAsVerb && /[^e]ed$|ied$|eed$/.test(head) && !/ed$/.test(term.split(' ')[0] ?? ''))
      return PARTICIPLE_CUES.test(textBefore) ? 'participle' : 'past';
    // A compound verb inflects its last word: "power cycled", "power cycling" beside "power cycle".
    const tail = w.length > 1 ? w[w.length - 1]! : '';
    const termTail = term.split(/[\s-]+/).pop() ?? '';
    if (tailTaggedAsVerb && /[^e]ed$|ied$|eed$/.test(tail) && !/ed$/.test(termTail))
      return PARTICIPLE_CUES.test(textBefore) ? 'participle' : 'past';
    if (tailTaggedAsVerb && /ing$/.test(tail) && !/ing$/.test(termTail)) return 'gerund';
    if (/ing$/.test(head) && w.length > 1 && !/ing$/.test(term.split(' ')[0] ?? '')) return 'gerund'; // "migrating the data"
    if (taggedAsVerb && /ing$/.test(head) && !/ing$/.test(term.split(' ')[0] ?? '')) return 'gerund';
    return 'base';
  }
  const first = w[0] ?? lower;
  const last = w[w.length - 1] ?? lower;
  for (const form of forms) {
    const f = words(form);
    const fFirst = f[0] ?? form;
    const fLast = f[f.length - 1] ?? form;
    if (f.length !== w.length) continue;
    if (fFirst === first && fLast !== last && (pluralizeNoun(fLast) === last || fLast + 's' === last || fLast + 'es' === last))
      return 'plural';
    if (fFirst !== first) {
      const c = conjugate(fFirst);
      if (c.Gerund === first) return 'gerund';
      if (c.PastTense === first || c.Participle === first)
        return PARTICIPLE_CUES.test(textBefore) || c.PastTense !== first ? 'participle' : 'past';
      if (c.PresentTense === first) {
        if (f.length === 1 && pluralizeNoun(fFirst) === first && !taggedAsVerb) return 'plural';
        return 'third-person';
      }
    }
  }
  // Spelled some other way (a variant the matcher inflected): judge by the ending.
  if (/ing$/.test(first) && !/ing$/.test(forms[0] ?? '')) return 'gerund';
  if (/ed$/.test(first) && !/ed$/.test(forms[0] ?? '')) return PARTICIPLE_CUES.test(textBefore) ? 'participle' : 'past';
  if (/s$/.test(last) && !/s$/.test(forms[0] ?? '')) return taggedAsVerb ? 'third-person' : 'plural';
  return 'base';
}

/** True for a form that reads as a verb rather than a noun. */
export function isVerbForm(form: TermForm): boolean {
  return form === 'past' || form === 'participle' || form === 'gerund' || form === 'third-person';
}

/** Splits a phrase into its head ("a computer") and the rest ("that runs a service"). */
function splitHead(phrase: string): { head: string[]; rest: string[] } {
  const w = words(phrase);
  let i = 0;
  while (i < w.length && !(i > 0 && PHRASE_BREAKS.has(w[i]!.toLowerCase()))) i++;
  return { head: w.slice(0, i), rest: w.slice(i) };
}

/** True when the head noun of a noun phrase is plural ("security updates") or has no plural ("email"). */
export function phraseNumber(phrase: string): 'singular' | 'plural' | 'mass' {
  const { head } = splitHead(phrase);
  const noun = (head[head.length - 1] ?? '').toLowerCase().replace(/[^\p{L}-]/gu, '');
  if (!noun) return 'singular';
  if (UNCOUNTABLE_NOUNS.has(noun)) return 'mass';
  if (/s$/.test(noun) && !/(ss|us|is)$/.test(noun)) {
    const single = singularizeNoun(noun);
    if (single !== noun && pluralizeNoun(single) === noun) return 'plural';
  }
  return 'singular';
}

/**
 * "a computer that runs a service" → "computers that run a service". A phrase for one particular thing ("the
 * internet's address book", "our email system") stays singular: the verb is made to agree instead.
 */
export function pluralizePhrase(phrase: string): string {
  if (/^(?:the|our|your|their)\s/i.test(phrase)) return phrase;
  const stripped = phrase.replace(LEADING_DETERMINER, '');
  // "device IT looks after": a noun with a clause but no "that"; the plural goes on the first word.
  if (/\s(?:after|up|out|in|on|off|over|down|with|for|to|about)$/i.test(stripped) && !/\s(?:that|which|who)\s/i.test(stripped)) {
    const [first, ...others] = stripped.split(' ');
    return [pluralizeNoun(first!), ...others].join(' ');
  }
  const { head, rest } = splitHead(stripped);
  const last = head[head.length - 1];
  if (!last) return phrase;
  const bare = last.toLowerCase().replace(/[^\p{L}-]/gu, '');
  if (phraseNumber(head.join(' ')) !== 'singular' || UNCOUNTABLE_NOUNS.has(bare)) return stripped;
  const plural = /^[A-Z0-9]{2,}$/.test(last) ? last + 's' : pluralizeNoun(last);
  const newHead = [...head.slice(0, -1), plural];
  // "work computer or phone" → "work computers or phones": both sides of "or" and "and" take the plural.
  for (let i = newHead.length - 2; i > 0; i--) {
    if (/^(?:or|and)$/i.test(newHead[i]!) && newHead[i - 1] && !UNCOUNTABLE_NOUNS.has(newHead[i - 1]!.toLowerCase())) {
      newHead[i - 1] = pluralizeNoun(newHead[i - 1]!);
    }
  }
  // The verb of a relative clause agrees with its noun: "computers that run", not "computers that runs".
  const newRest = [...rest];
  if (/^(?:that|which|who)$/i.test(newRest[0] ?? '') && newRest[1]) {
    const verb = newRest[1];
    const agreed = { is: 'are', was: 'were', has: 'have', does: 'do' }[verb.toLowerCase()];
    if (agreed) newRest[1] = agreed;
    else if (/[^s]s$/.test(verb)) {
      const inf = toInfinitive(verb);
      if (inf && inf !== verb && conjugate(inf).PresentTense === verb.toLowerCase()) newRest[1] = inf;
    }
  }
  return [...newHead, ...newRest].join(' ');
}

/** Puts the first word of a verb phrase in `form`: ("move to", past) → "moved to". */
export function inflectVerbPhrase(phrase: string, form: TermForm): string {
  const w = words(phrase);
  const first = w[0];
  if (!first) return phrase;
  const c = conjugate(first.toLowerCase());
  const inflected =
    form === 'past'
      ? c.PastTense
      : form === 'participle'
        ? c.Participle
        : form === 'gerund'
          ? c.Gerund
          : form === 'third-person'
            ? c.PresentTense
            : first;
  return [inflected, ...w.slice(1)].join(' ');
}

/** The plain phrase in the form the term was written in. */
export function inflectPlain(phrase: string, form: TermForm): string {
  if (form === 'plural') return pluralizePhrase(phrase);
  if (isVerbForm(form)) return inflectVerbPhrase(phrase, form);
  return phrase;
}
