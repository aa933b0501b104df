/**
 * Thousands of generated strings, from a fixed seed: analyze never throws, every finding's offsets slice the
 * text to exactly its `text`, and the incremental analyser agrees with a fresh analysis.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../../lexicon/analyze/analyzer.ts';
import { analyze, createAnalyzer } from '../../../../lexicon/index.ts';
import { fixtureConfig } from '../fixture-lexicon.ts';

const words = [
  'server',
  'Servers',
  'DNS',
  'dns',
  'VPN',
  'IT',
  'it',
  'AD',
  'ad',
  'load',
  'balancer',
  'load-balancer',
  'we',
  'migrated',
  'patched',
  'just',
  'the',
  'business',
  'users',
  'so',
  'that',
  'HAProxy',
  'p95',
  '40ms',
  'HTTP',
  '502',
  'ZTNA',
  '(SSO)',
  'single',
  'sign-on',
  'On',
  'wrote:',
  '>',
  '--',
  '-- ',
  '`code`',
  'https://x.com/a',
  'a@b.co',
  '/etc/hosts',
  '🙂',
  '👍🏽',
  'مرحبا',
  'שלום',
  '\u200b',
  '\u200f',
  'e\u0301',
  '\ud83d',
  '.',
  '...',
  '!',
  '?',
  ',',
  '\n',
  '\n\n',
  '  ',
  '\t',
  "we're",
  'swamped',
  'Exchange',
  'rate',
];
const partArb = fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }));
const messageArb = fc
  .array(fc.tuple(partArb, fc.constantFrom(' ', ' ', '', '\n', '. ')), { maxLength: 60 })
  .map((parts) => parts.map(([part, gap]) => part + gap).join(''));

const config = fixtureConfig();

describe('analyze on generated text', () => {
  it('never throws and every offset slices the text', () => {
    fc.assert(
      fc.property(messageArb, (text) => {
        const { findings, score } = analyzeMessage(text, config);
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThanOrEqual(f.end);
          expect(text.slice(f.start, f.end)).toBe(f.text);
          for (const s of f.suggestions) if (s.start !== undefined) expect(s.end! >= s.start && s.end! <= text.length).toBe(true);
        }
        expect(score.value).toBeGreaterThanOrEqual(0);
        expect(score.value).toBeLessThanOrEqual(100);
      }),
      { numRuns: 3000, seed: 20240601 },
    );
  }, 60_000);

  it('does the same with the built-in lexicon on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        for (const f of analyze(text).findings) expect(text.slice(f.start, f.end)).toBe(f.text);
      }),
      { numRuns: 2000, seed: 7 },
    );
  }, 60_000);

  it('agrees with a fresh analysis after random edits', () => {
    fc.assert(
      fc.property(messageArb, fc.array(fc.tuple(fc.nat(), fc.nat(5), fc.constantFrom(...words)), { maxLength: 6 }), (start, edits) => {
        const analyzer = createAnalyzer({ lexicon: config.lexicon });
        let text = start;
        analyzer.analyze(text);
        for (const [at, remove, insert] of edits) {
          const pos = text.length ? at % text.length : 0;
          text = text.slice(0, pos) + insert + text.slice(pos + remove);
          expect(analyzer.analyze(text)).toEqual(analyzeMessage(text, config));
        }
      }),
      { numRuns: 500, seed: 42 },
    );
  }, 60_000);
});
