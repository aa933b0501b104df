/**
 * Cues for what a sentence is doing that need no parse: a fault, a risk, a disruption, an instruction, a question,
 * a heading, someone's quoted words. The feature-talk check (on every keystroke, no language library) uses them to
 * leave alone sentences that are not reports of work; the rewrite engine (lexicon/rewrite/roles.ts) uses them
 * before it looks for the change a sentence reports. The lists are regular expressions over plain words.
 */

/** The words of a fault, an outage or an incident, outside the jargon terms. */
export const FAULT =
  /\b(?:fail(?:ed|ing|s|ure|ures)?|outages?|(?:is|are|was|were|went|been|be|goes|go)\s+(?:\w+\s+)?down|offline|unavailable|unreachable|inaccessible|unable|cannot|can't|can’t|couldn't|could not|not\s+(?:working|responding|available|loading|connecting|sending|receiving|opening|accessible|reachable)|errors?|incidents?|degraded|disrupt(?:ed|ion|ions)|interrupt(?:ed|ion|ions)|crash(?:ed|es|ing)?|stopped|broken|bugs?|glitch(?:es)?|issues?|problems?|faults?|slow(?:ness|er|ly)?|delay(?:ed|s)?|lag(?:ging)?|stuck|hung|frozen|lost|losing|corrupt(?:ed|ion)?|expired|exhaust(?:ed|ion)|ran out|run out|timed out|time-?outs?|overload(?:ed)?|spike[sd]?|root cause|postmortem|post-mortem|apolog(?:ise|ize|ies|y)|sorry|restor(?:e|ed|ing)|recover(?:ed|ing|y)|resolv(?:e|ed|ing)|(?:is|was|are|were)\s+back|back\s+(?:up|online|to normal)|working again|workaround|rejected|refused|max(?:ed|es|ing)?\s+out)\b/i;
/** A fault word that is counted out is good news, not a fault: "with no errors", "fewer outages". */
export const COUNTED_OUT = new RegExp(
  `\\b(?:no|zero|without|fewer|less|never|nor|avoid|prevent|prevents)\\s+(?:[\\w-]+\\s+)?(?:${FAULT.source})`,
  'gi',
);
/** A fault word in a condition is a plan for a fault, not a report of one: "rollback is ready if the tests fail". */
export const CONDITIONAL = new RegExp(`\\b(?:if|in case|unless|in the event)\\b[^,.;:!?]*?(?:${FAULT.source})`, 'gi');
/** The words of a risk or a threat. */
export const RISK =
  /\b(?:vulnerab(?:le|ility|ilities)|threats?|attack(?:s|ed|er|ers)?|attempts?|phishing|scam(?:s|mers)?|breach(?:ed|es)?|malicious|hack(?:ed|er|ers|ing)?|ransomware|malware|virus(?:es)?|exploit(?:s|ed)?|compromised|suspicious|fraud(?:ulent)?|risks?|at risk|exposed|targeting|targeted)\b/i;
/** A schedule or a disruption: the reader will be without something for a while. */
export const DISRUPTION =
  /\b(?:will\s+(?:\w+\s+)?(?:be\s+)?(?:unavailable|down|offline|disconnected|interrupted|restarted|rebooted|closed|read-only|read only)|no access|not be (?:able|available|accessible)|won't be (?:able|available)|(?:maintenance|downtime|interruption|outage)\s+(?:window|period|will|is|on|from|between|this|tonight|tomorrow)|expect (?:a |some )?(?:brief |short )?(?:interruption|disruption|downtime|outage)|may (?:experience|notice|see)|between\s+\d|from\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)?\s*(?:to|until|-|–)\s*\d)\b/i;
/** An instruction: a polite opener, or the reader told what they must do. */
export const INSTRUCTION =
  /^\s*(?:please|kindly|remember to|make sure|ensure that you|do not|don't|never|always)\b|\b(?:you|staff|users|everyone|all staff|colleagues)\s+(?:must|should|will need to|need to|needs to|have to|has to|are asked to|are required to|are requested to)\b/i;

/** True when the sentence quotes someone: a quoted passage of two or more words, or a quoted-reply line. */
export function isQuotation(sentence: string): boolean {
  if (/^\s*>/.test(sentence)) return true;
  return /["“„«][^"“”„«»]*\s[^"“”„«»]*["”»]/.test(sentence) || /(?:^|\s)‘[^‘’]*\s[^‘’]*’(?:\s|[.,;:!?]|$)/.test(sentence);
}

/** A sentence's role as far as cues without a parse tell: every role except a change, completed work or a description. */
export type CueRole = 'quote' | 'question' | 'heading' | 'fault' | 'risk' | 'instruction' | 'disruption';

/**
 * The role the cues give, or null when the sentence may report a change. `blanked` is the sentence with its jargon
 * terms replaced by spaces (a term such as "failover" is not a cue); `words` its number of words.
 */
export function cueRole(sentence: string, blanked: string, words: number): CueRole | null {
  if (isQuotation(sentence)) return 'quote';
  if (/\?["'”’)\]]*\s*$/.test(sentence)) return 'question';
  if (/:\s*$/.test(sentence) || (!/[.!]["'”’)\]]*\s*$/.test(sentence) && words <= 10)) return 'heading';
  const text = withoutCountedOut(blanked);
  const disruption = DISRUPTION.test(text);
  // A fault may end in a term ("ran out of memory"): a cue counts when it starts outside the terms.
  const fault = FAULT.test(text) || faultStartsOutsideTerms(withoutCountedOut(sentence), blanked);
  // A disruption told in the past ("we had an outage between 4:05 and 4:45") is a fault.
  if (fault && (!disruption || PAST.test(text))) return 'fault';
  if (RISK.test(text)) return 'risk';
  if (INSTRUCTION.test(text)) return 'instruction';
  return disruption ? 'disruption' : null;
}

/** Verbs that tell of something that happened. */
const PAST = /\b(?:was|were|had|did|went|caused|occurred|happened|experienced|saw|lasted)\b/i;

const blank = (m: string) => ' '.repeat(m.length);

/**
 * `text` with its counted-out and conditional fault words blanked. Both patterns hold a FAULT match, so a text
 * with none is returned as it is without running them (most sentences: the feature-talk check asks on every
 * keystroke).
 */
function withoutCountedOut(text: string): string {
  return FAULT.test(text) ? text.replace(COUNTED_OUT, blank).replace(CONDITIONAL, blank) : text;
}

/** FAULT, compiled once with the global flag for walking through every match. */
const FAULT_ALL = new RegExp(FAULT.source, 'gi');

/** Does FAULT match `text` somewhere that starts outside the terms (where `blanked` has spaces `text` has not)? */
function faultStartsOutsideTerms(text: string, blanked: string): boolean {
  FAULT_ALL.lastIndex = 0;
  for (let m = FAULT_ALL.exec(text); m !== null; m = FAULT_ALL.exec(text)) {
    const at = m.index;
    const inTerm = blanked[at] === ' ' && text[at] !== ' ';
    if (!inTerm) return true;
  }
  return false;
}
