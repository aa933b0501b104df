/**
 * Check 1: IT jargon from the lexicon. The matching itself happens once per paragraph (unit.terms); this check
 * turns each match into a finding with the entry's plain wording and its reason.
 */
import type { Check, DraftFinding } from './types.ts';
import { capitalize, sentenceStarts } from './types.ts';

/** Why the check exists, quoted in every message that has no reason of its own. */
const FALLBACK_REASON = 'Readers outside IT skip words they do not know, and the point of the sentence goes with them.';

/** Marks lexicon terms and offers the entry's plain phrases. */
export const jargonCheck: Check = {
  id: 'jargon',
  kind: 'jargon',
  title: 'IT jargon',
  description: 'Marks IT terms a colleague outside IT may not know and offers plain words for them.',
  inUnit(unit) {
    if (!unit.terms.length) return { findings: [] };
    const starts = sentenceStarts(unit);
    // A term repeated many times shares one message and one suggestion list (hostile input repeats thousands).
    const shared = new Map<string, { message: string; suggestions: DraftFinding['suggestions'] }>();
    const findings: DraftFinding[] = unit.terms.map((match) => {
      const { entry } = match;
      const atStart = starts.has(match.firstToken);
      const sharedKey = `${entry.id}\u0000${match.text}\u0000${atStart}`;
      let texts = shared.get(sharedKey);
      if (!texts) {
        const plain = entry.plain.map((p) => (atStart ? capitalize(p) : p));
        const reason = entry.why ?? entry.explanation ?? FALLBACK_REASON;
        texts = {
          message: `"${match.text}" is IT jargon. Write "${plain[0]}" instead. ${reason}`,
          suggestions: plain.map((text) => ({ kind: 'plain' as const, text })),
        };
        shared.set(sharedKey, texts);
      }
      return { start: match.start, end: match.end, severity: entry.severity, key: entry.id, entryId: entry.id, message: texts.message, suggestions: texts.suggestions };
    });
    return { findings };
  },
};
