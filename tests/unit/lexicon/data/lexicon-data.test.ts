/**
 * Quality gate for the built-in lexicon (lexicon/data/*.json): schema, completeness, uniqueness, analogy links
 * and the text rules that let plain phrases and outcome clauses drop into a sentence.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_FILES, builtInAnalogies, builtInEntries, parseBuiltInFile } from '../../../../lexicon/data/index.ts';
import {
  clauseProblems,
  clausesOf,
  deadExceptions,
  formsOf,
  JargonFinder,
  lexiconNames,
  MAX_PLAIN_WORDS,
  REQUIRED_ENTRY_FIELDS,
  wordCount,
  type ClauseOptions,
} from '../../../../lexicon/data/quality.ts';
import { isAdjective, isProperNoun, isVerbLike } from '../../../../lexicon/data/quality-words.ts';
import { analyze, builtInLexicon, matchText, type LexiconEntry } from '../../../../lexicon/index.ts';
import { guessInflectAs, PARTICLES } from '../../../../lexicon/inflect/rules.ts';
import { chooseAnalogy } from '../../../../lexicon/rewrite/analogy.ts';
import { AUDIENCES, CATEGORIES, formatIssue, parseLexiconFile } from '../../../../lexicon/schema.ts';
import { IT_RECALL_SENTENCES } from '../../../fixtures/it-recall-sentences.ts';
import { PLAIN_BUSINESS_TRAPS } from '../../../fixtures/plain-business-traps.ts';

const DATA_DIR = fileURLToPath(new URL('../../../../lexicon/data/', import.meta.url));
const CATEGORY_FILES = Object.keys(BUILT_IN_FILES).filter((name) => name !== 'analogies.json');

type RawEntry = Record<string, unknown> & { id: string };
const rawEntries: { file: string; entry: RawEntry }[] = CATEGORY_FILES.flatMap((file) =>
  ((BUILT_IN_FILES[file] as { entries?: RawEntry[] }).entries ?? []).map((entry) => ({ file, entry })),
);

/**
 * Entries allowed to share an outcome clause word for word with the same audience, because they name the same
 * thing for the reader. Keep this short: each pair here is a rewrite two different messages would both get.
 */
const SHARED_OUTCOMES_ALLOWED: readonly (readonly string[])[] = [];

/** The checks that mark single words and tokens; plain business text must get none of their marks. */
const WORD_CHECKS = new Set(['jargon', 'acronym', 'technical']);

const names = lexiconNames(builtInEntries);
const clauseOptions: ClauseOptions = { isVerbLike, isAdjective, isProperNoun: (w) => names.has(w) || isProperNoun(w) };

describe('built-in lexicon files', () => {
  it('loads every JSON file in lexicon/data through lexicon/data/index.ts', () => {
    const onDisk = readdirSync(DATA_DIR).filter((f) => f.endsWith('.json') && !f.endsWith('.generated.json'));
    expect(Object.keys(BUILT_IN_FILES).sort()).toEqual(onDisk.sort());
  });

  it.each(Object.keys(BUILT_IN_FILES))('%s passes the schema', (file) => {
    const result = parseLexiconFile(BUILT_IN_FILES[file]);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });

  it('names the file and field when a file is invalid', () => {
    expect(() => parseBuiltInFile('broken.json', { schemaVersion: 1, entries: [{ id: 'x', term: 'x' }] })).toThrow(
      /lexicon\/data\/broken\.json[\s\S]*entries\[0\] "x", category/,
    );
  });

  it.each(CATEGORY_FILES)('%s holds only entries of its own category', (file) => {
    const category = file.replace(/\.json$/, '');
    expect(CATEGORIES).toContain(category);
    const strays = rawEntries.filter((r) => r.file === file && r.entry.category !== category).map((r) => r.entry.id);
    expect(strays).toEqual([]);
  });

  it('has at least 400 entries and 50 analogies', () => {
    expect(builtInEntries.length).toBeGreaterThanOrEqual(400);
    expect(builtInAnalogies.length).toBeGreaterThanOrEqual(50);
  });
});

