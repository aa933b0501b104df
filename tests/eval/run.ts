/**
 * `npm run eval`: scores the checker on real published text (`../shared/corpus`), the measure of language
 * quality this project goes by.
 *
 *   --json       the whole report as JSON on stdout
 *   --rewrites   also run the rewrite engine over every sentence with findings, for the four audiences
 *   --verbose    list every miss and every off-gold mark
 *   --sample N   with --rewrites: draw N rewritten sentences for blind judging (--seed S, default 1); the sheet
 *                goes to test-results/rewrite-sample-S.md, the references (corpus ids, offsets) to stdout as JSON
 *
 * Without the corpus (a clone outside this workplace) it says so and exits 0.
 */
import { analyze } from '../../lexicon/index.ts';
import { corpusDir, hasCorpus, KIND_NAMES, readCorpus } from './corpus.ts';
import { outcomeAccuracy, percent, scoreDetection, type DetectionReport } from './detection.ts';
import { printRewrites, rewriteCorpus, scoreRewrites } from './rewrites.ts';
import { drawSample, judgingSheet } from './sample.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { quietLines, scoreQuiet } from './quiet.ts';

const GOALS = { recall: 92, precision: 80, plainMarks: 0, outcome: 85 };

function printDetection(report: DetectionReport, verbose: boolean): void {
  const out: string[] = [];
  const r = report.recall;
  const p = report.precision;
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT MET');
  out.push(`Real-text evaluation on ${report.passages} passages (${corpusDir()})`, '');
  out.push(
    `Recall of gold jargon: ${r.found}/${r.gold} = ${percent(r.found, r.gold)}%  (goal ≥ ${GOALS.recall}%: ${mark(percent(r.found, r.gold) >= GOALS.recall)})`,
  );
  for (const [kind, k] of Object.entries(r.byKind).sort())
    out.push(`  ${kind} ${KIND_NAMES[kind as keyof typeof KIND_NAMES].padEnd(22)} ${k.found}/${k.gold} = ${percent(k.found, k.gold)}%`);
  out.push(
    `Term marks on gold jargon: ${p.onGold}/${p.marks} = ${percent(p.onGold, p.marks)}%  (goal ≥ ${GOALS.precision}%: ${mark(percent(p.onGold, p.marks) >= GOALS.precision)})`,
  );
  for (const [check, c] of Object.entries(p.byCheck).sort())
    out.push(`  ${check.padEnd(24)} ${c.onGold}/${c.marks} = ${percent(c.onGold, c.marks)}%`);
  out.push(
    `Term marks on plain business text: ${report.plainTermMarks.length}  (goal ${GOALS.plainMarks}: ${mark(report.plainTermMarks.length <= GOALS.plainMarks)})`,
  );
  for (const m of report.plainTermMarks) out.push(`  ${m.id} ${m.check.padEnd(10)} ${m.context}`);
  out.push(`Other marks on plain business text (feature-talk, wording): ${report.plainOtherMarks.length}`);
  for (const m of report.plainOtherMarks) out.push(`  ${m.id} ${m.check.padEnd(10)} ${m.context.slice(0, 140)}`);
  const o = report.outcome;
  out.push(
    `Outcome judgement on ${o.rows.length} passages of 3+ sentences: ${outcomeAccuracy(report)}% right  (goal ≥ ${GOALS.outcome}%: ${mark(outcomeAccuracy(report) >= GOALS.outcome)})`,
  );
  out.push('                      labelled: no outcome   states an outcome');
  out.push(`  flagged "no outcome"   ${String(o.truePositive).padStart(12)}   ${String(o.falsePositive).padStart(17)}`);
  out.push(`  not flagged            ${String(o.falseNegative).padStart(12)}   ${String(o.trueNegative).padStart(17)}`);
  const wrong = o.rows.filter((row) => row.flagged === row.framed);
  if (wrong.length)
    out.push(`  wrong: ${wrong.map((row) => `${row.id}(${row.framed ? 'framed, flagged' : 'unframed, missed'})`).join(' ')}`);
  out.push(
    `Marks per 100 words on IT text: ${Object.entries(report.marksPer100Words)
      .map(([c, n]) => `${c} ${n}`)
      .join(', ')}`,
  );
  if (verbose) {
    out.push('', `Misses (${report.misses.length}):`);
    for (const m of report.misses) out.push(`  ${m.id} ${m.term}`);
    out.push('', `Term marks off gold on IT text (${report.offGold.length}):`);
    for (const m of report.offGold) out.push(`  ${m.id} ${m.check.padEnd(10)} ${m.context}`);
  } else {
    out.push('', `Misses: ${report.misses.map((m) => `${m.term} (${m.id})`).join(', ')}`);
    out.push(`Off-gold term marks on IT text: ${report.offGold.map((m) => `${m.text} (${m.id})`).join(', ')}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

function main(): void {
  const argv = process.argv.slice(2);
  const json = argv.includes('--json');
  if (!hasCorpus()) {
    process.stdout.write(
      json
        ? `${JSON.stringify({ skipped: `no corpus at ${corpusDir()}` })}\n`
        : `No evaluation corpus at ${corpusDir()}: nothing to score. It is lent to this project's workplace and not part of the repository; set BL_CORPUS to a folder of annotated .jsonl passages to score another.\n`,
    );
    return;
  }
  const passages = readCorpus();
  const detection = scoreDetection(passages, (text) => analyze(text));
  const rewritten = argv.includes('--rewrites') ? rewriteCorpus(passages) : undefined;
  const rewrites = rewritten ? scoreRewrites(rewritten) : undefined;
  const sampleAt = argv.indexOf('--sample');
  if (rewritten && sampleAt >= 0) {
    const size = Number(argv[sampleAt + 1] ?? 80);
    const seedAt = argv.indexOf('--seed');
    const seed = seedAt >= 0 ? Number(argv[seedAt + 1]) : 1;
    const { items, rows } = drawSample(rewritten, size, seed);
    mkdirSync('test-results', { recursive: true });
    writeFileSync(`test-results/rewrite-sample-${seed}.md`, judgingSheet(rows));
    process.stdout.write(`${JSON.stringify({ seed, size: items.length, items }, null, 1)}\n`);
    return;
  }
  const quiet = scoreQuiet(passages, (text, audience) => analyze(text, { audience }));
  if (json) {
    process.stdout.write(`${JSON.stringify({ detection, quiet, ...(rewrites ? { rewrites } : {}) }, null, 1)}\n`);
    return;
  }
  printDetection(detection, argv.includes('--verbose'));
  process.stdout.write(`\n${quietLines(quiet).join('\n')}\n`);
  if (rewrites) printRewrites(rewrites, argv.includes('--verbose'));
}

main();
