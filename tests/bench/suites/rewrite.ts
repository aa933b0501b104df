/**
 * Rewriting one sentence: plain, outcome and analogy for one audience, with the grammar and fact checks, after
 * the matcher found the terms. Goal: at most 20 ms for any sentence of up to 60 words. Each case also times
 * compromise's tagger alone on the same sentence (the one cost a rewrite cannot avoid) and the floor tokenizer.
 * Sentences over 60 words get plain replacements only, without the tagger, and are timed too.
 *
 * Run alone: npm run bench -- --only rewrite
 */
import { builtInLexicon, matchText } from '../../../lexicon/index.ts';
import { builtInAnalogies } from '../../../lexicon/data/index.ts';
import { buildWorksheet, countWords, MAX_REWRITE_WORDS, rewriteSentence } from '../../../lexicon/rewrite/index.ts';
import { tagSentence, warmUpLanguage } from '../../../lexicon/rewrite/language.ts';
import { AUDIENCES } from '../../../lexicon/schema.ts';
import { floorTokenizer, measure, type BenchRow, type BenchSuite } from '../harness.ts';

/** Milliseconds a rewrite of a sentence of up to `MAX_REWRITE_WORDS` words may take. */
export const REWRITE_GOAL_MS = 20;

/** Sentences from a weekly IT report, shortest first; the last is just under the 60-word bound. */
const SENTENCES: readonly string[] = [
  'We migrated the Exchange DAG to O365 last weekend.',
  'From Monday 3 June, conditional access will require MFA for every admin account, and the VPN client will update itself on all 1,450 endpoints.',
  'This quarter the infrastructure team moved 40 on-premises servers to Azure, replaced the ageing firewall at the Leeds office, and tested failover for the finance system twice, while SLA compliance stayed above 98% for every month.',
  'Over the weekend we deployed the new load balancer in front of the customer portal, moved the DNS records for the marketing site, enforced MFA through conditional access for all 2,400 staff, patched every Kubernetes cluster node in both data centres and rebooted the VPN gateway at 02:10, so portal latency fell from 900ms to 250ms.',
];

/** A sentence over the bound: plain replacements only. */
const LONG =
  SENTENCES.slice(1)
    .map((s) => s.replace(/\.$/, ''))
    .join(', and ') + '.';

const TIMING = { warmup: 5, minRuns: 20, maxRuns: 200, budgetMs: 600 };

export const rewriteSuite: BenchSuite = {
  name: 'rewrite',
  description: `rewriting one sentence for an audience, with grammar and fact checks (goal: at most ${REWRITE_GOAL_MS} ms up to ${MAX_REWRITE_WORDS} words)`,
  run() {
    const lexicon = builtInLexicon();
    warmUpLanguage();
    const rows: BenchRow[] = [];
    let turn = 0;
    for (const text of [...SENTENCES, LONG]) {
      const words = countWords(text);
      const name = `${words > MAX_REWRITE_WORDS ? 'plain-only' : 'rewrite'}-${words}`;
      const matches = matchText(lexicon, text);
      rows.push({ case: name, words, subject: 'floor', ...measure(() => floorTokenizer(text), TIMING) });
      if (words <= MAX_REWRITE_WORDS)
        rows.push({ case: name, words, subject: 'compromise-tag', ...measure(() => tagSentence(text), TIMING) });
      // Audiences take turns, so no run is a repeat of the one before.
      rows.push({
        case: name,
        words,
        subject: 'rewriteSentence',
        ...measure(() => rewriteSentence({ text, matches, analogies: builtInAnalogies, audience: AUDIENCES[turn++ % 4] }), TIMING),
      });
    }
    const longest = SENTENCES[SENTENCES.length - 1]!;
    const matches = matchText(lexicon, longest);
    rows.push({
      case: `worksheet-${countWords(longest)}`,
      words: countWords(longest),
      subject: 'buildWorksheet',
      ...measure(() => buildWorksheet({ text: longest, matches, audience: 'board' }), TIMING),
    });
    return rows;
  },
  goals(rows) {
    const timed = rows.filter((r) => r.subject === 'rewriteSentence' && (r.words ?? 0) <= MAX_REWRITE_WORDS);
    const worst = timed.reduce((a, b) => (b.medianMs > a.medianMs ? b : a), timed[0]!);
    if (!worst) return [];
    const tag = rows.find((r) => r.case === worst.case && r.subject === 'compromise-tag');
    const share = tag ? ` (${(worst.medianMs / tag.medianMs).toFixed(1)}× compromise's tagger on the same sentence)` : '';
    return [
      `${worst.medianMs <= REWRITE_GOAL_MS ? 'PASS' : 'FAIL'}  rewriting a sentence of up to ${MAX_REWRITE_WORDS} words in at most ${REWRITE_GOAL_MS} ms: slowest ${worst.case} at ${worst.medianMs.toFixed(2)} ms${share}`,
    ];
  },
};