describe('uniqueness across all files', () => {
  it('has no duplicate entry ids', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const { file, entry } of rawEntries) {
      if (seen.has(entry.id)) duplicates.push(`${entry.id} in ${file} and ${seen.get(entry.id)}`);
      seen.set(entry.id, file);
    }
    expect(duplicates).toEqual([]);
  });

  it('has no term or variant shared by two entries (ignoring case)', () => {
    const owner = new Map<string, string>();
    const duplicates: string[] = [];
    for (const entry of builtInEntries) {
      for (const form of formsOf(entry)) {
        const key = form.trim().toLowerCase();
        const other = owner.get(key);
        if (other !== undefined && other !== entry.id) duplicates.push(`"${form}" in ${entry.id} and ${other}`);
        else owner.set(key, entry.id);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it('has no duplicate analogy ids', () => {
    const ids = builtInAnalogies.map((a) => a.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe('every entry is complete', () => {
  it('fills every field in the data file, not through schema defaults', () => {
    const missing = rawEntries.flatMap(({ file, entry }) =>
      REQUIRED_ENTRY_FIELDS.filter((field) => !(field in entry)).map((field) => `${file} ${entry.id}: ${field}`),
    );
    expect(missing).toEqual([]);
  });

  it('leaves no text empty and gives every audience an outcome', () => {
    const empty: string[] = [];
    for (const e of builtInEntries) {
      const texts: [string, string | undefined][] = [
        ['term', e.term],
        ['explanation', e.explanation],
        ['benefit', e.benefit],
        ['why', e.why],
        ...e.plain.map((p, i) => [`plain[${i}]`, p] as [string, string]),
        ...e.variants.map((p, i) => [`variants[${i}]`, p] as [string, string]),
        ...e.exceptions.map((p, i) => [`exceptions[${i}]`, p] as [string, string]),
        ...AUDIENCES.map((a) => [`outcomes.${a}`, e.outcomes?.[a]] as [string, string | undefined]),
      ];
      for (const [field, text] of texts) if (!text?.trim()) empty.push(`${e.id}: ${field}`);
      if (e.plain.length === 0) empty.push(`${e.id}: plain`);
    }
    expect(empty).toEqual([]);
  });

  // An entry links only analogies that picture what the term means: none where no everyday picture fits, since
  // a loose one ("an assembly line" for "deploy") was what blind judges failed.
  it('links at most three analogies per entry', () => {
    const wrong = builtInEntries.filter((e) => e.analogies.length > 3).map((e) => `${e.id}: ${e.analogies.length}`);
    expect(wrong).toEqual([]);
  });
});

describe('analogies', () => {
  const analogyIds = new Set(builtInAnalogies.map((a) => a.id));
  const entryIds = new Set(builtInEntries.map((e) => e.id));

  it('resolves every analogy an entry links', () => {
    const broken = builtInEntries.flatMap((e) => e.analogies.filter((id) => !analogyIds.has(id)).map((id) => `${e.id} → ${id}`));
    expect(broken).toEqual([]);
  });

  // Blind judges on real notices: these pictures showed something other than the term, or showed it well.
  it('offers no analogy the judges found pictures something else, and keeps the ones they passed', () => {
    const chosen = (id: string) =>
      chooseAnalogy(
        builtInEntries.find((e) => e.id === id)!,
        builtInAnalogies,
      )?.id ?? null;
    const failed = [
      ['deploy', 'assembly-line'],
      ['deployment', 'assembly-line'],
      ['o365', 'serviced-apartment'],
      ['microsoft-365', 'serviced-apartment'],
      ['character-encoding', 'standard-form'],
    ];
    expect(failed.filter(([entry, analogy]) => chosen(entry!) === analogy)).toEqual([]);
    const passed = [
      ['dns', 'phone-book'],
      ['mfa', 'key-and-pin'],
      ['gateway', 'toll-booth'],
      ['database-index', 'library-catalogue'],
      ['rollback', 'version-history'],
    ];
    expect(passed.map(([entry]) => [entry, chosen(entry!)])).toEqual(passed);
  });

  it('leaves no analogy unused', () => {
    const used = new Set(builtInEntries.flatMap((e) => e.analogies));
    expect(builtInAnalogies.filter((a) => !used.has(a.id)).map((a) => a.id)).toEqual([]);
  });

  it('resolves the entry ids an analogy says it fits', () => {
    const broken = builtInAnalogies.flatMap((a) => a.fits.terms.filter((id) => !entryIds.has(id)).map((id) => `${a.id} → ${id}`));
    expect(broken).toEqual([]);
  });

  it('explains each analogy in exactly two sentences', () => {
    const wrong = builtInAnalogies
      .map((a) => ({
        id: a.id,
        sentences: a.explanation.trim().split(/(?<=[.!?])\s+(?=\p{Lu})/u).length,
        ends: /[.!?]$/.test(a.explanation.trim()),
      }))
      .filter((a) => a.sentences !== 2 || !a.ends)
      .map((a) => `${a.id}: ${a.sentences} sentences`);
    expect(wrong).toEqual([]);
  });

  it('names at least one category each analogy fits', () => {
    expect(builtInAnalogies.filter((a) => a.fits.categories.length === 0).map((a) => a.id)).toEqual([]);
  });
});

describe('exceptions', () => {
  // An exception only silences a match inside it, so one that holds none of its entry's spellings (in any
  // form, with the entry's case rule) does nothing and gives a false sense of safety.
  it('each hold a spelling of their entry and silence it', () => {
    const dead = builtInEntries.flatMap((e) => deadExceptions(e).map((exception) => `${e.id}: "${exception}"`));
    expect(dead).toEqual([]);
  });
});

describe('plain phrases', () => {
  const finder = new JargonFinder(builtInEntries);

  it('contain no term or variant of another entry', () => {
    const jargon = builtInEntries.flatMap((e) =>
      e.plain.flatMap((p) => finder.find(p, e.id).map((hit) => `${e.id}: "${p}" contains "${hit.form}" (${hit.entryId})`)),
    );
    expect(jargon).toEqual([]);
  });

  it('earn no mark from any check, so the replacement never needs replacing', () => {
    const marks = builtInEntries.flatMap((e) =>
      e.plain.flatMap((p) =>
        analyze(p)
          .findings.filter((f) => f.check !== 'feature-talk')
          .map((f) => `${e.id}: ${f.check} "${f.text}" in "${p}"`),
      ),
    );
    expect(marks).toEqual([]);
  });

  it(`are reported when longer than ${MAX_PLAIN_WORDS} words (not a failure)`, () => {
    const long = builtInEntries.flatMap((e) =>
      e.plain.filter((p) => wordCount(p) > MAX_PLAIN_WORDS).map((p) => `${e.id}: "${p}" (${wordCount(p)} words)`),
    );
    if (long.length) console.info(`Plain phrases longer than ${MAX_PLAIN_WORDS} words:\n  ${long.join('\n  ')}`);
    expect(Array.isArray(long)).toBe(true);
  });
});

describe('benefit and outcome clauses read as the end of "…, so that ___"', () => {
  it('every entry passes', () => {
    const problems = builtInEntries.flatMap((e) =>
      clausesOf(e).flatMap(({ field, text }) => clauseProblems(text, clauseOptions).map((p) => `${e.id} ${field}: "${text}" ${p}`)),
    );
    expect(problems).toEqual([]);
  }, 60_000);

  // A rewrite is built from these clauses; jargon inside one would come straight back as a new mark. Both the
  // plain word-boundary search (each entry's case rule, plurals, exceptions ignored) and the real matcher
  // (verb forms too) must find nothing, and an entry may not use its own term either.
  it('contain no term or variant of any entry, their own included', () => {
    const finder = new JargonFinder(builtInEntries);
    const lexicon = builtInLexicon();
    const jargon = builtInEntries.flatMap((e) =>
      clausesOf(e).flatMap(({ field, text }) => {
        const found = new Set([
          ...finder.find(text).map((h) => `${h.form} (${h.entryId})`),
          ...matchText(lexicon, text).map((m) => `${m.text} (${m.entry.id})`),
        ]);
        return [...found].map((hit) => `${e.id} ${field}: "${text}" contains ${hit}`);
      }),
    );
    expect(jargon).toEqual([]);
  }, 60_000);

  // The rewrite puts these words into the user's message, where every other check runs too: an outcome that
  // says "the business" (us-and-them), "just works" (self-undermining) or "everyone is busy" (discouraging)
  // would earn the user a new mark for taking our advice.
  it('earn no mark from any check when used in a sentence', () => {
    const lead = 'We finished the work on Monday, so that ';
    const marks = builtInEntries.flatMap((e) =>
      clausesOf(e).flatMap(({ field, text }) =>
        analyze(`${lead}${text}.`)
          .findings.filter((f) => f.start >= lead.length && f.check !== 'feature-talk')
          .map((f) => `${e.id} ${field}: ${f.check} "${f.text}" in "${text}"`),
      ),
    );
    expect(marks).toEqual([]);
  }, 60_000);

  it('give each audience its own outcome: no two entries share one word for word', () => {
    const owners = new Map<string, string[]>();
    for (const e of builtInEntries) {
      for (const audience of AUDIENCES) {
        const key = `${audience}: ${e.outcomes![audience].trim().toLowerCase()}`;
        owners.set(key, [...(owners.get(key) ?? []), e.id]);
      }
    }
    const shared = [...owners].filter(([, ids]) => ids.length > 1).map(([key, ids]) => `${ids.join(' + ')} share ${key}`);
    expect(shared.filter((line) => !SHARED_OUTCOMES_ALLOWED.some((ids) => line.startsWith(`${ids.join(' + ')} share `)))).toEqual([]);
  });
});

/** One generated sentence that must be marked with one entry. */
interface UsageCase {
  entryId: string;
  kind: 'spelling' | 'plural' | 'past' | 'gerund' | 'third';
  form: string;
  sentence: string;
}

/**
 * A natural sentence for every term and variant, plus the plural of nouns and the past, "-ing" and third-person
 * forms of entries that inflect as verbs (declared by `inflectAs`, or a phrasal verb such as "roll back").
 * The inflected forms come from compromise, independently of the matcher's own inflection tables.
 */
function usageCases(entries: readonly LexiconEntry[]): UsageCase[] {
  const cases: UsageCase[] = [];
  for (const e of entries) {
    for (const form of formsOf(e))
      cases.push({
        entryId: e.id,
        kind: 'spelling',
        form,
        sentence: `In Monday's note to the finance team, Sam mentioned the ${form} twice.`,
      });
    if (e.noInflect) continue;
    const words = e.term.split(' ');
    const last = words[words.length - 1]!;
    const phrasal = words.length > 1 && PARTICLES.has(last.toLowerCase());
    const mode = e.inflectAs ?? guessInflectAs(e.term);
    if ((mode === 'noun' || mode === 'both') && !phrasal && /^\p{L}+$/u.test(last)) {
      const noun = nlp(last);
      noun.tag('Noun');
      const plural = noun.nouns().toPlural().text();
      if (plural && plural.toLowerCase() !== last.toLowerCase()) {
        const form = [...words.slice(0, -1), plural].join(' ');
        cases.push({ entryId: e.id, kind: 'plural', form, sentence: `Sam listed three ${form} that need attention.` });
      }
    }
    if (e.inflectAs === 'verb' || e.inflectAs === 'both' || (phrasal && mode === 'verb')) {
      const at = phrasal ? 0 : words.length - 1;
      const verb = nlp(words[at]!);
      verb.tag('Verb');
      const verbs = (verb.verbs().conjugate()[0] ?? {}) as Record<string, string | undefined>;
      const swap = (w: string) => words.map((x, i) => (i === at ? w : x)).join(' ');
      if (verbs.PastTense)
        cases.push({
          entryId: e.id,
          kind: 'past',
          form: swap(verbs.PastTense),
          sentence: `Last night the team ${swap(verbs.PastTense)} it without any trouble.`,
        });
      if (verbs.Gerund) {
        const form = swap(verbs.Gerund.replace(/^(?:is|are)\s+/, ''));
        cases.push({ entryId: e.id, kind: 'gerund', form, sentence: `The team is ${form} it this afternoon.` });
      }
      if (verbs.PresentTense)
        cases.push({
          entryId: e.id,
          kind: 'third',
          form: swap(verbs.PresentTense),
          sentence: `Every month the team ${swap(verbs.PresentTense)} it on time.`,
        });
    }
  }
  return cases;
}

describe('the matcher finds every entry in use', () => {
  const lexicon = builtInLexicon();
  const cases = usageCases(builtInEntries);

  it('generates sentences with plural and verb forms', () => {
    const kinds = new Set(cases.map((c) => c.kind));
    expect([...kinds].sort()).toEqual(['gerund', 'past', 'plural', 'spelling', 'third']);
    expect(cases.find((c) => c.entryId === 'deploy' && c.kind === 'past')?.form).toBe('deployed');
  });

  it('marks every term, variant and inflected form with its own entry', () => {
    const misses = cases.flatMap((c) => {
      const start = c.sentence.indexOf(c.form);
      const end = start + c.form.length;
      const hits = matchText(lexicon, c.sentence);
      if (hits.some((h) => h.entry.id === c.entryId && h.start < end && h.end > start)) return [];
      return [`${c.entryId} (${c.kind}) "${c.form}" → ${hits.map((h) => `${h.entry.id}:"${h.text}"`).join(', ') || 'nothing'}`];
    });
    expect(misses).toEqual([]);
  }, 60_000);
});

describe('the plain-business control corpus', () => {
  const lexicon = builtInLexicon();

  it('holds at least 40 passages, each with the traps it claims', () => {
    expect(PLAIN_BUSINESS_TRAPS.length).toBeGreaterThanOrEqual(40);
    const missing = PLAIN_BUSINESS_TRAPS.flatMap((p) => p.traps.filter((t) => !p.text.includes(t)).map((t) => `${p.id}: "${t}"`));
    expect(missing).toEqual([]);
  });

  // The matcher alone: an entry with sense cues ("restaurant server") is found here by design, and judged in
  // context by the analysis; the test below holds those to the same standard.
  it.each(PLAIN_BUSINESS_TRAPS.map((p) => [p.id, p.text] as const))('marks nothing in %s', (_id, text) => {
    expect(
      matchText(lexicon, text)
        .filter((m) => !m.entry.sense)
        .map((m) => `${m.text} (${m.entry.id})`),
    ).toEqual([]);
  });

  // The whole analysis, not just the matcher: no jargon, acronym or technical-token marks either.
  it.each(PLAIN_BUSINESS_TRAPS.map((p) => [p.id, p.text] as const))(
    'analyze() finds no jargon, acronym or technical token in %s',
    (_id, text) => {
      const marks = analyze(text)
        .findings.filter((f) => WORD_CHECKS.has(f.check))
        .map((f) => `${f.check}: ${f.text}`);
      expect(marks).toEqual([]);
    },
  );
});

describe('an entry with ordinary sense cues only', () => {
  // "firewall" lists a car's and a building's cues, and no IT ones: at work the IT sense is the usual one.
  const marked = (text: string) => analyze(text).findings.some((f) => f.check === 'jargon' && f.text === 'firewall');
  it('is marked where no ordinary cue stands, even with no other IT word in the message', () => {
    expect(marked('We upgraded the firewall at every office last weekend.')).toBe(true);
  });
  it('is not marked beside an ordinary cue', () => {
    expect(marked('The garage replaced the firewall insulation behind the dashboard.')).toBe(false);
  });
});

describe('IT cues a short reply uses', () => {
  // A chat reply names no web or mail server; what happened to it ("reconfigured", "memory", "error") is the cue.
  const marks = (text: string) =>
    analyze(text)
      .findings.filter((f) => f.check === 'jargon')
      .map((f) => f.text);
  it.each([
    ['We moved the shop to a new server and reconfigured it.', 'server'],
    ['The server ran short of memory again.', 'server'],
    ['Another error on the host end stopped the site.', 'host'],
  ])('marks the term in: %s', (text, term) => {
    expect(marks(text)).toContain(term);
  });
  it.each(['Our server made an error with the restaurant bill.', 'The host welcomed every guest at the dinner, without error.'])(
    'an ordinary cue still wins in: %s',
    (text) => {
      expect(marks(text)).toEqual([]);
    },
  );
});

describe('recall on real IT writing', () => {
  // The issue's bar for the held-out corpus of published IT notices: 90% of the jargon found by the real
  // analysis (quotes, URLs and signatures skipped, every check running), not just by the matcher.
  const MIN_RECALL = 0.9;

  it('has at least 30 realistic sentences, each expecting ids the lexicon holds', () => {
    expect(IT_RECALL_SENTENCES.length).toBeGreaterThanOrEqual(30);
    const ids = new Set(builtInEntries.map((e) => e.id));
    expect(IT_RECALL_SENTENCES.flatMap((s) => s.expect.filter((id) => !ids.has(id)))).toEqual([]);
  });

  it(`finds at least ${MIN_RECALL * 100}% of the expected terms with analyze()`, () => {
    let expected = 0;
    const misses: string[] = [];
    for (const sentence of IT_RECALL_SENTENCES) {
      const found = new Set(analyze(sentence.text).findings.map((f) => f.entryId));
      for (const id of sentence.expect) {
        expected++;
        if (!found.has(id)) misses.push(`${id} in "${sentence.text}"`);
      }
    }
    const recall = (expected - misses.length) / expected;
    expect(
      recall,
      `recall ${(recall * 100).toFixed(1)}% (${expected - misses.length}/${expected}); missed:\n  ${misses.join('\n  ')}`,
    ).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});

describe('the quality rules themselves', () => {
  it.each([
    ['email stays available when the office loses power'],
    ["your team's screens load faster at busy times"],
    ['lost laptops no longer mean lost work'],
    ['Microsoft keeps the service running for us'],
    ['flexible working and hot desking work smoothly'],
  ])('accepts the clause "%s"', (clause) => {
    expect(clauseProblems(clause, clauseOptions)).toEqual([]);
  });

  it.each([
    ['Email stays available when the office loses power', /capital/],
    ['email stays available when the office loses power.', /punctuation/],
    ['faster releases for every team', /no verb/],
    ['lower costs and happier customers', /no verb/],
    ['it works', /2 words/],
  ])('rejects the clause "%s"', (clause, problem) => {
    expect(clauseProblems(clause, clauseOptions).join('; ')).toMatch(problem);
  });

  it("finds another entry's spelling with word boundaries and its case rule", () => {
    const finder = new JargonFinder([
      { id: 'api', term: 'API', noInflect: true, category: 'data', severity: 'high', plain: ['link'], explanation: 'x' },
      { id: 'cache', term: 'cache', category: 'architecture', severity: 'low', plain: ['copy'], explanation: 'x' },
    ]);
    expect(finder.find('a quick API link').map((h) => h.entryId)).toEqual(['api']);
    expect(finder.find('a quick api link')).toEqual([]); // acronyms match in capitals only
    expect(finder.find('stored caches of records').map((h) => h.entryId)).toEqual(['cache']);
    expect(finder.find('a cachet of quality')).toEqual([]);
    expect(finder.find('a quick API link', 'api')).toEqual([]); // an entry may use its own words
  });

  it('spots exceptions that can never take effect', () => {
    expect(
      deadExceptions({
        id: 'deploy',
        term: 'deploy',
        category: 'delivery',
        severity: 'low',
        plain: ['release'],
        explanation: 'x',
        exceptions: ['deployed staff', 'airbags deploy', 'troops abroad'],
      }),
    ).toEqual(['troops abroad']);
    // Acronyms keep their case rule: "rto policy" in lower case never holds the acronym.
    expect(
      deadExceptions({
        id: 'rto',
        term: 'RTO',
        noInflect: true,
        category: 'infrastructure',
        severity: 'high',
        plain: ['recovery deadline'],
        explanation: 'x',
        exceptions: ['RTO policy', 'return-to-office', 'rto policy'],
      }),
    ).toEqual(['return-to-office', 'rto policy']);
    expect(
      deadExceptions({
        id: 'lb',
        term: 'load balancer',
        category: 'networking',
        severity: 'high',
        plain: ['traffic splitter'],
        explanation: 'x',
        exceptions: ['load-balancer of the month', 'load of balance'],
      }),
    ).toEqual(['load of balance']);
  });
});
