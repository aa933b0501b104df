/**
 * The rewrite table, run with the built-in lexicon and the real matcher: for every sentence and every audience,
 * the properties a user relies on. No exact strings
 * here (see rewrite-snapshots.test.ts for those): the jargon is gone, every fact is kept, the grammar checks
 * pass, the audience's own outcome is there, and the rewrite stays short enough to read.
 */
import { describe, expect, it } from 'vitest';
import { AUDIENCES } from '../../../../lexicon/schema.ts';
import { checkFacts, checkSentenceQuality, countWords, MAX_ADDED_WORDS, rewriteSentence } from '../../../../lexicon/rewrite/index.ts';
import { tidyClause } from '../../../../lexicon/rewrite/outcome.ts';
import { builtInLexicon, matchText } from '../../../../lexicon/index.ts';
import { builtInAnalogies, builtInEntries } from '../../../../lexicon/data/index.ts';
import { ALL_CASES } from './rewrite-cases.ts';

const lexicon = builtInLexicon();
const match = (text: string) => matchText(lexicon, text);
const byId = new Map(builtInEntries.map((e) => [e.id, e]));

/** Terms in a suggestion that the sentence's own words did not bring in (lexicon clauses may name a term). */
function jargonLeft(suggestion: string, addedClauses: string[]): string[] {
  return match(suggestion)
    .map((m) => suggestion.slice(m.start, m.end))
    .filter((term) => !addedClauses.some((c) => c.includes(term)));
}

/** Words that a repair may change: articles and determiners, and the verb that agrees with a replaced subject. */
const MAY_CHANGE = new Set(['a', 'an', 'the', 'our', 'is', 'are', 'was', 'were', 'has', 'have', 'do', 'does']);
const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];

/** The original's own words (outside the terms) that are missing, in order, from the plain rewrite. */
function ownWordsLost(original: string, plain: string, matches: { start: number; end: number }[]): string[] {
  let masked = original;
  for (const m of matches) masked = masked.slice(0, m.start) + ' '.repeat(m.end - m.start) + masked.slice(m.end);
  const have = words(plain);
  const lost: string[] = [];
  let k = 0;
  for (const w of words(masked)) {
    if (MAY_CHANGE.has(w)) continue;
    const at = have.indexOf(w, k);
    if (at < 0) lost.push(w);
    else k = at + 1;
  }
  return lost;
}

describe('the rewrite table', () => {
  it('has at least 60 sentences, each naming at least one term', () => {
    expect(ALL_CASES.length).toBeGreaterThanOrEqual(60);
    for (const row of ALL_CASES) expect(match(row.text).length, row.text).toBeGreaterThan(0);
  });

  describe.each(ALL_CASES)('$text', (row) => {
    const matches = match(row.text);
    const results = AUDIENCES.map((audience) => rewriteSentence({ text: row.text, matches, analogies: builtInAnalogies, audience }));

    it('offers a plain sentence with the jargon gone and every fact kept', () => {
      for (const r of results) {
        expect(r.plain).not.toBeNull();
        expect(jargonLeft(r.plain!, [])).toEqual([]);
        expect(ownWordsLost(row.text, r.plain!, matches)).toEqual([]);
        expect(checkFacts(row.text, r.plain!, { exempt: matches }).missing).toEqual([]);
        expect(checkSentenceQuality(r.plain!)).toEqual([]);
      }
    });

    if (row.unsafe) {
      it(`offers the plain wording alone, saying why (${row.unsafe})`, () => {
        for (const r of results) {
          expect(r.unsafe?.reason).toBe(row.unsafe);
          expect(r.unsafe?.message.length).toBeGreaterThan(20);
          expect(r.outcome).toBeNull();
          expect(r.analogy).toBeNull();
        }
      });
      return;
    }

    // The expected entry: the first of the row's choices that the matcher found in the sentence.
    const focus = [row.focus ?? []].flat().find((id) => matches.some((m) => m.entry.id === id)) ?? [row.focus].flat()[0];

    it('is about the right term', () => {
      for (const r of results) expect(r.focus?.entryId).toBe(focus);
    });

    it('gives each audience its own outcome, in a grammatical sentence that keeps every fact and loses the jargon', () => {
      const entry = byId.get(focus!)!;
      for (const r of results) {
        expect(r.unsafe).toBeNull();
        const outcome = r.outcome!;
        const audienceClause = tidyClause(entry.outcomes![r.audience]);
        expect(outcome).toContain(audienceClause);
        if (row.fault) expect(outcome).toContain('Once this is fixed');
        else expect(outcome).toMatch(/, so that |, which also means /);
        expect(checkSentenceQuality(outcome)).toEqual([]);
        expect(checkFacts(row.text, outcome, { exempt: matches }).missing).toEqual([]);
        expect(jargonLeft(outcome, [audienceClause, tidyClause(entry.benefit ?? '')])).toEqual([]);
        expect(countWords(outcome)).toBeLessThanOrEqual(countWords(row.text) + MAX_ADDED_WORDS);
      }
      expect(new Set(results.map((r) => r.outcome)).size).toBe(4);
    });

    it('adds the analogy in one short sentence after the outcome', () => {
      for (const r of results) {
        expect(r.analogy).not.toBeNull();
        expect(r.analogy!.startsWith(r.outcome!)).toBe(true);
        const added = r.analogy!.slice(r.outcome!.length).trim();
        expect(added).toMatch(/^(?:It works like|Think of it this way:) [^.!?]+[.!?]$/);
        expect(countWords(added)).toBeLessThanOrEqual(32);
        expect(checkSentenceQuality(r.analogy!)).toEqual([]);
        expect(checkFacts(row.text, r.analogy!, { exempt: matches }).missing).toEqual([]);
        expect(byId.get(r.focus!.entryId)!.analogies).toContain(r.analogyId);
      }
    });
  });
});
