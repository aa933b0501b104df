/**
 * Data for the feature-talk check (docs/principles.md, principle 2, features → benefits → outcomes): the verbs IT
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

/** What each audience wants to hear (docs/principles.md, principle 3), quoted in the message. */
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

/**
 * What a message must say somewhere to count as saying what it means for the reader: a benefit (time or money
 * saved, faster, easier, safer, more reliable, better protected, compliant) or a business consequence ("your
 * business", "the working day"). Connectors alone ("so that", "to help", "you can") are not enough: an outage
 * notice says "you will not be able to…" and an incident report "to prevent this happening again". Patterns:
 * see `expandPattern`.
 */
// prettier-ignore
export const BENEFIT_PHRASES: readonly string[] = [
  '{saves|saved|saving|savings}', 'save {time|money|costs|hours|days|us|you|staff|everyone}', 'cost less', 'lower {cost|costs}',
  '{cut|cuts|reduce|reduces|reduced|reducing} {cost|costs|the cost|our costs|spending}', 'cheaper', 'faster', 'quicker', 'easier', 'simpler',
  'safer', 'smoother', 'more {reliable|reliably|secure|securely|stable|efficient|efficiently|productive|convenient|flexible|accessible}',
  '{improve|improves|improved|improving|improvement|improvements}', '{better|best} {service|experience|performance|protection|access|security|support}',
  'runs better', 'work better', 'works better', '{boost|boosts|boosted} {security|performance|productivity}', '{increase|increases|increased} {performance|speed|productivity|efficiency|security}',
  'productivity', 'efficiency', 'efficient', '{benefit|benefits|beneficial}', '{reliable|reliably|reliability}', '{protect|protects|protected|protecting|protection}',
  'peace of mind', 'convenient', 'convenience', 'enjoyable', '{revenue|profit|profits|profitable}', 'shareholder value', 'value for money',
  '{compliance|compliant}', 'no longer {need|needs|have to|has to|wait|waits|lose|loses|risk}', '{won\'t|will not|don\'t|do not|never} have to',
  'less {time|effort|waiting|paperwork|downtime|disruption|risk|hassle}', 'fewer {problems|outages|errors|steps|calls|delays|interruptions|attacks|disruptions}',
  '{your|our} business', 'business operations', 'working day', 'not at risk', 'lower risk', '{reduce|reduces|reduced|reducing|lower|lowers|cut|cuts} {the risk|risk|risks}',
  '{stay|stays|keep|keeps|kept} {safe|secure|protected|working|running|available|online|connected}', 'without {interruption|interruptions|disruption|delay|delays|downtime|losing}', '{cost|costs}', 'expense', 'expensive', 'cheap', '{afford|affordable}',
  '{fee|fees|fines|penalties}', 'market share', '{lose|loses|losing|lost} {money|sales|customers|business|revenue|orders}', '{at|put|puts} risk',
  'risk of', '{reduce|reduces|reduced|reducing} the {likelihood|chance|chances|number}', '{not|no} impact on {you|your}',
  '{won\'t|will not|does not|doesn\'t|should not} {impact|affect} {you|your}', 'valuable', 'smoothly', 'prevent {a|an|having|the|your|you|any}',
];

/** Frames in which a benefit word is about IT's own process, not the reader: "to prevent this from happening again". */
// prettier-ignore
export const NOT_BENEFIT_PHRASES: readonly string[] = [
  '{improve|improves|improved|improving} {our|the|their} {monitoring|alerting|processes|process|testing|response|communication|communications|tooling|procedures}',
  '{improvements|improvement} to {our|the} {monitoring|alerting|processes|process|testing|response|tooling|procedures}',
  '{better|more reliable} {monitoring|alerting}', 'improve {planning|our planning}', '{improve|improves|improved} our time',
  'faster {response|responses|detection|alerting}', '{respond|react|recover} faster', '{detect|identify|resolve|fix} {issues|incidents|problems|errors|outages} faster',
  '{not|non} for profit', 'non profit', 'nonprofit', 'prevent {this|it|that|a similar|similar|such|future|recurrence}',
];

/**
 * Words that make a sentence an incident's remediation ("to prevent this happening again"): what it improves is
 * IT's own process, so it states no benefit for the reader.
 */
// prettier-ignore
export const REMEDIATION_PHRASES: readonly string[] = [
  '{happening|happen|happens} again', '{reoccur|reoccurs|reoccurring|recur|recurs|recurring|recurrence|reoccurrence}', 'in the future', 'going forward',
  'similar {event|events|incident|incidents|issue|issues|outage|outages}', 'next steps', 'lessons learned', '{post-mortem|postmortem|post mortem}',
  'root cause', 'action items', 'follow-up actions',
];
