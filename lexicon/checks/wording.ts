/**
 * The machinery shared by the three wording checks (us-and-them, self-undermining, discouraging): each is a
 * phrase table (data) and a principle from docs/principles.md; this turns a table into a check. A phrase may refuse
 * to fire next to certain words ("the business" is fine in "the rest of the business" or "the business case").
 */
import type { Severity } from '../schema.ts';
import type { CheckId, Suggestion } from '../types.ts';
import { normalizePhrase, type Token } from '../match/tokenize.ts';
import { compilePhraseList, expandPattern, phraseSteps, type PhraseHit } from '../match/trie.ts';
import type { Check, DraftFinding } from './types.ts';
import { capitalize, NO_FINDINGS, sentenceStarts } from './types.ts';

/** One row of a wording table. */
export interface WordingPhrase {
  /** The phrase, with `{a|b}` choices (see `expandPattern`). Matching ignores case. */
  pattern: string;
  /** A plain replacement; `null` offers to delete the phrase; absent offers nothing (the writer must rephrase). */
  replacement?: string | null;
  /** What to write instead, said to the writer. */
  advice: string;
  /** Words (or phrases) just before the match that make it ordinary, e.g. "rest of" before "the business". */
  notAfter?: readonly string[];
  /** Words just after the match that make it ordinary, e.g. "case" after "the business". */
  notBefore?: readonly string[];
  severity?: Severity;
}

/** Everything a wording check is made of. */
export interface WordingCheckSpec {
  id: CheckId;
  /** The reasoning of its principle (docs/principles.md), ending every message. */
  principle: string;
  phrases: readonly WordingPhrase[];
}

interface CompiledPhrase {
  row: WordingPhrase;
  notAfter: string[][];
  notBefore: Set<string>;
}

function wordsOf(phrase: string): string[] {
  return phraseSteps(phrase)?.tokens.map((t) => t.lower) ?? [];
}

function precededBy(tokens: readonly Token[], first: number, words: readonly string[]): boolean {
  if (first < words.length) return false;
  return words.every((word, k) => tokens[first - words.length + k]!.lower === word);
}

/** Builds a check from a wording table. */
export function createWordingCheck(spec: WordingCheckSpec): Check {
  const rows: CompiledPhrase[] = spec.phrases.map((row) => ({
    row,
    notAfter: (row.notAfter ?? []).flatMap((p) => expandPattern(p)).map(wordsOf),
    notBefore: new Set(
      (row.notBefore ?? [])
        .flatMap((p) => expandPattern(p))
        .map((p) => wordsOf(p)[0]!)
        .filter(Boolean),
    ),
  }));
  const list = compilePhraseList(rows.map((value) => ({ pattern: value.row.pattern, value })));
  const accept = (tokens: readonly Token[]) => (hit: PhraseHit<CompiledPhrase>) => {
    const { notAfter, notBefore } = hit.value;
    if (notAfter.some((words) => precededBy(tokens, hit.first, words))) return false;
    const next = tokens[hit.end];
    return !(next && notBefore.has(next.lower));
  };
  return {
    id: spec.id,
    inUnit(unit) {
      // Most paragraphs hold no first word of any phrase: the word index says so without a look at a token.
      if (!(unit.flags & list.bit)) return NO_FINDINGS;
      const { tokens, masked, text } = unit;
      const hits = list.findIn(unit, 0, tokens.length, accept(tokens));
      if (!hits.length) return NO_FINDINGS;
      const starts = sentenceStarts(unit);
      const findings: DraftFinding[] = hits.map((hit) => {
        const { row } = hit.value;
        const start = tokens[hit.first]!.start;
        const end = tokens[hit.end - 1]!.end;
        const written = text.slice(start, end);
        const atStart = starts.has(hit.first);
        const suggestions: Suggestion[] = [];
        if (row.replacement === null) {
          // Delete the words and the space after them; re-capitalise the next word at a sentence start.
          const next = tokens[hit.end];
          if (next && /^\s+$/.test(masked.slice(end, next.start))) {
            suggestions.push(
              atStart
                ? { kind: 'remove', text: next.text[0]!.toUpperCase(), start, end: next.start + 1 }
                : { kind: 'remove', text: '', start, end: next.start },
            );
          } else suggestions.push({ kind: 'remove', text: '', start, end });
        } else if (row.replacement) {
          suggestions.push({ kind: 'plain', text: atStart ? capitalize(row.replacement) : row.replacement });
        }
        return {
          start,
          end,
          severity: row.severity ?? 'low',
          key: normalizePhrase(written),
          message: `"${written}": ${row.advice} ${spec.principle}`,
          suggestions,
        };
      });
      return { findings };
    },
  };
}
