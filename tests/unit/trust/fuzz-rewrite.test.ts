/**
 * Hostile text never breaks the rewrite engine: 10,000 generated inputs from a fixed seed, each split into
 * sentences, one sentence (preferably one naming a lexicon term) rewritten for a random audience, with the
 * built-in lexicon and analogies. Some requests also carry junk matches (overlapping, reversed, out of range)
 * and some use hostile lexicon entries (markup in the plain phrase, no benefit or outcomes).
 *
 * For every result: nothing throws; every suggestion offered is a complete sentence (the engine's own grammar
 * gate, run again from outside) that keeps every fact of the original outside the replaced terms; replacement
 * offsets slice the original; a refusal carries its reason and message; and no call exceeds a hang bound.
 * The time bound detects hangs, it is not a speed measurement (see `npm run bench`).
 */
import { describe, expect, it } from 'vitest';
import { builtInAnalogies, builtInEntries } from '../../../lexicon/data/index.ts';
import { AUDIENCES, type LexiconEntry } from '../../../lexicon/schema.ts';
import {
  buildWorksheet,
  checkFacts,
  checkSentenceQuality,
  composeWorksheetSentence,
  rewriteSentence,
  splitSentences,
  UNSAFE_MESSAGES,
  type JargonMatch,
  type RewriteResult,
} from '../../../lexicon/rewrite/index.ts';
import { normalizeMatches } from '../../../lexicon/rewrite/plain.ts';
import { hasFinalPunctuation } from '../../../lexicon/rewrite/quality.ts';
import { HOSTILE_KINDS, hugeMessage, seededRandom } from './hostile-text.ts';
import { termFinder } from './lexicon-lookup.ts';

const SEED = 20261123;
const RUN_TIMEOUT_MS = 600_000;
const INPUTS = 10_000;
/** A single call taking longer than this is a hang, whatever the machine. */
const HANG_MS = 5_000;

const findTerms = termFinder(builtInEntries);

/** Entries with hostile but schema-valid content, as a user or an organisation could write them. */
function hostileEntry(base: LexiconEntry, r: () => number): LexiconEntry {
  const payloads = [
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '{{constructor}}',
    '$& $1 $$',
    '\u202Eevil',
    'a '.repeat(59) + 'b',
  ];
  const payload = payloads[Math.floor(r() * payloads.length)]!;
  const variant = Math.floor(r() * 3);
  if (variant === 0) return { ...base, plain: [payload, ...base.plain] };
  if (variant === 1) return { ...base, benefit: undefined, outcomes: undefined, analogies: [] };
  return { ...base, benefit: payload.replace(/[.!?]+$/, ''), plain: [payload] };
}

/** Matches that no honest matcher would give: overlapping, reversed, empty, outside the sentence. */
function junkMatches(sentence: string, r: () => number): JargonMatch[] {
  const entry = () => builtInEntries[Math.floor(r() * builtInEntries.length)]!;
  const at = () => Math.floor(r() * (sentence.length + 10)) - 5;
  return Array.from({ length: 1 + Math.floor(r() * 4) }, () => {
    const start = at();
    const end = r() < 0.2 ? start : r() < 0.2 ? start - 3 : at();
    return { start, end, entry: entry() };
  });
}

const WORDS_THAT_BETRAY_A_BUG = /\b(?:undefined|null|NaN|\[object Object\])\b/;

/** Throws with a replayable description when a result breaks the engine's promises. */
function expectTrustworthy(sentence: string, matches: readonly JargonMatch[], result: RewriteResult): void {
  const fail = (what: string) => {
    throw new Error(`${what}\nsentence: ${JSON.stringify(sentence.slice(0, 300))}\nresult: ${JSON.stringify(result).slice(0, 600)}`);
  };
  if (result.original !== sentence) fail('original is not the sentence given');
  const kept = normalizeMatches(sentence, matches);
  for (const [name, candidate] of [
    ['plain', result.plain],
    ['outcome', result.outcome],
    ['analogy', result.analogy],
  ] as const) {
    if (candidate === null) continue;
    if (typeof candidate !== 'string' || !candidate.trim()) fail(`${name} is empty`);
    // A heading or list item without a full stop keeps having none; anything else must be a whole sentence.
    const open = !hasFinalPunctuation(sentence);
    const problems = checkSentenceQuality(candidate).filter((p) => !(open && p === 'has no final punctuation'));
    if (problems.length) fail(`${name} is a broken sentence: ${problems.join('; ')}`);
    const facts = checkFacts(sentence, candidate, { exempt: kept });
    if (!facts.ok) fail(`${name} lost facts: ${facts.missing.join(', ')}`);
    if (WORDS_THAT_BETRAY_A_BUG.test(candidate) && !WORDS_THAT_BETRAY_A_BUG.test(sentence))
      fail(`${name} contains a leaked JavaScript value`);
  }
  // Names and words the reader knows stay as written: a sentence with only those has no plain wording to offer.
  const replaceable = kept.some((m) => !m.entry.familiar && !m.entry.name);
  if (result.outcome !== null && result.plain === null && replaceable) fail('an outcome without a plain rewrite');
  // An analogy is a sentence of its own after the plain wording (or the writer's sentence when there is none).
  if (result.analogy !== null && (!result.analogy.startsWith(`${result.plain ?? sentence} `) || !result.analogyId))
    fail('an analogy not built on the plain wording');
  if (result.unsafe) {
    if (UNSAFE_MESSAGES[result.unsafe.reason] !== result.unsafe.message) fail(`unknown refusal ${result.unsafe.reason}`);
  } else if ((result.plain === null && replaceable) || result.outcome === null) fail('a suggestion is missing without a reason');
  let last = -1;
  for (const rep of result.replacements) {
    if (!(Number.isInteger(rep.start) && Number.isInteger(rep.end) && rep.start >= 0 && rep.start < rep.end && rep.end <= sentence.length))
      fail(`replacement offsets ${rep.start}-${rep.end}`);
    if (sentence.slice(rep.start, rep.end) !== rep.text) fail('replacement text is not the slice it names');
    if (rep.start < last) fail('replacements overlap');
    last = rep.end;
  }
  if (!kept.length && (result.plain !== null || result.unsafe?.reason !== 'no-term')) fail('a rewrite with no term');
}

