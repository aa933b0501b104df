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
    // "we deploy the new backup appliance": deploying only puts the appliance in place, and what that gives is the
    // appliance's, not a release's. A term that only means "put in place" is never the focus: what it puts there is.
    if (weight === 32 && termVerbKeys(m, parse).some((k) => PUTTING.has(k))) continue;
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
  // "the DNS system", "the SSO rollout": a head noun that only says it is a system, or a change to it, leaves the
  // term the thing meant.
  if (GENERIC_HEADS.test(next.text)) return false;
  // After an owner, a word that ends the sentence or its clause is the noun the term describes, whatever the tagger
  // says ("their O365 accounts." with "accounts" read as a verb).
  const after = sentence.slice(next.end);
  if (OWNER_BEFORE.test(sentence.slice(0, match.start)) && /^\s*(?:[.,;:!?)]|$)/.test(after) && !next.tags.has('PastTense')) return true;
  return (
    next.tags.has('Noun') && !next.tags.has('Pronoun') && !next.tags.has('Date') && !next.tags.has('Value') && !/ing$/i.test(next.text)
  );
}

/** Head nouns that add nothing to the term before them: "the DNS system" is the DNS. */
const GENERIC_HEADS =
  /^(?:system|systems|service|services|platform|solution|rollouts?|changes?|upgrades?|updates?|migrations?|moves?|switch(?:over)?|deployments?|installs?|installations?)$/i;
/** An owner or article before a term: what follows the term is then its noun, or the term's verb. */
const OWNER_BEFORE = /\b(?:the|our|your|their|its|his|her|my|this|these|those)\s+$/i;

/**
 * Verbs after which a thing's outcome follows from the sentence alone: the thing is put in place, switched on or
 * required, so what it gives people is what the sentence reports ("we will enable MFA" → a stolen password alone
 * no longer opens an account). After a replacement, a move, an upgrade or a restart ("we replaced a server", "the
 * accounts were migrated") the gain depends on why it was done, which only the writer knows.
 */
const ADOPTING = new Set([
  'enable',
  'enforce',
  'require',
  'introduce',
  'implement',
  'install',
  'deploy',
  'add',
  'launch',
  'activate',
  'adopt',
  'offer',
  'provide',
  'extend',
  'encrypt',
  'patch',
  'harden',
  'turn on',
  'switch on',
  'set up',
  'roll out',
  'put in',
  'bring in',
  'go live',
  'back up',
]);

/** Verbs that only put something in place: as terms ("deploy", "provision") they are the action, never what it gives. */
const PUTTING = new Set([
  'deploy',
  'redeploy',
  'install',
  'implement',
  'provision',
  'release',
  'ship',
  'launch',
  'roll out',
  'go live',
  'set up',
]);

/** The infinitive of a verb phrase ("rolled out" → "roll out", "patched" → "patch"). */
function verbKey(words: readonly string[]): string[] {
  const [first, second] = words.map((w) => w.toLowerCase());
  if (!first) return [];
  const head = toInfinitive(first);
  return second ? [head, `${head} ${second}`] : [head];
}

/** The infinitive keys of a term that is itself the action ("patched" → "patch", "rolled out" → "roll out"). */
function termVerbKeys(term: JargonMatch, parse: SentenceParse): string[] {
  return verbKey(parse.text.slice(term.start, term.end).split(/[\s-]+/));
}

/**
 * Does the focus term's outcome follow from what the sentence does with it? Where it is where something moves to
 * ("…to O365"), yes; where it is the action itself, when that action puts something in place ("patched",
 * "encrypted", "backed up"); where it is what the main verb acts on, when that verb puts it in place ("will enable
 * MFA", "MFA was rolled out"). See ADOPTING.
 */
export function outcomeFollows(focus: JargonMatch, parse: SentenceParse, matches: readonly JargonMatch[]): boolean {
  const verb = parse.verbs[0];
  if (!verb) return false;
  const weight = roleWeight(focus, parse, matches);
  if (weight >= 40) return true;
  if (weight === 32) return termVerbKeys(focus, parse).some((k) => ADOPTING.has(k));
  // A measure made better ("we reduced VPN latency by 40%"): what the better figure gives people follows. A
  // measure is a metric entry, or a term followed by the size of the change ("by 40%", "from 3 s to 1 s").
  const measured = focus.entry.category === 'metrics' || /^\s+(?:by|from)\s+(?:about\s+|around\s+)?\d/i.test(parse.text.slice(focus.end));
  const verbs = measured ? MEASURE_VERBS : ADOPTING;
  // The verb group's words, and the word after it (a particle: "rolled out", "turned on").
  const group = parse.words.filter((w) => w.start >= verb.start && w.end <= verb.end);
  const after = parse.words.find((w) => w.start >= verb.end);
  return group.some((w, k) => verbKey([w.text, (group[k + 1] ?? after)?.text ?? '']).some((key) => verbs.has(key)));
}

/** Verbs that make a measure better, with ADOPTING: a metric's outcome follows from them. */
const MEASURE_VERBS: ReadonlySet<string> = new Set([
  ...ADOPTING,
  ...['reduce', 'cut', 'lower', 'halve', 'shorten', 'improve', 'speed up', 'bring down'],
]);

/**
 * Is the term one the sentence is about: its subject, the action, or what the action acts on, and not a word that
 * describes the noun after it ("their O365 accounts") or one in a later phrase or list ("…special and Unicode")?
 * Only then may an analogy picture it: a picture of a term in passing does not fit the sentence's point.
 */
export function isMainTerm(match: JargonMatch, parse: SentenceParse, sentence: string, matches: readonly JargonMatch[]): boolean {
  return roleWeight(match, parse, matches) >= 20 && !describesNoun(match, parse, sentence, matches);
}
