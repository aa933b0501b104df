/**
 * Whether a sentence reports something done, a fault, or something not done. "…so that staff can work from home"
 * fits "We upgraded the VPN", but after "The VPN is down" it would read as if the fault helped, and after "We did
 * not upgrade the VPN" it would claim a benefit nobody got.
 */
import type { SentenceParse } from './parse.ts';

/** What the sentence reports, as far as the outcome clause cares. */
export type Polarity =
  /** Work done or planned: the outcome follows with "so that". */
  | 'done'
  /** A fault that is still going on: the outcome follows as what returns "once this is fixed". */
  | 'fault'
  /** A fault in the past with no word on the fix: no outcome can be claimed. */
  | 'past-fault'
  /** The main verb is negated ("did not migrate", "no longer supports"): no outcome can be claimed. */
  | 'negated';

const FAULT =
  /\b(?:(?:is|are|was|were|went|goes|been|be|still|currently)\s+(?:\w+\s+)?down|outages?|offline|unavailable|unreachable|inaccessible|not\s+(?:working|responding|available|loading|connecting|syncing|syncing|reachable|accessible|starting|sending|receiving|opening|printing)|fail(?:ed|ing|s|ures?)?|broken|crash(?:ed|es|ing)?|slow(?:er|ness)?|sluggish|degraded|intermittent(?:ly)?|disrupt(?:ed|ions?)|interrupt(?:ed|ions?)|issues?|problems?|errors?|incidents?|faults?|bugs?|cannot|can't|can’t|unable|expired|compromised|breach(?:ed|es)?|attack(?:ed|s)?|stuck|hung|freezing|frozen|delayed|lagging|lose|loses|losing|exhausted|exhaustion|ran out|run(?:ning)? out|(?:is|are|was|were|got)\s+full|dropp(?:ed|ing)\s+out)\b/i;
/** Words that say the fault is being removed or prevented, which makes the sentence about the fix. */
const REMEDY =
  /\b(?:resolved|restored|fixed|repaired|recovered|mitigated|back\s+(?:up|online|to normal)|working again|closed|patched|replaced|prevent(?:s|ed|ing)?|protect(?:s|ed|ing)?|block(?:s|ed|ing)?|stop(?:s|ped|ping)?|avoid(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|cut(?:s|ting)?|improv(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|upgraded|fix(?:es)?|restart(?:s|ed|ing)?|recover(?:s|ed|ing)?|handl(?:e|es|ed|ing)|detect(?:s|ed|ing)?|catch(?:es|ing)?|caught|surviv(?:e|es|ed|ing)|fewer|less|so that|to ensure|for (?:the|a|an|this|that|our)\s+(?:[\w-]+\s+){0,2}(?:crash|bug|issue|problem|error|fault|outage|flaw|vulnerability)(?:es|s)?)\b/i;
const NEGATION = /\b(?:not|never|no longer|n't|n’t|cannot)\b/i;

/** Judges a parsed sentence; words inside `terms` (the jargon) are ignored, so "failover" is no failure. */
export function sentencePolarity(sentence: string, parse: SentenceParse, terms: readonly { start: number; end: number }[]): Polarity {
  let text = sentence;
  for (const t of terms) text = text.slice(0, t.start) + ' '.repeat(t.end - t.start) + text.slice(t.end);
  // "with no failed releases", "zero errors", "fewer outages": a fault word that is counted out is good news.
  text = text.replace(new RegExp(`\\b(?:no|zero|without|fewer|less|never|nor)\\s+(?:[\\w-]+\\s+)?(?:${FAULT.source})`, 'gi'), (m) =>
    ' '.repeat(m.length),
  );
  const fault = FAULT.test(text) && !REMEDY.test(text);
  const first = parse.verbs[0];
  // Past when the verb group starts with a past form ("was", "failed", "had"); "will be deployed" and "has been
  // down" are not over yet.
  const lead = first ? parse.words.find((w) => w.start >= first.start && w.end <= first.end) : undefined;
  const past =
    !!lead && (lead.tags.has('PastTense') || /^(?:was|were|had|did|went)$/i.test(lead.text)) && !/\b(?:still|currently|now)\b/i.test(text);
  if (fault) return past ? 'past-fault' : 'fault';
  // A negation inside the main verb group, or right after it ("is no longer", "did not").
  if (first) {
    const around = sentence.slice(first.start, Math.min(sentence.length, first.end + 12));
    if (NEGATION.test(around) || /\bno longer\b/i.test(sentence.slice(Math.max(0, first.start - 12), first.end))) return 'negated';
  }
  return 'done';
}
