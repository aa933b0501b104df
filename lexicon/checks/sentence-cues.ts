/**
 * Cues for what a sentence is doing that need no parse: a fault, a risk, a disruption, an instruction, a question,
 * a heading, someone's quoted words. The feature-talk check (on every keystroke, no language library) uses them to
 * leave alone sentences that are not reports of work; the rewrite engine (lexicon/rewrite/roles.ts) uses them
 * before it looks for the change a sentence reports. The lists are regular expressions over plain words.
 */
import { SHAPE_OTHER, type Token } from '../match/tokenize.ts';

/** The words of a fault, an outage or an incident, outside the jargon terms. */
export const FAULT =
  /\b(?:fail(?:ed|ing|s|ure|ures)?|outages?|(?:is|are|was|were|went|been|be|goes|go)\s+(?:\w+\s+)?down|offline|unavailable|unreachable|(?:un|non-?)responsive|inaccessible|unable|cannot|can't|can’t|couldn't|could not|not\s+(?:working|respond(?:ing)?|available|loading|connecting|sending|receiving|opening|accessible|reachable)|errors?|incidents?|degraded|disrupt(?:ed|ion|ions)|interrupt(?:ed|ion|ions)|crash(?:ed|es|ing)?|stopped|stop(?:s|ping)?\s+(?:accepting|responding|working|sending|receiving|processing|loading)|broken|bugs?|glitch(?:es)?|issues?|problems?|faults?|slow(?:ness|er|ly)?|delay(?:ed|s)?|lag(?:ging)?|stuck|hung|frozen|lost|losing|corrupt(?:ed|ion)?|expired|exhaust(?:ed|ion)|ran out|run out|timed out|time-?outs?|overload(?:ed)?|spike[sd]?|root cause|postmortem|post-mortem|apolog(?:ise|ize|ies|y)|sorry|restor(?:e|ed|ing)|recover(?:ed|ing|y)|resolv(?:e|ed|ing)|(?:is|was|are|were)\s+back|back\s+(?:up|online|to normal)|working again|workaround|rejected|refused|max(?:ed|es|ing)?\s+out)\b/i;
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

/** Bits of `possibleCues`: which of the word cues may match a sentence. */
export const CUE_FAULT = 1;
export const CUE_DISRUPTION = 2;
export const CUE_RISK = 4;
export const CUE_INSTRUCTION = 8;
const ALL_CUES = CUE_FAULT | CUE_DISRUPTION | CUE_RISK | CUE_INSTRUCTION;

/**
 * The role the cues give, or null when the sentence may report a change. `blanked` is the sentence with its jargon
 * terms replaced by spaces (a term such as "failover" is not a cue); `words` its number of words. `possible`
 * (from `possibleCues`) names the word cues that may match; the others are not run.
 */
export function cueRole(sentence: string, blanked: string, words: number, possible = ALL_CUES): CueRole | null {
  if (isQuotation(sentence)) return 'quote';
  const last = lastBeforeClosers(sentence);
  if (last === 63) return 'question'; // ?
  // A heading ends in a colon, or is short and ends without a full stop or an exclamation mark.
  if (endsWithColon(sentence) || (last !== 46 && last !== 33 && words <= 10)) return 'heading';
  const mayFault = (possible & CUE_FAULT) !== 0;
  const text = mayFault ? withoutCountedOut(blanked) : blanked;
  const disruption = (possible & CUE_DISRUPTION) !== 0 && DISRUPTION.test(text);
  // A fault may end in a term ("ran out of memory"): a cue counts when it starts outside the terms.
  const fault = mayFault && (FAULT.test(text) || faultStartsOutsideTerms(withoutCountedOut(sentence), blanked));
  // A disruption told in the past ("we had an outage between 4:05 and 4:45") is a fault.
  if (fault && (!disruption || PAST.test(text))) return 'fault';
  if (possible & CUE_RISK && RISK.test(text)) return 'risk';
  if (possible & CUE_INSTRUCTION && INSTRUCTION.test(text)) return 'instruction';
  return disruption ? 'disruption' : null;
}

/** Verbs that tell of something that happened. */
const PAST = /\b(?:was|were|had|did|went|caused|occurred|happened|experienced|saw|lasted)\b/i;

/** Closing quotes and brackets after a sentence's final punctuation: " ' ” ’ ) ]. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}

/**
 * The character code before the closing quotes and brackets at the end of `sentence`, trailing spaces aside, or
 * -1: what `/[.!?]["'”’)\]]*\s*$/` would look at, read from the end instead of tried at every character.
 */
function lastBeforeClosers(sentence: string): number {
  const text = sentence.trimEnd(); // trims exactly what \s matches
  let i = text.length - 1;
  while (i >= 0 && isCloser(text.charCodeAt(i))) i--;
  return i >= 0 ? text.charCodeAt(i) : -1;
}

