/**
 * Data for the feature-talk check (PRODUCT.md principle 2, features → benefits → outcomes): the verbs IT
 * reports its work with, the words that show who did it, and the phrases that state what the work does for
 * someone. Patterns use `{a|b}` for choices (see `expandPattern`).
 */
import type { Audience } from '../schema.ts';

/** Verbs that report IT work, in their base form; regular forms (-s, -ed, -ing) are generated. */
// prettier-ignore
export const ACTION_VERBS: readonly string[] = [
  'migrate', 'upgrade', 'deploy', 'redeploy', 'patch', 'configure', 'reconfigure', 'reboot', 'restart', 'install', 'reinstall', 'uninstall',
  'implement', 'update',
  'replace', 'decommission', 'provision', 'enable', 'disable', 'apply', 'move', 'refresh', 'rebuild', 'optimize', 'optimise', 'refactor',
  'enforce', 'scale', 'tune',
  'harden', 'resolve', 'fix', 'release', 'ship', 'launch', 'integrate', 'consolidate', 'virtualize', 'virtualise', 'containerize',
  'containerise', 'automate', 'archive',
  'retire', 'swap', 'wipe', 'reimage', 'renew', 'expand', 'upsize', 'downsize', 'rotate', 'revoke', 'reset', 'restore', 'recover',
  'rewrite', 'remediate', 'mitigate',
  'encrypt', 'segment', 'isolate', 'block', 'whitelist', 'blacklist', 'allowlist', 'onboard', 'offboard', 'sync', 'synchronize',
  'synchronise', 'purge', 'flush',
  'bump', 'merge', 'commit', 'complete', 'finish', 'finalise', 'finalize', 'add', 'remove', 'delete', 'create', 'build', 'test',
  'replatform', 'rehost', 'decommission',
  'introduce', 'roll-out', 'rollout', 'failover', 'cutover', 'push', 'truncate', 'partition', 'reindex', 'reseat', 'repoint', 'renumber',
];

/** Irregular forms the rules would miss. */
export const IRREGULAR_ACTION_FORMS: readonly string[] = ['built', 'rebuilt', 'rewrote', 'rewritten', 'made'];

/** Phrasal verbs that report IT work; the particle is required ("rolled out", not "rolled"). */
// prettier-ignore
export const PHRASAL_ACTIONS: readonly string[] = [
  '{back|backs|backed|backing} up', '{roll|rolls|rolled|rolling} {out|back}', '{spin|spins|spun|spinning} {up|down}',
  '{set|sets|setting} up', '{switch|switches|switched|switching} {over|off|on}',
  '{cut|cuts|cutting} over', '{stand|stands|stood|standing} up', '{bring|brings|brought|bringing} {online|up|down|back}',
  '{take|takes|took|taken|taking} {down|offline}',
  '{shut|shuts|shutting} down', '{turn|turns|turned|turning} {off|on}', '{lift|lifted|lifting} and shift',
  '{fail|fails|failed|failing} over', '{clean|cleans|cleaned|cleaning} up',
  '{put|puts|putting} in place', '{went|go|goes|gone|going} live', '{switch|switched} to', '{move|moved|moving} to', '{hand|handed} over',
];

/**
 * Words before the verb that say IT is reporting its own work: a first-person subject ("we", "I", "our team",
 * "IT") or an auxiliary of a report ("has been patched", "will be upgraded", "were migrated").
 */
