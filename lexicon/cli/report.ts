/**
 * `npm run lexicon:report`: a short report on the built-in lexicon, for whoever edits lexicon/data/*.json.
 * Counts per category and severity, analogy coverage, plain phrases too long to drop into a sentence, and
 * two hints the tests do not enforce: exceptions that can never take effect, and benefit or outcome clauses
 * that themselves contain lexicon terms. `--json` prints the same as one JSON object.
 * Exit code 0 after a report, 2 when a data file is invalid or an option is unknown.
 */
import { CATEGORIES, SEVERITIES, type Analogy, type LexiconEntry } from '../schema.ts';
import { clausesOf, deadExceptions, formsOf, JargonFinder, MAX_PLAIN_WORDS, wordCount } from '../data/quality.ts';

/** The report, as printed by `--json`. */
export interface LexiconReport {
  entries: number;
  analogies: number;
  /** Terms and variants together, before inflection. */
  spellings: number;
  perCategory: Record<string, number>;
  perSeverity: Record<string, number>;
  /** How many entries link each analogy. */
  analogyUse: Record<string, number>;
  unusedAnalogies: string[];
  entriesWithoutAnalogy: string[];
  /** Share of entries that link at least one analogy, 0 to 1. */
  analogyCoverage: number;
  longPlain: { id: string; phrase: string; words: number }[];
  deadExceptions: { id: string; exception: string }[];
  jargonInClauses: { id: string; field: string; form: string; entryId: string }[];
}

/** Builds the report from entries and analogies (the built-in ones by default). */
export function buildReport(entries: readonly LexiconEntry[], analogies: readonly Analogy[]): LexiconReport {
  const perCategory: Record<string, number> = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
  const perSeverity: Record<string, number> = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  const analogyUse: Record<string, number> = Object.fromEntries(analogies.map((a) => [a.id, 0]));
  const finder = new JargonFinder(entries);
  const report: LexiconReport = {
    entries: entries.length,
    analogies: analogies.length,
    spellings: 0,
    perCategory,
    perSeverity,
    analogyUse,
    unusedAnalogies: [],
    entriesWithoutAnalogy: [],
    analogyCoverage: 0,
    longPlain: [],
    deadExceptions: [],
    jargonInClauses: [],
  };
  for (const entry of entries) {
    report.spellings += formsOf(entry).length;
    perCategory[entry.category] = (perCategory[entry.category] ?? 0) + 1;
    perSeverity[entry.severity] = (perSeverity[entry.severity] ?? 0) + 1;
    if (entry.analogies.length === 0) report.entriesWithoutAnalogy.push(entry.id);
    for (const id of entry.analogies) analogyUse[id] = (analogyUse[id] ?? 0) + 1;
    for (const phrase of entry.plain)
      if (wordCount(phrase) > MAX_PLAIN_WORDS) report.longPlain.push({ id: entry.id, phrase, words: wordCount(phrase) });
    for (const exception of deadExceptions(entry)) report.deadExceptions.push({ id: entry.id, exception });
    for (const { field, text } of clausesOf(entry)) {
      for (const hit of finder.find(text, entry.id))
        report.jargonInClauses.push({ id: entry.id, field, form: hit.form, entryId: hit.entryId });
    }
  }
  report.unusedAnalogies = analogies.filter((a) => !analogyUse[a.id]).map((a) => a.id);
  report.analogyCoverage = entries.length ? (entries.length - report.entriesWithoutAnalogy.length) / entries.length : 0;
  return report;
}

function list<T>(items: readonly T[], show: (item: T) => string, limit = 50): string {
  if (!items.length) return '  none\n';
  const shown = items.slice(0, limit).map((item) => `  ${show(item)}`);
  if (items.length > limit) shown.push(`  … and ${items.length - limit} more (see --json)`);
  return shown.join('\n') + '\n';
}

/** The report as text for a terminal. */
export function formatReport(r: LexiconReport): string {
  const pad = Math.max(...Object.keys(r.perCategory).map((k) => k.length));
  const usedAnalogies = r.analogies - r.unusedAnalogies.length;
  const mostUsed = Object.entries(r.analogyUse)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5);
  return [
    `Built-in lexicon: ${r.entries} entries (${r.spellings} terms and variants), ${r.analogies} analogies\n`,
    `\nEntries per category\n`,
    Object.entries(r.perCategory)
      .map(([c, n]) => `  ${c.padEnd(pad)}  ${String(n).padStart(4)}`)
      .join('\n') + '\n',
    `\nSeverity: ${Object.entries(r.perSeverity)
      .map(([s, n]) => `${s} ${n}`)
      .join(', ')}\n`,
    `\nAnalogy coverage\n`,
    `  entries linking an analogy: ${r.entries - r.entriesWithoutAnalogy.length}/${r.entries} (${Math.round(r.analogyCoverage * 100)}%)\n`,
    `  analogies in use: ${usedAnalogies}/${r.analogies}\n`,
    `  most linked: ${mostUsed.map(([id, n]) => `${id} (${n})`).join(', ')}\n`,
    `\nUnused analogies\n`,
    list(r.unusedAnalogies, (id) => id),
    `\nEntries without an analogy\n`,
    list(r.entriesWithoutAnalogy, (id) => id),
    `\nPlain phrases longer than ${MAX_PLAIN_WORDS} words\n`,
    list(r.longPlain, (p) => `${p.id}: "${p.phrase}" (${p.words} words)`),
    `\nExceptions that contain none of their entry's spellings (they never take effect)\n`,
    list(r.deadExceptions, (d) => `${d.id}: "${d.exception}"`),
    `\nBenefit or outcome clauses that use another entry's term (a rewrite would carry the jargon)\n`,
    list(r.jargonInClauses, (j) => `${j.id} ${j.field}: "${j.form}" (${j.entryId})`),
  ].join('');
}

async function main(argv: readonly string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== '--json');
  if (unknown.length) {
    process.stderr.write(`lexicon:report: unknown option ${unknown.join(' ')}\nUsage: npm run -s lexicon:report [-- --json]\n`);
    return 2;
  }
  let data: typeof import('../data/index.ts');
  try {
    data = await import('../data/index.ts');
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const report = buildReport(data.builtInEntries, data.builtInAnalogies);
  process.stdout.write(argv.includes('--json') ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