/** `/:\s*$/`, read from the end. */
function endsWithColon(sentence: string): boolean {
  return sentence.trimEnd().endsWith(':');
}

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

/**
 * The letters every match of a case-insensitive cue pattern starts with, one string per way it can start: for
 * FAULT "fail", "outage", "is", "can" ("can't"), "time" ("time-out")... Each is cut where the pattern stops being
 * plain lower-case letters: at a class, an escape other than `\b`, a space, a hyphen or an apostrophe, before a
 * letter or group a quantifier makes optional, and after a group. Null when some way of matching starts with
 * fewer than two such letters: then no word can rule the pattern out.
 */
export function leadingWords(pattern: RegExp): string[] | null {
  const source = pattern.source;
  if (!pattern.flags.includes('i')) return null;
  /** Index of the `|` or `)` that ends the branch (at this depth) containing `i`, or the source's length. */
  const branchEnd = (i: number): number => {
    for (let depth = 0; i < source.length; i++) {
      const c = source[i];
      if (c === '\\') i++;
      else if (c === '[') {
        for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      } else if (c === '(') depth++;
      else if (c === ')') {
        if (!depth) return i;
        depth--;
      } else if (c === '|' && !depth) return i;
    }
    return i;
  };
  /** The prefixes of the alternation starting at `i`, and where it ends (at its `)` or the source's end). */
  const alternation = (i: number): { words: string[] | null; end: number } => {
    let words: string[] | null = [];
    for (;;) {
      let prefix = '';
      let branch: string[] | null = null;
      for (;;) {
        const c = source[i];
        const next = source[i + 1];
        if (c === undefined || c === '|' || c === ')') break;
        if (c === '\\' && next === 'b') i += 2;
        else if (c === '^' && !prefix) i++;
        else if (c === '\\' && next === 's' && source[i + 2] === '*' && !prefix) i += 3;
        else if (c === '(' && source.startsWith('(?:', i)) {
          const inner = alternation(i + 3);
          const quantifier = source[inner.end + 1];
          const optional = quantifier === '?' || quantifier === '*' || quantifier === '{';
          branch = optional || !inner.words ? [prefix] : inner.words.map((word) => prefix + word);
          i = branchEnd(inner.end + 1);
          break;
        } else if (/[a-z]/i.test(c)) {
          if (next === '?' || next === '*' || next === '{') {
            i = branchEnd(i);
            break;
          }
          prefix += c.toLowerCase();
          i++;
          if (next === '+') {
            i = branchEnd(i);
            break;
          }
        } else {
          i = branchEnd(i);
          break;
        }
      }
      branch ??= [prefix];
      if (!words || branch.some((word) => word.length < 2)) words = null;
      else words.push(...branch);
      if (source[i] !== '|') return { words, end: i };
      i++;
    }
  };
  return alternation(0).words;
}

/** Two lower-case letters as a number, the key of PREFIXES. */
const pairOf = (a: number, b: number) => (a - 97) * 26 + (b - 97);

/** The word cues' leading words, by their first two letters, each with its cue's bit; and the cues no word rules out. */
const PREFIXES: Array<Array<{ word: string; bit: number }> | undefined> = Array.from({ length: 26 * 26 }, () => undefined);
let UNFILTERED = 0;
for (const [pattern, bit] of [
  [FAULT, CUE_FAULT],
  [DISRUPTION, CUE_DISRUPTION],
  [RISK, CUE_RISK],
  [INSTRUCTION, CUE_INSTRUCTION],
] as const) {
  const words = leadingWords(pattern);
  if (!words) UNFILTERED |= bit;
  for (const word of new Set(words)) (PREFIXES[pairOf(word.charCodeAt(0), word.charCodeAt(1))] ??= []).push({ word, bit });
}

/**
 * Which word cues (CUE_* bits) may match a sentence whose tokens are `tokens[from, to)`: a cue's every match starts
 * at a word that begins with one of its leading words, so a sentence with none of them cannot match it. A token
 * holding an underscore or a character outside ASCII gives all of them (the patterns' word boundaries are ASCII ones
 * and may fall inside such a token). The check is a table lookup per word, where the patterns cost a try at every
 * character.
 */
export function possibleCues(tokens: readonly Token[], shapes: readonly number[], from: number, to: number): number {
  let possible = UNFILTERED;
  for (let k = from; k < to && possible !== ALL_CUES; k++) {
    if (shapes[k]! & SHAPE_OTHER) return ALL_CUES;
    const word = tokens[k]!.lower;
    if (word.length < 2) continue;
    const a = word.charCodeAt(0);
    const b = word.charCodeAt(1);
    if (a < 97 || a > 122 || b < 97 || b > 122) continue;
    const candidates = PREFIXES[pairOf(a, b)];
    if (!candidates) continue;
    for (const { word: prefix, bit } of candidates) if (!(possible & bit) && word.startsWith(prefix)) possible |= bit;
  }
  return possible;
}
