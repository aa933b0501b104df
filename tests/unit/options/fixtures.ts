/** Valid lexicon data for the options tests, built from one template so each test states only what matters. */
import type { AllowEntry, LexiconEntry } from '../../../lexicon/schema.ts';

/** A complete, valid entry; `overrides` change what the test is about. */
export function entry(id: string, overrides: Partial<LexiconEntry> = {}): LexiconEntry {
  return {
    id,
    term: id.replace(/-/g, ' '),
    variants: [],
    caseSensitive: false,
    noInflect: false,
    category: 'infrastructure',
    severity: 'medium',
    plain: [`plain words for ${id}`],
    explanation: `What ${id} means, in one sentence.`,
    analogies: [],
    exceptions: [],
    disabled: false,
    ...overrides,
  };
}

export function allow(term: string, reason = '', added = '2026-01-02T03:04:05.000Z'): AllowEntry {
  return { term, reason, added };
}

/** `count` distinct entries with full fields, like a large organisation file. */
export function manyEntries(count: number): LexiconEntry[] {
  return Array.from({ length: count }, (_, i) =>
    entry(`term-${i}`, {
      term: `Term${i}`,
      variants: [`T${i}X`, `term ${i} system`],
      plain: [`plain phrase ${i}`, `another phrase ${i}`],
      explanation: `Term${i} is a made-up system used to test large lexicons.`,
      benefit: `people get their work done ${i} minutes sooner`,
      outcomes: { board: `costs fall by ${i} pounds`, executive: `teams deliver ${i} days sooner`, manager: `the team saves ${i} hours`, staff: `you wait ${i} minutes less` },
      exceptions: [`term${i} paper`],
      why: 'It is an internal product name.',
    }),
  );
}
