/**
 * The benchmark harness: how a suite measures, and the row every measurement becomes. Suites live in
 * tests/bench/suites/ and are registered in suites/index.ts; run.ts prints their rows as a table or JSON.
 */

import { seededRandom } from '../seeded-random.ts';

/** Re-exported for the suites: a seeded random generator, so every run measures the same text. */
export { seededRandom };

/** One measurement: a subject timed on one case. */
export interface BenchRow {
  /** What was measured on, e.g. `email-500`, `keystroke-10000`, `dots-50000`. */
  case: string;
  /** Size of the input in words (email-like text) or characters (pathological input). */
  words?: number;
  chars?: number;
  /** What was timed: `analyze`, `floor`, `retext-simplify`, `write-good`, or a suite's own subject. */
  subject: string;
  medianMs: number;
  runs: number;
}

/** How long and how often to time one subject. */
export interface MeasureOptions {
  /** Untimed runs first, so the JIT has settled (at least this many, and at least `warmupMs`). Default 3. */
  warmup?: number;
  /** Keeps warming up until this much time has passed. Default 150 ms. */
  warmupMs?: number;
  /** Runs at least this many times. Default 5. */
  minRuns?: number;
  /** Stops after this many runs. Default 200. */
  maxRuns?: number;
  /** Stops once this much time went into timed runs (after `minRuns`). Default 400 ms. */
  budgetMs?: number;
}

/**
 * The clock: wall time by default; `BENCH_CLOCK=cpu` (or `npm run bench -- --clock cpu`) times this process's
 * CPU instead, which stays honest on a machine busy with other work.
 */
export const clock: { now(): number; name: 'wall' | 'cpu' } =
  process.env.BENCH_CLOCK === 'cpu'
    ? {
        name: 'cpu',
        now() {
          const { user, system } = process.cpuUsage();
          return (user + system) / 1000;
        },
      }
    : { name: 'wall', now: () => performance.now() };

/** Times `fn` and returns its median duration. `setup` runs before each timed run, untimed. */
export function measure(fn: () => unknown, options: MeasureOptions = {}, setup?: () => void): { medianMs: number; runs: number } {
  const { warmup = 3, warmupMs = 150, minRuns = 5, maxRuns = 200, budgetMs = 400 } = options;
  const warmStart = performance.now();
  for (let i = 0; i < warmup || (performance.now() - warmStart < warmupMs && i < 2000); i++) {
    setup?.();
    fn();
  }
  const times: number[] = [];
  let spent = 0;
  while (times.length < maxRuns && (times.length < minRuns || spent < budgetMs)) {
    setup?.();
    const t0 = clock.now();
    fn();
    const dt = clock.now() - t0;
    times.push(dt);
    spent += dt;
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  const medianMs = times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
  return { medianMs, runs: times.length };
}

/** How `measureTogether` times its subjects. */
export interface TogetherOptions {
  /** Untimed runs of each subject first (at least this many, and at least `warmupMs` of them). Default 3. */
  warmup?: number;
  /** Default 150 ms per subject. */
  warmupMs?: number;
  /** Each timed batch calls a subject as often as fits in this time (once for slow ones). Default 1 ms. */
  batchMs?: number;
  /** Rounds (one batch of every subject each) at least. Default 5. */
  minRounds?: number;
  /** Rounds at most. Default 200. */
  maxRounds?: number;
  /** Stops once this much time went into timed rounds (after `minRounds`). Default 1,000 ms. */
  budgetMs?: number;
}

/**
 * Times several subjects in turns: each round times one batch of every subject, so a machine that slows down
 * or speeds up for a while (other tenants, frequency changes) shifts every subject alike and leaves their
 * ratios honest. Each batch follows one untimed call of its subject, so it runs with its own data in the caches,
 * as when it is timed alone. Returns each subject's median time per call, in the order given.
 */
export function measureTogether(
  subjects: ReadonlyArray<readonly [string, () => unknown]>,
  options: TogetherOptions = {},
): Array<{ subject: string; medianMs: number; runs: number }> {
  const { warmup = 3, warmupMs = 150, batchMs = 1, minRounds = 5, maxRounds = 200, budgetMs = 1000 } = options;
  const batches = subjects.map(([, fn]) => {
    const start = performance.now();
    let runs = 0;
    while (runs < warmup || (performance.now() - start < warmupMs && runs < 2000)) {
      fn();
      runs++;
    }
    const perCall = (performance.now() - start) / runs;
    return Math.max(1, Math.min(1000, Math.ceil(batchMs / Math.max(perCall, 1e-6))));
  });
  const times: number[][] = subjects.map(() => []);
  let spent = 0;
  for (let round = 0; round < maxRounds && (round < minRounds || spent < budgetMs); round++) {
    for (let s = 0; s < subjects.length; s++) {
      const fn = subjects[s]![1];
      const batch = batches[s]!;
      // One untimed call first: the subject before this one (retext builds megabytes of syntax tree) has filled
      // the caches with its own data, and refilling them with this subject's is not this subject's cost.
      fn();
      const t0 = clock.now();
      for (let i = 0; i < batch; i++) fn();
      const dt = clock.now() - t0;
      times[s]!.push(dt / batch);
      spent += dt;
    }
  }
  return subjects.map(([subject], s) => {
    const sorted = times[s]!.sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    const medianMs = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
    return { subject, medianMs, runs: sorted.length * batches[s]! };
  });
}

/** A group of measurements. */
export interface BenchSuite {
  name: string;
  /** One line on what it measures. */
  description: string;
  run(): BenchRow[] | Promise<BenchRow[]>;
  /** Lines saying whether the suite's goals are met, given every row of the run. */
  goals?(rows: readonly BenchRow[]): string[];
}

/** The plain regex tokenizer every ratio is taken against: one pass, nothing kept. */
export function floorTokenizer(text: string): number {
  const re = /[\p{L}\p{N}]+/gu;
  let count = 0;
  while (re.exec(text) !== null) count++;
  return count;
}

/** Finds a row. */
export function rowOf(rows: readonly BenchRow[], caseName: string, subject: string): BenchRow | undefined {
  return rows.find((r) => r.case === caseName && r.subject === subject);
}
