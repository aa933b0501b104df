/**
 * Hostile and odd inputs up to 200,000 characters: no spaces, 50,000 dots, one 10,000-word sentence, emoji,
 * right-to-left scripts, zero-width characters, random Unicode, HTML fragments. Goal: none above 100 ms.
 */
import { analyzeMessage } from '../../../lexicon/analyze/analyzer.ts';
import { resolveConfig } from '../../../lexicon/index.ts';
import { floorTokenizer, measure, seededRandom, type BenchRow, type BenchSuite } from '../harness.ts';

const random = seededRandom(99);
const repeatTo = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
const randomUnicode = (chars: number) => {
  let out = '';
  while (out.length < chars) out += String.fromCodePoint(Math.floor(random() * 0x2ffff));
  return out.slice(0, chars);
};

/** The inputs, by case name. */
export const PATHOLOGICAL_CASES: ReadonlyArray<readonly [string, () => string]> = [
  ['no-spaces-200000', () => repeatTo('serverDNSloadbalancerVPN', 200_000)],
  ['dots-50000', () => '.'.repeat(50_000)],
  [
    'one-sentence-10000',
    () =>
      Array.from(
        { length: 10_000 },
        (_, i) => ['we', 'migrated', 'the', 'server', 'and', 'DNS', 'load', 'balancer', 'so', 'that'][i % 10],
      ).join(' '),
  ],
  ['emoji-200000', () => repeatTo('🙂👍🏽👨‍👩‍👧 server 🚀', 200_000)],
  ['rtl-200000', () => repeatTo('مرحبا بالعالم שלום עולם server VPN ', 200_000)],
  ['zero-width-200000', () => repeatTo('ser\u200bver D\u200cNS\u200d \ufeffVPN\u200f ', 200_000)],
  ['random-unicode-200000', () => randomUnicode(200_000)],
  ['html-200000', () => repeatTo('<div onclick="alert(1)"><script>server()</script><a href="https://x.io/a">VPN</a></div>\n', 200_000)],
  ['quotes-200000', () => repeatTo('> quoted server line\n', 200_000)],
  ['one-line-per-word-50000', () => repeatTo('server\n', 50_000 * 7)],
  ['urls-200000', () => repeatTo('https://example.com/a/b?c=d&e=f ', 200_000)],
  ['backticks-200000', () => repeatTo('`a', 200_000)],
  ['hyphens-200000', () => repeatTo('load-balancer-', 200_000)],
  // Address-like chunks that end in long runs of punctuation, and lines of spaces under a wrapped "On …" header:
  // both were quadratic in lexicon/analyze/regions.ts once.
  ['address-dot-runs-200000', () => repeatTo(`http://a${'.'.repeat(2_000)}x `, 200_000)],
  ['address-bracket-runs-200000', () => repeatTo(`acme.io${')'.repeat(2_000)}x `, 200_000)],
  ['wrapped-header-spaces-200000', () => repeatTo(`On x\n${' '.repeat(290)}\n`, 200_000)],
];

/** Hostile inputs, each against the floor tokenizer. */
export const pathologicalSuite: BenchSuite = {
  name: 'pathological',
  description: 'analyze() on hostile inputs up to 200,000 characters (goal: none above 100 ms)',
  run() {
    const config = resolveConfig({});
    const rows: BenchRow[] = [];
    for (const [name, make] of PATHOLOGICAL_CASES) {
      const text = make();
      for (const [subject, fn] of [
        ['floor', () => floorTokenizer(text)],
        ['analyze', () => analyzeMessage(text, config)],
      ] as const) {
        const { medianMs, runs } = measure(fn, { warmup: 1, minRuns: 3, maxRuns: 15, budgetMs: 600 });
        rows.push({ case: name, chars: text.length, subject, medianMs, runs });
      }
    }
    return rows;
  },
  goals(rows) {
    const ours = rows.filter((r) => r.subject === 'analyze' && PATHOLOGICAL_CASES.some(([name]) => name === r.case));
    if (!ours.length) return [];
    const worst = ours.reduce((a, b) => (b.medianMs > a.medianMs ? b : a));
    return [
      `${worst.medianMs <= 100 ? 'PASS' : 'FAIL'}  no pathological input above 100 ms: slowest ${worst.case} ${worst.medianMs.toFixed(1)} ms`,
    ];
  },
};