export const SUBJECTS: readonly string[] = [
  'we',
  'i',
  'it',
  'team',
  'engineers',
  'engineer',
  'admins',
  'ops',
  'devops',
  'infra',
  'infrastructure',
  'department',
  'vendor',
  'contractor',
  'contractors',
  'partner',
  'provider',
  'tech',
  'techs',
  'technicians',
  'technician',
  'desk',
];
/** Auxiliaries of a report ("has been patched", "will upgrade", "we're migrating"). */
export const AUXILIARIES: readonly string[] = [
  'have',
  'has',
  'had',
  've',
  'will',
  'll',
  'are',
  'is',
  'was',
  'were',
  'been',
  'be',
  'being',
  'got',
  'gotten',
  'to',
  'can',
  'shall',
  'd',
  're',
  's',
  'm',
];
/** Words that may stand between the subject or auxiliary and the verb ("we have now successfully migrated"). */
export const FILLERS: readonly string[] = [
  'now',
  'also',
  'just',
  'successfully',
  'finally',
  'already',
  'quickly',
  'fully',
  'completely',
  'all',
  'both',
  'then',
  'since',
  'recently',
  'again',
  'officially',
  'partially',
  'not',
  'never',
  'still',
  'currently',
  'going',
  'planning',
  'scheduled',
  'due',
  'about',
  'proactively',
  'automatically',
  'manually',
  'temporarily',
  'permanently',
  'overnight',
];
/** A reader's own actions are instructions, not reports: "you have updated", "staff will restart". */
export const READER_SUBJECTS: readonly string[] = ['you', 'your', 'staff', 'everyone', 'users', 'colleagues', 'customers', 'people'];

/** Phrases that state what the work does for someone: a benefit or an outcome. */
export const OUTCOME_PHRASES: readonly string[] = [
  'so that',
  'so {you|we|staff|everyone|people|the|your|our|teams|customers|it|they|there|nobody|no one|no|colleagues|managers|finance|sales|hr|anyone|each|every}',
  '{which|this|that|it} means',
  'meaning {you|that|we|staff|everyone|customers|no|fewer|less}',
  'which {lets|allows|gives|helps|saves|keeps|protects|stops|prevents|cuts|reduces|makes}',
  'for {you|your|everyone|staff|customers|colleagues|the team|our customers|our clients|clients}',
  "you {can|can now|will|will now|no longer|won't|will not|don't need|do not need|never|get|now|should notice|should see|'ll}",
  "you'll",
  "{staff|everyone|customers|colleagues|teams|people|managers|clients|anyone|nobody} {can|will|no longer|now|get|gets|won't|never}",
  'no longer',
  'in order to',
  'because',
  'benefit',
  'benefits',
  'to {help|keep|protect|prevent|reduce|cut|save|speed up|improve|make|let|allow|ensure|avoid|stop|give|support|lower|free up|simplify|guard|secure|shorten|remove the risk|meet|comply}',
  'helps',
  'helped',
  'saves',
  'saved',
  'saving',
  'savings',
  'protects',
  'prevents',
  'prevented',
  'reduces',
  'reduced',
  'cuts',
  'lowers',
  'lowered',
  'avoids',
  'avoided',
  'faster',
  'quicker',
  'safer',
  'cheaper',
  'easier',
  'simpler',
  'more reliable',
  'more secure',
  'less downtime',
  'fewer',
  'without {interruption|interruptions|downtime|delay|delays|disruption|losing}',
  'per cent',
  'percent',
  'revenue',
  'cost',
  'costs',
  'risk',
  'risks',
  'compliance',
  'compliant',
  'uptime',
  'productivity',
  'customer',
  'customers',
  'able to',
  'lets {you|us|staff|everyone|teams|the}',
  'allows {you|us|staff|everyone|teams|the}',
  'enables {you|us|staff|everyone|teams|the}',
  'thanks to',
  'as a result',
  'result',
  'outcome',
  'impact',
  'value',
  'worth',
  'earlier',
  'sooner',
];

/** What each audience wants to hear (PRODUCT.md principle 3), quoted in the message. */
export const AUDIENCE_HINTS: Readonly<Record<Audience, string>> = {
  board: 'For the board, name the revenue, cost or risk it changes.',
  executive: 'For executives, name the result for their area: customers served, money saved, risk removed.',
  manager: 'For a department manager, name the time it saves the team or what it lets them focus on.',
  staff: 'For staff, say what changes for them today.',
};

/** The principle behind the check, in every message. */
export const PRINCIPLE = '"We upgraded the VPN" is a feature; "staff can work securely from home" is the benefit readers care about.';

/** Fewest words for a sentence to count as one (greetings and sign-offs don't). */
export const MIN_SENTENCE_WORDS = 4;
/** Sentences a message needs before the whole-message finding applies. */
export const MIN_MESSAGE_SENTENCES = 3;
