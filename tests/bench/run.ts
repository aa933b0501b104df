/**
 * `npm run bench`: runs every suite in suites/index.ts and prints medians, with each subject's ratio to the
 * floor tokenizer on the same case, measured in the same run, then whether each goal is met.
 *
 *   --json         print the rows as JSON: [{case, words|chars, subject, medianMs, runs}]
 *   --only a,b     run only the named suites
 *   --clock cpu    time CPU used by this process instead of wall time (for busy machines)
 */
import type { BenchRow } from './harness.ts';

// The clock is chosen before the harness loads, from --clock or BENCH_CLOCK.
const clockArg = process.argv.indexOf('--clock');
if (clockArg >= 0 && process.argv[clockArg + 1]) process.env.BENCH_CLOCK = process.argv[clockArg + 1];
const { clock, rowOf } = await import('./harness.ts');
const { SUITES } = await import('./suites/index.ts');

function parse(argv: readonly string[]): { json: boolean; only: string[] | null } {
  const only = argv.find((a) => a.startsWith('--only'));
  const value = only?.includes('=') ? only.split('=')[1] : only ? argv[argv.indexOf(only) + 1] : undefined;
  return { json: argv.includes('--json'), only: value ? value.split(',') : null };
}

function table(rows: readonly BenchRow[]): string {
  const lines = rows.map((row) => {
    const floor = row.subject === 'floor' ? undefined : rowOf(rows, row.case, 'floor');
    const ratio = floor ? `${(row.medianMs / floor.medianMs).toFixed(1)}× floor` : '';
    const size = row.words !== undefined ? `${row.words} words` : row.chars !== undefined ? `${row.chars} chars` : '';
    return [
      row.case.padEnd(26),
      size.padStart(14),
      row.subject.padEnd(16),
      `${row.medianMs.toFixed(3)} ms`.padStart(13),
      ratio.padStart(14),
      `(${row.runs} runs)`,
    ].join('  ');
  });
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { json, only } = parse(process.argv.slice(2));
  const unknown = only?.filter((name) => !SUITES.some((s) => s.name === name)) ?? [];
  if (unknown.length) {
    process.stderr.write(`bench: unknown suite ${unknown.join(', ')} (suites: ${SUITES.map((s) => s.name).join(', ')})\n`);
    process.exitCode = 2;
    return;
  }
  const suites = SUITES.filter((s) => !only || only.includes(s.name));
  const rows: BenchRow[] = [];
  const started = performance.now();
  for (const suite of suites) {
    if (!json) process.stderr.write(`… ${suite.name}: ${suite.description}\n`);
    rows.push(...(await suite.run()));
  }
  if (json) {
    process.stdout.write(`${JSON.stringify(rows, null, 1)}\n`);
    return;
  }
  process.stdout.write(`${table(rows)}\n\n`);
  for (const suite of suites) for (const line of suite.goals?.(rows) ?? []) process.stdout.write(`${line}\n`);
  process.stdout.write(
    `\n${rows.length} measurements in ${((performance.now() - started) / 1000).toFixed(0)} s (Node ${process.version}, ${clock.name} clock)\n`,
  );
}

await main();
