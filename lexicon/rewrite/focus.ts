/**
 * Chooses the term a sentence is about, whose benefit and outcome the rewrite states. "We migrated the Exchange
 * DAG to O365" is about the mail system being moved, not about the migration.
 */
import { PREPOSITIONS } from '../inflect/rules.ts';
import { toInfinitive } from './language.ts';
import type { SentenceParse } from './parse.ts';
import type { JargonMatch } from './types.ts';

/** Severity separates terms in the same role, but never lifts a term over a more central role (10 apart). */
const SEVERITY_WEIGHT = { high: 4, medium: 2, low: 0 } as const;
/** Verbs of moving or replacing, where the destination is what the sentence is about ("migrated X to Y"). */
const MOVING_VERBS = new Set([
  'migrate',
  'move',
  'switch',
  'upgrade',
  'transfer',
  'convert',
  'shift',
  'port',
  'replace',
  'swap',
  'consolidate',
  'change',
  'transition',
  'update',
]);
const DESTINATION = /^(?:to|into|onto|with|for|behind|under)$/i;
/** Words that open a second clause: a term after one is not what the main clause is about. */
const CLAUSE_OPENERS = /^(?:so|because|when|while|if|unless|and|but|which|who|that|although|though|whereas|once)$/i;

/**
 * How central a term is to the sentence: 40 where something was moved to; 31 the thing acted on; 30 the action
 * itself ("patched"), so a more severe action term beats a plain object ("servers"), and on a tie the object
 * wins; 20 the actor ("Latency fell…"); 15 a term in a later phrase ("…via conditional access"); 10 a term in a
 * second clause. Severity (0-4) never lifts a term over a more central role.
 */
function roleWeight(match: JargonMatch, parse: SentenceParse | null, matches: readonly JargonMatch[]): number {
  const verb = parse?.verbs[0];
  if (!parse || !verb) return 0;
  if (match.start < verb.end && match.end > verb.start) return 32; // The term is the action: "we patched…".
  // The subject; in "X was patched" or "X goes live" it is what changes.
  if (match.end <= verb.start) return verb.passive || verb.copula || /^\s+(?:live|online)\b/i.test(parse.text.slice(verb.end)) ? 31 : 20;
  // After the verb: the direct object scores highest, a term inside a later prepositional phrase a little less.
  // Words of other terms ("on" in "on-premises") are not prepositions of this sentence.
  const between = parse.words.filter(
    (w) => w.start >= verb.end && w.end <= match.start && !matches.some((m) => w.start >= m.start && w.end <= m.end),
  );
  const nextVerb = parse.verbs[1];
  if (nextVerb && match.start > nextVerb.start) return 10; // A second clause: less central than the first.
  if (between.some((w) => CLAUSE_OPENERS.test(w.text)) || /[,;:]/.test(parse.text.slice(verb.end, match.start))) return 10;
  const preposition = [...between].reverse().find((w) => PREPOSITIONS.has(w.text.toLowerCase()));
  if (!preposition) return 31;
  if (DESTINATION.test(preposition.text) && MOVING_VERBS.has(toInfinitive(verb.head.text))) return 40; // "…to O365".
  return 15;
}

/**
 * The match the sentence is about: its role first, then severity, then the earliest. Of two terms side by side
 * ("VPN latency"), the second is the head noun and wins a tie.
 */
export function chooseFocus(matches: readonly JargonMatch[], parse: SentenceParse | null, sentence = ''): JargonMatch | null {
  let best: JargonMatch | null = null;
  let bestScore = -1;
  for (const m of matches) {
    if (!m.entry.outcomes && !m.entry.benefit) continue;
    const modifiesNext = matches.some((n) => n.start > m.end && /^[ -]$/.test(sentence.slice(m.end, n.start)));
    const score =
      roleWeight(m, parse, matches) + SEVERITY_WEIGHT[m.entry.severity] + (m.entry.outcomes ? 0.5 : 0) - (modifiesNext ? 0.25 : 0);
    if (score > bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best;
}

/** The least role weight of a term an outcome may be built on: the action itself, what it acts on, or where it moves to. */
export const CENTRAL_WEIGHT = 30;

/**
 * The term the sentence's main action is about: the action itself ("we patched…"), what it acts on ("upgraded
 * the VPN", "the VPN was upgraded") or where it moves something to ("…to O365"), and never a term that only
 * describes another noun ("the Office 365 password policy": a policy, not Office 365) or one mentioned in passing
 * ("…for Office 365 accounts"). Null when no term is central: then no outcome can honestly be given.
 */
export function centralFocus(matches: readonly JargonMatch[], parse: SentenceParse | null, sentence: string): JargonMatch | null {
  if (!parse?.verbs.length) return null;
  let best: JargonMatch | null = null;
  let bestScore = -1;
  for (const m of matches) {
    if (!m.entry.outcomes && !m.entry.benefit) continue;
    const weight = roleWeight(m, parse, matches);
    if (weight < CENTRAL_WEIGHT || describesNoun(m, parse, sentence, matches)) continue;
    const score = weight + SEVERITY_WEIGHT[m.entry.severity] + (m.entry.outcomes ? 0.5 : 0);
    if (score > bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best;
}

/** Does the term stand before a noun it describes ("VPN licence costs", "Office 365 password policy")? */
function describesNoun(match: JargonMatch, parse: SentenceParse, sentence: string, matches: readonly JargonMatch[]): boolean {
  const next = parse.words.find((w) => w.start >= match.end);
  if (!next || sentence.slice(match.end, next.start) !== ' ') return false;
  if (matches.some((m) => m !== match && m.start <= next.start && next.start < m.end)) return true;
  return (
    next.tags.has('Noun') && !next.tags.has('Pronoun') && !next.tags.has('Date') && !next.tags.has('Value') && !/ing$/i.test(next.text)
  );
}
