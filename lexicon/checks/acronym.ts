/**
 * Check 2: unexplained acronyms. A word in capitals that the message never spells out, that the lexicon does
 * not already explain (the jargon check marks those), and that is not common business shorthand. Only its
 * first use is marked: that is where the reader needs the definition.
 */
import { normalizePhrase, SHAPE_DIGIT, SHAPE_INNER_CAPITAL, type Token } from '../match/tokenize.ts';
import type { Sentence } from '../analyze/unit.ts';
import {
  CAPITALIZED_WORDS,
  COMMON_ACRONYMS,
  COMMON_PATTERNS,
  IT_ACRONYMS,
  IT_ACRONYMS_IN_CONTEXT,
  MAX_ACRONYM_LENGTH,
  ORGANIZATIONS,
  SYSTEM_NOUNS,
  SYSTEM_VERBS,
} from './acronym.data.ts';
import { placeFindings, type Check, type DraftFinding } from './types.ts';

/** Acronyms a paragraph defines, to clear their uses anywhere in the message. */
export interface AcronymFacts {
  defined: string[];
}

const COMMON = new Set([...COMMON_ACRONYMS, ...ORGANIZATIONS]);
const CAPITALIZED = new Set(CAPITALIZED_WORDS);
// Two or more capitals, digits allowed, an optional plural "s": "SSO", "EC2", "APIs".
const SHAPE = /^[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*s?$/;
/** Words after an acronym that define it: "SSO stands for…", "MFA, short for…", "DLP means…". */
const DEFINITION_CUES: readonly (readonly string[])[] = [
  ['stands', 'for'],
  ['is', 'short', 'for'],
  ['short', 'for'],
  ['means'],
  ['meaning'],
  ['refers', 'to'],
  ['is', 'an', 'acronym'],
  ['is', 'the', 'name'],
];
const CUE_STARTS = new Set(DEFINITION_CUES.map((cue) => cue[0]!));

/** The acronym a token spells, without a plural "s", or null when it is not one this check cares about. */
export function acronymOf(token: string): string | null {
  if (token.length > MAX_ACRONYM_LENGTH + 1 || !SHAPE.test(token)) return null;
  const base = token.endsWith('s') ? token.slice(0, -1) : token;
  if (base.length > MAX_ACRONYM_LENGTH || base.replace(/[^A-Z]/g, '').length < 2) return null;
  if (COMMON.has(base) || COMMON.has(token) || CAPITALIZED.has(base) || COMMON_PATTERNS.some((re) => re.test(base))) return null;
  return base;
}

/** Does the text around token `i` define it: "single sign-on (SSO)", "SSO (single sign-on)", "SSO stands for…"? */
function isDefinedHere(masked: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  // "(SSO)" after other words defines it.
  if (i > 0 && masked[token.start - 1] === '(' && masked[token.end] === ')') return true;
  const gapEnd = next ? next.start : token.end;
  if (!next || gapEnd - token.end > 4) return false;
  const after = masked.slice(token.end, gapEnd);
  // "SSO (single sign-on)", "MFA – a second sign-in step", "DLP: rules that stop data leaving"
  if (/\p{L}/u.test(next.text) && /^\s*(?:\(|[–—:]|\s-)\s*$/.test(after)) return true;
  // "SSO, or single sign-on,"
  if (next.lower === 'or' && /^\s*,\s*$/.test(after)) return true;
  if (!CUE_STARTS.has(next.lower)) return false;
  for (const cue of DEFINITION_CUES) if (cue.every((word, k) => tokens[i + 1 + k]?.lower === word)) return true;
  return false;
}

/** "AT&T", "R&D": capitals joined by an ampersand are a name, not an acronym to define. */
function joinedByAmpersand(masked: string, token: Token): boolean {
  return masked[token.start - 1] === '&' || masked[token.end] === '&';
}

const IT_OWN = new Set(IT_ACRONYMS);
const IT_IN_CONTEXT = new Set(IT_ACRONYMS_IN_CONTEXT);
const SYSTEM_NOUN = new Set(SYSTEM_NOUNS);
const SYSTEM_VERB = new Set(SYSTEM_VERBS);
const SIGN_IN = /^(?:log|logs|logged|logging|sign|signs|signed|signing)$/;

/** Are tokens `a` and `b` neighbours in one phrase: only spaces (or a hyphen) between them? */
function adjacent(masked: string, a: Token, b: Token): boolean {
  return b.start - a.end <= 2 && /^[ \t\u00a0-]+$/.test(masked.slice(a.end, b.start));
}

/** Does the acronym at token `i` name a system: "the CST system", "log in to CST", "install ZTNA"? */
function namesASystem(masked: string, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next && adjacent(masked, tokens[i]!, next) && SYSTEM_NOUN.has(next.lower)) return true;
  const prev = tokens[i - 1];
  if (!prev || !adjacent(masked, prev, tokens[i]!)) return false;
  if (SYSTEM_VERB.has(prev.lower)) return true;
  // "log in to CST", "signed into CST", "sign on to CST"
  const [a, b] = [tokens[i - 3], tokens[i - 2]];
  return (
    (prev.lower === 'to' || prev.lower === 'into') &&
    !!b &&
    (b.lower === 'in' || b.lower === 'on' || SIGN_IN.test(b.lower)) &&
    (SIGN_IN.test(b.lower) || (!!a && SIGN_IN.test(a.lower)))
  );
}

/** Is the word one of a run of capitalised words ("PUMPKIN CANNON", "USERS MUST"), or a heading's label ("IMPACT:")? */
function isEmphasisOrLabel(masked: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const capitals = (t: Token | undefined) => !!t && t.text.length >= 2 && /^\p{Lu}[\p{Lu}\d]*$/u.test(t.text);
  if (capitals(tokens[i - 1]) && adjacent(masked, tokens[i - 1]!, token)) return true;
  if (capitals(tokens[i + 1]) && adjacent(masked, token, tokens[i + 1]!)) return true;
  // First on its line and followed by a tab, a colon or the end of the line: a label.
  const lineStart = masked.lastIndexOf('\n', token.start - 1) + 1;
  return /^\s*$/.test(masked.slice(lineStart, token.start)) && /^(?:\t|\s*:|[ \t]*(?:\n|$))/.test(masked.slice(token.end, token.end + 3));
}

/** Is the sentence shouted (most of its words in capitals)? Then capitals say nothing. */
function isShouted(tokens: readonly Token[], sentence: Sentence): boolean {
  let words = 0;
  let capitals = 0;
  for (let k = sentence.firstToken; k < sentence.endToken && k - sentence.firstToken < 200; k++) {
    const text = tokens[k]!.text;
    if (text.length < 2 || !/\p{L}/u.test(text)) continue;
    words++;
    if (text === text.toUpperCase()) capitals++;
  }
  return words >= 3 && capitals * 2 >= words;
}

const MESSAGE = (written: string) =>
  `"${written}" is an acronym this message never spells out. Spell it out the first time ("plain words (${written.replace(/s$/, '')})") or use plain words instead: a reader who doesn't know it stops there.`;

/** Marks the first use of each acronym that is neither defined in the message nor common business shorthand. */
export const acronymCheck: Check<AcronymFacts> = {
  id: 'acronym',
  inUnit(unit, { lexicon }) {
    const { tokens, masked } = unit;
    const findings: DraftFinding[] = [];
    const defined: string[] = [];
    // Made on the first capitalised token: most paragraphs have none.
    let seen: Set<string> | undefined;
    /** Token text → the acronym it spells (or null): a paragraph repeats its capitals. */
    let shapes: Map<string, string | null> | undefined;
    let termIndex = 0;
    let sentenceIndex = 0;
    // Whether the current sentence is shouted, worked out once per sentence.
    let shoutedIndex = -1;
    let shouted = false;
    const shapesOf = unit.shapes;
    for (let i = 0; i < tokens.length; i++) {
      // An acronym has a capital after its first letter, or a digit ("SSO", "EC2"): the shape passes over "The"
      // and "servers" without a look at the token.
      if (!(shapesOf[i]! & (SHAPE_INNER_CAPITAL | SHAPE_DIGIT))) continue;
      const token = tokens[i]!;
      // It starts with two capitals, or a capital and a digit.
      const c = token.text.charCodeAt(0);
      if (c < 65 || c > 90) continue;
      const d = token.text.charCodeAt(1);
      if (!((d >= 65 && d <= 90) || (d >= 48 && d <= 57))) continue;
      shapes ??= new Map();
      let acronym = shapes.get(token.text);
      if (acronym === undefined) {
        acronym = acronymOf(token.text);
        shapes.set(token.text, acronym);
      }
      if (!acronym) continue;
      // Words joined by "&" ("AT&T") or inside a lexicon term are someone else's business.
      while (termIndex < unit.terms.length && unit.terms[termIndex]!.endToken <= i) termIndex++;
      const term = unit.terms[termIndex];
      if (term && term.firstToken <= i) continue;
      if (joinedByAmpersand(masked, token)) continue;
      if (isDefinedHere(masked, tokens, i)) {
        defined.push(acronym);
        continue;
      }
      // Only the first use in the message is marked, so later uses in this paragraph need no more work.
      seen ??= new Set();
      if (seen.has(acronym)) continue;
      while (sentenceIndex < unit.sentences.length - 1 && unit.sentences[sentenceIndex]!.endToken <= i) sentenceIndex++;
      const sentence = unit.sentences[sentenceIndex];
      if (sentence) {
        if (shoutedIndex !== sentenceIndex) {
          shoutedIndex = sentenceIndex;
          shouted = isShouted(tokens, sentence);
        }
        if (shouted) continue;
      }
      if (lexicon.allow.size && (lexicon.allow.has(normalizePhrase(acronym)) || lexicon.allow.has(token.lower))) continue;
      // IT's own acronyms are marked (those that also mean something ordinary, only in a message about IT). Any
      // other is marked only where it names a system, in a message about IT: other capitals are organisations,
      // places, other fields' shorthand, or emphasis.
      const key = acronym.toUpperCase();
      const own = IT_OWN.has(key);
      if (!own && (isEmphasisOrLabel(masked, tokens, i) || (!IT_IN_CONTEXT.has(key) && !namesASystem(masked, tokens, i)))) continue;
      seen.add(acronym);
      findings.push({
        start: token.start,
        end: token.end,
        severity: 'medium',
        key: acronym,
        message: MESSAGE(token.text),
        suggestions: [],
        ...(own ? {} : { needsContext: true }),
      });
    }
    return { findings, facts: { defined } };
  },
  acrossMessage(results) {
    const defined = new Set<string>();
    for (const { result } of results) for (const acronym of result.facts?.defined ?? []) defined.add(acronym);
    const seen = new Set<string>();
    const findings: DraftFinding[] = [];
    for (const { offset, result } of results) {
      for (const finding of result.findings) {
        if (defined.has(finding.key) || seen.has(finding.key)) continue;
        seen.add(finding.key);
        findings.push(...placeFindings([finding], offset));
      }
    }
    return findings;
  },
};
