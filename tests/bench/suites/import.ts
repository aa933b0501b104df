/**
 * Benchmark: importing a 5,000-entry lexicon file (goal: under a second, end to end in the options page).
 * Measures the work the options page does between choosing a file and storing it: reading and validating the
 * file, planning a merge against an existing user lexicon, and the store's own re-validation before its single
 * write. The baseline is JSON.parse of the same text, the floor any import pays, measured in the same run.
 * The storage write itself is measured in real Chromium by tests/e2e/options.spec.ts.
 *
 * Run alone: npx tsx tests/bench/suites/import.ts
 */
import { parseLexiconFile, SCHEMA_VERSION, type LexiconEntry } from '../../../lexicon/schema.ts';
import { exportJson, planImport, readImportFile } from '../../../extension/lexicon-transfer.ts';

/** A full entry per index: every optional field filled, like an organisation's curated lexicon. */
function makeEntry(i: number): LexiconEntry {
  return {
    id: `term-${i}`,
    term: `Term${i}`,
    variants: [`T${i}X`, `term ${i} system`],
    caseSensitive: false,
    noInflect: false,
    category: 'infrastructure',
    severity: 'medium',
    plain: [`plain phrase ${i}`, `another phrase ${i}`],
    explanation: `Term${i} is a made-up system used to measure large imports.`,
    benefit: `people get their work done ${i} minutes sooner`,
    outcomes: { board: `costs fall by ${i} pounds`, executive: `teams deliver ${i} days sooner`, manager: `the team saves ${i} hours`, staff: `you wait ${i} minutes less` },
    analogies: ['backup-insurance'],
    exceptions: [`term${i} paper`],
    why: 'It is an internal product name.',
    disabled: false,
  };
}

export interface BenchCase {
  name: string;
  run(): void;
}

/** The import suite: a baseline and the cases to compare with it. */
export function importSuite(count = 5_000): { name: string; baseline: BenchCase; cases: BenchCase[]; bytes: number } {
  const incoming = Array.from({ length: count }, (_, i) => makeEntry(i));
  const json = exportJson({ entries: incoming, allow: [{ term: 'Kanban', reason: 'the team board', added: '2026-01-01T00:00:00.000Z' }] });
  // The user already has 500 entries, half of which the file changes.
  const current = { entries: Array.from({ length: 500 }, (_, i) => ({ ...makeEntry(i * 2), plain: ['older wording'] })), allow: [] };
  const read = readImportFile(json);
  if (!read.ok) throw new Error('bench fixture is invalid');
  return {
    name: `import ${count.toLocaleString()} entries (${Math.round(json.length / 1024)} KB)`,
    bytes: json.length,
    baseline: { name: 'JSON.parse (floor)', run: () => void JSON.parse(json) },
    cases: [
      { name: 'read + validate file', run: () => void readImportFile(json) },
      { name: 'plan merge', run: () => void planImport(current, read.file, 'merge') },
      {
        // What the options page runs before its one storage write (a checked plan is not validated twice).
        name: 'whole import (read, validate, plan)',
        run: () => {
          const file = readImportFile(json);
          if (!file.ok) throw new Error('invalid');
          const planned = planImport(current, file.file, 'merge');
          if (!planned.ok) throw new Error('plan failed');
        },
      },
      {
        // What a plan that did not come from planImport costs: the store checks every entry again.
        name: 'store re-validation of an unchecked lexicon',
        run: () => {
          const checked = parseLexiconFile({ schemaVersion: SCHEMA_VERSION, entries: read.file.entries, allow: read.file.allow });
          if (!checked.ok) throw new Error('store check failed');
        },
      },
    ],
  };
}

/** Median milliseconds of `runs` timed runs after `warmup` untimed ones. */
export function measure(run: () => void, runs = 9, warmup = 2): number {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const suite = importSuite();
  const base = measure(suite.baseline.run);
  console.log(suite.name);
  console.log(`  ${suite.baseline.name.padEnd(48)} ${base.toFixed(1).padStart(8)} ms   1.0x`);
  for (const c of suite.cases) {
    const ms = measure(c.run);
    console.log(`  ${c.name.padEnd(48)} ${ms.toFixed(1).padStart(8)} ms ${(ms / base).toFixed(1).padStart(5)}x${ms > 1000 ? '   OVER the 1 s goal' : ''}`);
  }
}
