/**
 * BUILD TIME ONLY. Inflects built-in lexicon spellings with compromise, which knows irregular forms
 * ("spin" → "spun", "analysis" → "analyses") and which words are verbs. Used by `npm run lexicon:forms` and by
 * the test that keeps lexicon/data/forms.generated.json fresh.
 *
 * Never import this from the analysis path (index.ts, the matcher, the checks): compromise costs 300-650 ms to
 * load and 141 KB gzip, more than the whole content script budget. The runtime reads the generated table.
 */
import nlp from 'compromise';
import type { LexiconEntry } from '../schema.ts';
import { conjugate, formsKey, type FormsTable, type InflectAs, type InflectionEngine, inflectRuleBased, pluralize } from './rules.ts';

interface Conjugation {
  Infinitive?: string;
  PastTense?: string;
  PresentTense?: string;
  Gerund?: string;
}
interface Transforms {
  verb: { conjugate(word: string, model: unknown): Conjugation };
  noun: { toPlural(word: string, model: unknown): string };
}

const world = nlp.world() as unknown as { methods: { two: { transform: Transforms } }; model: unknown };
const transform = world.methods.two.transform;

/** Verbs whose past tense is the bare form; compromise also returns the bare form by mistake ("pinged" → "ping"). */
const SAME_PAST = new Set([
  'set',
  'reset',
  'put',
  'cut',
  'shut',
  'hit',
  'let',
  'cost',
  'spread',
  'broadcast',
  'upset',
  'quit',
  'split',
  'burst',
  'cast',
  'forecast',
  'input',
  'output',
  'offset',
]);

function matchCase(form: string, model: string): string {
  if (model === model.toLowerCase()) return form;
  if (model[0] === model[0]!.toUpperCase() && model.slice(1) === model.slice(1).toLowerCase())
    return form[0]!.toUpperCase() + form.slice(1);
  return form;
}

function verbForms(word: string): string[] {
  const lower = word.toLowerCase();
  const rules = conjugate(lower);
  let c: Conjugation;
  try {
    c = transform.verb.conjugate(lower, world.model);
  } catch {
    return rules.map((f) => matchCase(f, word));
  }
  // compromise's conjugation model guesses from endings and sometimes hands back the bare word
  // ("ping", "sync") or a misspelling ("proxys"): keep a rule-based form where it does.
  const past = c.PastTense && (c.PastTense !== lower || SAME_PAST.has(lower)) && /^[a-z]+$/.test(c.PastTense) ? c.PastTense : rules[1];
  const gerund = c.Gerund && c.Gerund !== lower && /^[a-z]+ing$/.test(c.Gerund) ? c.Gerund : rules[2];
  const third =
    c.PresentTense && c.PresentTense !== lower && /^[a-z]+s$/.test(c.PresentTense) && !/(?:ss|ys)$/.test(c.PresentTense)
      ? c.PresentTense
      : rules[0];
  return [third, past, gerund].filter((f): f is string => !!f).map((f) => matchCase(f, word));
}

function nounForms(word: string): string[] {
  const lower = word.toLowerCase();
  const rules = pluralize(lower);
  let plural: string | undefined;
  try {
    plural = transform.noun.toPlural(lower, world.model);
  } catch {
    plural = undefined;
  }
  // compromise knows irregular plurals ("analyses", "moratoria") but sometimes just adds "s" where the
  // rules know better ("historys"), or over-applies Latin ("antiviri"): keep the rules' plural beside it.
  const naive = plural === lower + 's' && !rules.includes(plural);
  const forms = plural && plural !== lower && /^[a-z]+$/.test(plural) && !naive ? [plural, ...rules] : rules;
  if (/(?:ex|ix)$/.test(lower) && !forms.includes(lower + 'es')) forms.unshift(lower + 'es');
  return [...new Set(forms)].map((f) => matchCase(f, word));
}

/** compromise as an inflection engine for plain words. */
const COMPROMISE: InflectionEngine = { plural: nounForms, conjugate: verbForms };

/** Every inflected form of `base` (not `base` itself), in a fixed order; compromise spells the plain words. */
export function inflectWithCompromise(base: string, as?: InflectAs): string[] {
  return inflectRuleBased(base, as, COMPROMISE);
}

/**
 * The forms table for a list of entries: the terms and variants whose compromise forms differ from the rule-
 * based ones, keyed by `formsKey(spelling, entry.inflectAs)`, keys sorted so the file diffs cleanly.
 */
export function buildFormsTable(entries: readonly LexiconEntry[]): FormsTable {
  const table = new Map<string, string[]>();
  for (const entry of entries) {
    if (entry.noInflect) continue;
    for (const spelling of [entry.term, ...entry.variants]) {
      const key = formsKey(spelling, entry.inflectAs);
      if (table.has(key)) continue;
      const forms = inflectWithCompromise(spelling, entry.inflectAs);
      // Only what the rules get wrong is stored: the table ships in the content script, so it must stay small.
      const rules = inflectRuleBased(spelling, entry.inflectAs);
      if (forms.length !== rules.length || forms.some((form, i) => form !== rules[i])) table.set(key, forms);
    }
  }
  return Object.fromEntries([...table.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
