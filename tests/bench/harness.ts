/**
 * The benchmark harness: how a suite measures, and the row every measurement becomes. Suites live in
 * tests/bench/suites/ and are registered in suites/index.ts; run.ts prints their rows as a table or JSON.
 */

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

/** A small deterministic random generator (mulberry32), so every run measures the same text. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Finds a row. */
export function rowOf(rows: readonly BenchRow[], caseName: string, subject: string): BenchRow | undefined {
  return rows.find((r) => r.case === caseName && r.subject === subject);
}