/** `text` up to the end of its `words`-th word (whatever follows, punctuation included, is dropped). */
function clipWords(text: string, words: number): string {
  let end = text.length;
  let count = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (++count === words) {
      end = m.index + m[0].length;
      break;
    }
  }
  return text.slice(0, end);
}

function timed<T>(what: string, run: () => T): T {
  const started = performance.now();
  const value = run();
  const elapsed = performance.now() - started;
  if (elapsed > HANG_MS) throw new Error(`${what} took ${elapsed.toFixed(0)} ms (hang bound ${HANG_MS} ms)`);
  return value;
}

describe('the rewrite engine under hostile text', () => {
  it(
    `keeps its promises over ${INPUTS} generated inputs (seed ${SEED})`,
    () => {
      const random = seededRandom(SEED);
      const kinds = Object.entries(HOSTILE_KINDS);
      const offered = { plain: 0, outcome: 0, analogy: 0, refused: 0 };
      for (let i = 0; i < INPUTS; i++) {
        const [kind, make] = kinds[i % kinds.length]!;
        const text = make(random);
        const sentences = splitSentences(text);
        const withTerms = sentences.filter((s) => findTerms(s.text).length);
        const pool = withTerms.length ? withTerms : sentences;
        // One in ten requests passes the whole input, as a careless caller might.
        const picked = random() < 0.1 || !pool.length ? text : pool[Math.floor(random() * pool.length)]!.text;
        // Most sentences are cut to a few words: compromise tags every word (about 80 µs each), and 10,000 full-length
        // sentences would make this a minutes-long test without finding more.
        const sentence = random() < 0.8 ? clipWords(picked, 6 + Math.floor(random() * 18)) : picked;
        let matches: JargonMatch[] = findTerms(sentence);
        if (random() < 0.1) matches = matches.map((m) => ({ ...m, entry: hostileEntry(m.entry, random) }));
        if (random() < 0.12) matches = [...matches, ...junkMatches(sentence, random)];
        const audience = AUDIENCES[Math.floor(random() * AUDIENCES.length)]!;
        let result: RewriteResult;
        try {
          result = timed(`input #${i} (${kind})`, () =>
            rewriteSentence({ text: sentence, matches, analogies: builtInAnalogies, audience }),
          );
        } catch (error) {
          throw new Error(`input #${i} (${kind}) threw: ${(error as Error).message}\n${JSON.stringify(sentence.slice(0, 300))}`, {
            cause: error,
          });
        }
        try {
          expectTrustworthy(sentence, matches, result);
        } catch (error) {
          throw new Error(`input #${i} (${kind}): ${(error as Error).message}`, { cause: error });
        }
        if (result.plain) offered.plain++;
        if (result.outcome) offered.outcome++;
        if (result.analogy) offered.analogy++;
        if (result.unsafe) offered.refused++;
      }
      // The generators mix in jargon and sentences: an engine that offered nothing at all would not be rewriting.
      expect(offered.plain).toBeGreaterThan(INPUTS / 10);
      // Outcomes only follow a change or completed work, in one short clause: few hostile inputs are either.
      expect(offered.outcome).toBeGreaterThan(INPUTS / 400);
      expect(offered.refused).toBeGreaterThan(0);
    },
    RUN_TIMEOUT_MS,
  );

  it('composes worksheets from hostile sentences without throwing, and reports lost facts and grammar honestly', () => {
    const random = seededRandom(SEED + 1);
    const kinds = Object.values(HOSTILE_KINDS);
    for (let i = 0; i < 1_000; i++) {
      const text = kinds[i % kinds.length]!(random);
      const sentence = splitSentences(text)[0]?.text ?? text;
      const matches = findTerms(sentence);
      const worksheet = timed(`worksheet #${i}`, () =>
        buildWorksheet({ text: sentence, matches, audience: AUDIENCES[i % AUDIENCES.length] }),
      );
      // Hostile edits to the columns: markup, emptiness, enormous text.
      if (i % 3 === 1) worksheet.benefit = '<img src=x onerror=alert(1)>';
      if (i % 5 === 2) worksheet.feature = '';
      if (i % 7 === 3) worksheet.outcome = 'x'.repeat(50_000);
      const composed = timed(`compose #${i}`, () => composeWorksheetSentence(worksheet));
      expect(typeof composed.text).toBe('string');
      if (!worksheet.feature.trim()) expect(composed.problems.length).toBeGreaterThan(0);
      else {
        // What the worksheet reports must agree with an independent check of the sentence it composed.
        expect(composed.problems).toEqual(checkSentenceQuality(composed.text));
        expect(composed.missingFacts).toEqual(checkFacts(sentence, composed.text, { exempt: worksheet.termRanges }).missing);
      }
    }
  });

  it.each(['prose', 'dots', 'no-spaces', 'one-sentence', 'lines'] as const)(
    'refuses or rewrites a 200,000-character %s input passed whole, without hanging',
    (shape) => {
      const text = hugeMessage(seededRandom(SEED), 200_000, shape);
      const matches = findTerms(text);
      const result = timed(shape, () => rewriteSentence({ text, matches, analogies: builtInAnalogies }));
      expectTrustworthy(text, matches, result);
      if (matches.length) expect(result.outcome).toBeNull();
    },
  );
});
