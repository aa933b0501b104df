/**
 * The outcome rewrite: the sentence's own subject and tense, in plain words, followed by what it does for people
 * and what it means for the chosen audience ("…, so that email stays available when the office loses power,
 * and we no longer pay to run our own mail servers.").
 */
import type { Audience, LexiconEntry } from '../schema.ts';
import type { SentenceParse } from './parse.ts';
import { substitutePlain } from './plain.ts';
import { repairSentence } from './repair.ts';
import { countWords } from './sentences.ts';
import type { JargonMatch } from './types.ts';

/** A clause that already says why ("so that", "which means", "to make sure"): the outcome is added with "which also means". */
const PURPOSE_CLAUSE =
  /\b(?:so that|so (?:we|you|staff|everyone|our|the|that|it|they|people|customers|colleagues)|which means|meaning that|in order to|to (?:ensure|make sure|keep|protect|allow|let|help|prevent|avoid|reduce|improve|speed up|cut|stop|save)|(?:this|which|that|it) (?:will|should|would) (?:ensure|make sure|keep|protect|allow|let|help|prevent|avoid|reduce|improve|speed up|cut|stop|save|mean))\b/i;

/** A reason given in other words: "as a precaution", "because…", "for security reasons", "due to…". */
const REASON = /\b(?:as a (?:precaution|safeguard|result)|precautionary|because|due to|owing to|in response to|for (?:\w+ )?reasons?)\b/i;

/**
 * Does the sentence already say why it was done: a purpose clause ("so that…", "to make sure…"), a reason ("as a
 * precaution", "because…"), or an infinitive of purpose after the main verb ("we restarted it to clear the memory")?
 * A "to" after a verb of moving ("moved to the cloud") is a destination, not a purpose: its next word is no verb.
 */
export function saysWhy(sentence: string, parse: SentenceParse): boolean {
  if (PURPOSE_CLAUSE.test(sentence) || REASON.test(sentence)) return true;
  const verb = parse.verbs[0];
  if (!verb) return false;
  const words = parse.words;
  for (let k = 0; k + 1 < words.length; k++) {
    const to = words[k]!;
    if (to.start < verb.end || to.text.toLowerCase() !== 'to') continue;
    const next = words[k + 1]!;
    if (
      (next.tags.has('Infinitive') || (next.tags.has('Verb') && !next.tags.has('Noun'))) &&
      !next.tags.has('Gerund') &&
      !next.tags.has('PastTense')
    )
      return true;
  }
  return false;
}

/** The "what was done" clause, in plain words, without final punctuation. */
export interface FeatureClause {
  /** e.g. "Last weekend we moved our email to Microsoft's cloud service". */
  text: string;
  /** True when the original already says why, so a second "so that" would read badly. */
  hasPurpose: boolean;
}

function lowerFirstWord(text: string): string {
  return text.replace(/^([^\p{L}]*)(\p{Lu})/u, (_all, lead: string, c: string) => lead + c.toLowerCase());
}

/** True when the first word can lose its capital once something is put before it ("We" yes, "Sarah" and "IT" no). */
function firstWordIsOrdinary(matches: readonly JargonMatch[], parse: SentenceParse, plainFirst: string): boolean {
  const first = parse.words[0];
  if (!first) return false;
  const match = matches.find((m) => m.start <= first.start && first.start < m.end);
  // A plain phrase was capitalised only because it starts the sentence, unless the lexicon spells it that way.
  if (match) {
    const firstWord = (plainFirst.split(' ')[0] ?? '').toLowerCase();
    return (
      match.entry.plain.some((p) => /^\p{Ll}/u.test(p) && (p.split(' ')[0] ?? '').toLowerCase() === firstWord) ||
      /^(?:the|a|an|our)$/.test(firstWord)
    );
  }
  if (first.text === 'I' || /\p{Lu}/u.test(first.text.slice(1))) return false;
  return (
    !['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym'].some((t) => first.tags.has(t)) ||
    /^(?:We|The|Our|This|It|They|You)$/.test(first.text)
  );
}

/**
 * A trailing time phrase may move to the front only when it is the sentence's one time phrase and is whole: not
 * after a comma ("…, up from 95% in April"), not cut off from a time before it ("for 8pm tonight").
 */
function frontable(sentence: string, parse: SentenceParse, start: number, matches: readonly JargonMatch[]): boolean {
  const verb = parse.verbs[0]!;
  if (/[,;:]/.test(sentence.slice(verb.end, start))) return false;
  // Words of a jargon term ("Office 365") are not times, whatever digits they hold.
  const before = parse.words.filter((w) => w.end <= start && !matches.some((m) => w.start >= m.start && w.end <= m.end));
  const previous = before[before.length - 1];
  if (
    previous &&
    previous.end > start - 3 &&
    (previous.tags.has('Date') || previous.tags.has('Time') || previous.tags.has('Value') || /^\d/.test(previous.text))
  )
    return false;
  return !before.some((w) => w.tags.has('Date') && w.start > verb.end);
}

