/**
 * Benchmark: rewriting one sentence (goal: at most 20 ms for a sentence of up to 60 words, warm). Each case runs
 * `rewriteSentence` for all four audiences in turn on a sentence with several lexicon terms, after the matcher
 * found them; the time per rewrite is reported. The baseline is compromise's tagger on the 60-word sentence,
 * measured in the same run: the one cost a rewrite cannot avoid. Sentences over 60 words get plain
 * replacements only, without the tagger, and are measured too.
 *
 * Run alone: npx tsx tests/bench/suites/rewrite.ts [--json]
 */
import { builtInLexicon, matchText } from '../../../lexicon/index.ts';
import { builtInAnalogies } from '../../../lexicon/data/index.ts';
import { buildWorksheet, countWords, MAX_REWRITE_WORDS, rewriteSentence } from '../../../lexicon/rewrite/index.ts';
import { tagSentence, warmUpLanguage } from '../../../lexicon/rewrite/language.ts';
import { AUDIENCES } from '../../../lexicon/schema.ts';

/** A timed piece of work. */
export interface BenchCase {
  name: string;
  /** Words in the sentence it works on. */
  words: number;
  run(): void;
}

/** Milliseconds a rewrite of a sentence of up to `MAX_REWRITE_WORDS` words may take. */
export const REWRITE_GOAL_MS = 20;

const SENTENCES = {
  'rewrite-9': 'We migrated the Exchange DAG to O365 last weekend.',
  'rewrite-25': 'From Monday 3 June, conditional access will require MFA for every admin account, and the VPN client will update itself on all 1,450 endpoints.',
  'rewrite-40':
    'This quarter the infrastructure team moved 40 on-premises servers to Azure, replaced the ageing firewall at the Leeds office, and tested failover for the finance system twice, while SLA compliance stayed above 98% for every month.',
  'rewrite-60':
    'Over the weekend we deployed the new load balancer in front of the customer portal, moved the DNS records for the marketing site, enforced MFA through conditional access for all 2,400 staff, patched every Kubernetes cluster node in both data centres and rebooted the VPN gateway at 02:10, so portal latency fell from 900ms to 250ms.',
} as const;

/** A long sentence (over the 60-word bound): plain replacements only, no tagger. */
const LONG = Array.from({ length: 5 }, () => SENTENCES['rewrite-40']).join(' and ').replace(/\.(?= and )/g, '');

/** The rewrite suite: a baseline and the cases to compare with it. */
export function rewriteSuite(): { name: string; baseline: BenchCase; cases: BenchCase[] } {
  const lexicon = builtInLexicon();
  warmUpLanguage();
  let turn = 0;
  const rewriteCase = (name: string, text: string): BenchCase => {
    const matches = matchText(lexicon, text);
    return {
      name,
      words: countWords(text),
      run: () => void rewriteSentence({ text, matches, analogies: builtInAnalogies, audience: AUDIENCES[turn++ % AUDIENCES.length] }),
    };
  };
  const sixty = SENTENCES['rewrite-60'];
  if (countWords(sixty) > MAX_REWRITE_WORDS) throw new Error(`the 60-word case has ${countWords(sixty)} words`);
  return {
    name: 'rewrite one sentence (plain, outcome, analogy; grammar and fact checks)',
    baseline: { name: 'compromise tagger, 60 words (floor)', words: countWords(sixty), run: () => void tagSentence(sixty) },
    cases: [
      ...Object.entries(SENTENCES).map(([name, text]) => rewriteCase(name, text)),
      {
        name: 'worksheet-60',
        words: countWords(sixty),
        run: () => void buildWorksheet({ text: sixty, matches: matchText(lexicon, sixty), audience: 'board' }),
      },
      rewriteCase(`plain-only-${countWords(LONG)}`, LONG),
    ],
  };
}

/** Median milliseconds of `runs` timed runs after `warmup` untimed ones. */
export function measure(run: () => void, runs = 41, warmup = 8): number {
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

/** One row per case, in the bench's JSON row shape. */
export function runRewriteBench(): { case: string; words: number; subject: string; medianMs: number }[] {
  const suite = rewriteSuite();
  const rows = [{ case: 'tag-60', words: suite.baseline.words, subject: 'compromise', medianMs: measure(suite.baseline.run) }];
  for (const c of suite.cases) rows.push({ case: c.name, words: c.words, subject: c.name.startsWith('worksheet') ? 'buildWorksheet' : 'rewriteSentence', medianMs: measure(c.run) });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = runRewriteBench();
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
  else {
    const base = rows[0]!.medianMs;
    console.log(rewriteSuite().name);
    for (const row of rows) {
      const over = row.words <= MAX_REWRITE_WORDS && row.medianMs > REWRITE_GOAL_MS && row.subject !== 'compromise' ? `   OVER the ${REWRITE_GOAL_MS} ms goal` : '';
      console.log(`  ${row.case.padEnd(20)} ${String(row.words).padStart(4)} words ${row.medianMs.toFixed(2).padStart(8)} ms ${(row.medianMs / base).toFixed(1).padStart(6)}x${over}`);
    }
  }
}
