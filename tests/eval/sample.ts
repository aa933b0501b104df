/**
 * A fixed, seeded sample of rewritten sentences for blind judging against ../shared/REWRITE-RUBRIC.md. The sheet a
 * judge reads holds the corpus's words, so it is written outside the repository (test-results/ is not committed);
 * what is kept in tests/rewrite-quality/ names each sentence by corpus id and offsets, never by its text.
 */
import type { RewrittenSentence, SuggestionKind } from './rewrites.ts';
import { SUGGESTION_KINDS } from './rewrites.ts';
import { seededRandom } from '../seeded-random.ts';

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** One judged item: a sentence for one audience, by reference, and which suggestions it had. */
export interface SampleItem {
  n: number;
  id: string;
  start: number;
  end: number;
  audience: RewrittenSentence['audience'];
  kinds: SuggestionKind[];
}

/**
 * Draws `size` sentence-audience rows that have at least one suggestion: every row with an outcome or an analogy
 * first (they are rarer, and each needs judging), at most one row per sentence, then plain-only rows, all in a
 * seeded order, so each kind of suggestion is judged.
 */
export function drawSample(
  rows: readonly RewrittenSentence[],
  size: number,
  seed: number,
): { items: SampleItem[]; rows: RewrittenSentence[] } {
  const random = seededRandom(seed);
  const offered = shuffle(
    rows.filter((r) => SUGGESTION_KINDS.some((k) => r.suggestions[k])),
    random,
  );
  const rich = offered.filter((r) => r.suggestions.outcome || r.suggestions.analogy);
  const plainOnly = offered.filter((r) => !r.suggestions.outcome && !r.suggestions.analogy);
  const picked: RewrittenSentence[] = [];
  const seen = new Set<string>();
  for (const row of [...rich, ...plainOnly]) {
    const key = `${row.id}:${row.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    picked.push(row);
    if (picked.length >= size) break;
  }
  const ordered = shuffle(picked, random);
  return {
    rows: ordered,
    items: ordered.map((r, i) => ({
      n: i + 1,
      id: r.id,
      start: r.start,
      end: r.end,
      audience: r.audience,
      kinds: SUGGESTION_KINDS.filter((k) => r.suggestions[k]),
    })),
  };
}

const AUDIENCE_NAMES = { board: 'the board', executive: 'executives', manager: 'a department manager', staff: 'staff' } as const;

/** The sheet a judge reads: each original sentence, the reader it was rewritten for, and its suggestions. */
export function judgingSheet(rows: readonly RewrittenSentence[]): string {
  const out: string[] = [];
  rows.forEach((row, i) => {
    out.push(`## Item ${i + 1} (reader: ${AUDIENCE_NAMES[row.audience]})`, '', `Original: ${row.original.replace(/\s+/g, ' ')}`, '');
    for (const kind of SUGGESTION_KINDS) {
      const text = row.suggestions[kind];
      if (text) out.push(`- ${kind}: ${text.replace(/\s+/g, ' ')}`);
    }
    out.push('');
  });
  return out.join('\n');
}