/**
 * The sentence's clause in plain words. A time phrase that ends a one-verb sentence moves to the front
 * ("…to O365 last weekend." → "Last weekend we moved…"), so the outcome attaches to the action, not the date.
 */
export function featureClause(sentence: string, matches: readonly JargonMatch[], parse: SentenceParse): FeatureClause {
  const time = parse.trailingTime;
  const front =
    !!time && parse.verbs.length === 1 && !matches.some((m) => m.end > time.start) && frontable(sentence, parse, time.start, matches);
  const mainEnd = front ? time.start : sentence.length;
  const main = substitutePlain(
    sentence.slice(0, mainEnd),
    matches.filter((m) => m.end <= mainEnd),
    parse,
  );
  let body = main.text.replace(/[\s.!?…,;:]+$/u, '');
  if (front) {
    const phrase = sentence.slice(time.start, time.end).replace(/[\s.!?…,;:]+$/u, '');
    const plainFirst = main.replacements[0]?.start === 0 ? main.replacements[0].plain : '';
    const rest = firstWordIsOrdinary(matches, parse, plainFirst) ? lowerFirstWord(body) : body;
    const comma = countWords(phrase) >= 4 ? ',' : '';
    body = phrase[0]!.toUpperCase() + phrase.slice(1) + comma + ' ' + rest;
  }
  return { text: body, hasPurpose: saysWhy(sentence, parse) };
}

/** Ordinary words that lose their capital inside a sentence; names and acronyms keep theirs. */
const ORDINARY_STARTERS = new Set(
  'the a an we you our your their they it its this these those there staff everyone people customers colleagues team teams managers no nobody fewer less more each every all any email data files systems work costs risk new only most many both when if every'.split(
    ' ',
  ),
);

/** Makes a clause fit after "so that": no leading "so that", no final punctuation, an ordinary first word in lower case. */
export function tidyClause(clause: string): string {
  const t = clause
    .trim()
    .replace(/^(?:so that|so|which means(?: that)?)\s+/i, '')
    .replace(/[\s.!?;:,]+$/, '');
  const first = t.match(/^[\p{L}']+/u)?.[0] ?? '';
  return ORDINARY_STARTERS.has(first.toLowerCase()) && /^\p{Lu}\p{Ll}*$/u.test(first) ? t[0]!.toLowerCase() + t.slice(1) : t;
}

/** The parts an outcome sentence is made of. */
export interface OutcomeParts {
  feature: string;
  benefit?: string;
  outcome?: string;
  /** The feature already says why: add the outcome with "which also means". */
  hasPurpose?: boolean;
  /** "." or "!". */
  finalMark?: string;
}

/** Joins feature, benefit and outcome into one sentence; empty parts are left out. */
export function joinOutcome(parts: OutcomeParts): string {
  const feature = parts.feature.trim().replace(/[\s.!?…,;:]+$/u, '');
  if (!feature) return '';
  const benefit = parts.benefit ? tidyClause(parts.benefit) : '';
  const outcome = parts.outcome ? tidyClause(parts.outcome) : '';
  const same =
    benefit && outcome && (outcome.toLowerCase().includes(benefit.toLowerCase()) || benefit.toLowerCase().includes(outcome.toLowerCase()));
  let text: string;
  if (parts.hasPurpose) text = outcome || benefit ? `${feature}, which also means ${outcome || benefit}` : feature;
  else if (benefit && outcome && !same) text = `${feature}, so that ${benefit}, and ${outcome}`;
  else if (outcome || benefit) text = `${feature}, so that ${outcome || benefit}`;
  else text = feature;
  return repairSentence(text, parts.finalMark ?? '.');
}

/**
 * The outcome sentence: the sentence in plain words and ONE clause saying what it gives the chosen audience
 * ("…, so that you can reach office systems safely from home."). The audience's outcome is preferred to the
 * generic benefit; the two are never stacked. Null when the entry has neither, or the sentence already says why.
 */
export function composeOutcome(sentence: string, feature: FeatureClause, entry: LexiconEntry, audience: Audience): string | null {
  const clause = entry.outcomes?.[audience] ?? entry.benefit;
  if (!clause || feature.hasPurpose) return null;
  // After a clause of its own (", which takes ten minutes", "; then…", "…queries which were slow") an added "so that"
  // would explain the wrong clause.
  if (/,\s+(?:which|who|whose|where|when|while|although|but)\s|;|\s(?:which|who|whose)\s/i.test(feature.text)) return null;
  const finalMark = /!["'”’)\]]*\s*$/.test(sentence) ? '!' : '.';
  return joinOutcome({ feature: feature.text, outcome: clause, finalMark });
}
