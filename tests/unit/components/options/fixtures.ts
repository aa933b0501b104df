/** Valid lexicon data for the options tests, built from one template so each test states only what matters. */
import type { AllowEntry, LexiconEntry } from '../../../../lexicon/schema.ts';

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
      outcomes: {
        board: `costs fall by ${i} pounds`,
        executive: `teams deliver ${i} days sooner`,
        manager: `the team saves ${i} hours`,
        staff: `you wait ${i} minutes less`,
      },
      exceptions: [`term${i} paper`],
      why: 'It is an internal product name.',
    }),
  );
}

import type { Finding } from '../../../../lexicon/types.ts';
import type { PreviewEngine } from '../../../../components/options/preview-engine.ts';

/** A stand-in for the analysis core: marks every term and variant of the given lexicon, whole words, any case. */
export const SIMPLE_ENGINE: PreviewEngine = {
  analyze(text, lexicon) {
    const findings: Finding[] = [];
    const allowed = new Set(lexicon.allow.map((a) => a.term.toLowerCase()));
    for (const e of lexicon.entries) {
      for (const form of [e.term, ...e.variants]) {
        if (allowed.has(form.toLowerCase())) continue;
        const re = new RegExp(`\\b${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi');
        for (let m = re.exec(text); m; m = re.exec(text)) {
          findings.push({
            id: `${e.id}:${m.index}`,
            start: m.index,
            end: m.index + m[0].length,
            text: m[0],
            check: 'jargon',
            severity: e.severity,
            message: `“${m[0]}” is IT jargon.`,
            suggestions: [{ kind: 'plain', text: e.plain[0]! }],
            entryId: e.id,
          });
        }
      }
    }
    return findings;
  },
};
