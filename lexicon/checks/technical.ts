/**
 * Check 3: technical tokens no lexicon lists. Product and protocol names with inner capitals or digits
 * (HAProxy, PostgreSQL, RSA-2048), error codes (HTTP 502), file paths, host names, version numbers and metric
 * shorthand (p95, 40ms, 10Gbps). The shapes and the everyday exceptions are data: technical.data.ts.
 *
 * One native regex pass finds the few places worth a look (a letter next to a digit, a capital inside a word,
 * a slash or dot inside a word); only the whitespace-bounded chunk around each is classified.
 */
import { normalizePhrase, SHAPE_CAPITAL, SHAPE_DIGIT, SHAPE_LOWER, type Token } from '../match/tokenize.ts';
import type { PreparedUnit } from '../analyze/unit.ts';
import {
  ERROR_CODE_AFTER,
  ERROR_CODE_WORDS,
  EVERYDAY,
  EVERYDAY_BRANDS,
  KINDS,
  METRIC_UNITS,
  PATTERNS,
  type TechnicalKind,
} from './technical.data.ts';
import type { Check, DraftFinding } from './types.ts';
import { registerWords } from '../match/word-index.ts';
import { COMMON_ACRONYMS } from './acronym.data.ts';

const COMMON = new Set(COMMON_ACRONYMS);

const BRANDS = new Set(EVERYDAY_BRANDS);
/** The everyday patterns that can match a chunk with no digit (names like "McDonald", plurals like "PDFs"). */
const EVERYDAY_WORDS = EVERYDAY.filter((re) => !/\\d|£/.test(re.source));
// Where a technical token may be: a letter next to a digit, a capital inside a word, a joint inside a word.
const ANCHOR = /[A-Za-z][-_]?\d|\d[A-Za-z]|[a-z][A-Z]|[A-Z]{2}[a-z]|[\\/_:.][A-Za-z0-9]|[µμ]s/;
/** Longest chunk worth classifying; anything longer is not a token a person typed on purpose. */
const MAX_CHUNK = 200;
const LEADING = /^[("'“‘[<{*_]+/;
const TRAILING = /(?:['’]s)?[)"'”’\]>}.,;:!?*_]*$/;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000;
}

/** What kind of technical token `chunk` is, or null for ordinary words. */
export function classifyChunk(chunk: string): TechnicalKind['id'] | null {
  const known = classified.get(chunk);
  if (known !== undefined) return known;
  const kind = classifyUncached(chunk);
  // Messages repeat their product names; the classification of a chunk never changes, so remember it.
  if (classified.size >= MAX_CLASSIFIED) classified.clear();
  classified.set(chunk, kind);
  return kind;
}

const classified = new Map<string, TechnicalKind['id'] | null>();
const MAX_CLASSIFIED = 5000;
/** Shape patterns only apply to chunks with a digit or a joint; plain words with capitals skip them. */
const NEEDS_PATTERNS = /[\d./\\_:]/;
const HAS_DIGIT_OR_MONEY = /[\d£$€¥]/;

function classifyUncached(chunk: string): TechnicalKind['id'] | null {
  if (NEEDS_PATTERNS.test(chunk)) for (const { kind, test } of PATTERNS) if (test.test(chunk)) return kind;
  if (BRANDS.has(chunk)) return null;
  if (HAS_DIGIT_OR_MONEY.test(chunk) ? EVERYDAY.some((re) => re.test(chunk)) : EVERYDAY_WORDS.some((re) => re.test(chunk))) return null;
  const letters = chunk.replace(/[^A-Za-z]/g, '').length;
  // A business acronym with a footnote number glued on by the page: "EBITDA3".
  const footnote = /^([A-Z]{2,})\d$/.exec(chunk);
  if (footnote && COMMON.has(footnote[1]!)) return null;
  // Letters next to digits: "RSA-2048", "SHA256", "IPv6", "x86". Names with inner capitals ("GoAssemble",
  // "PayTrace") are not marked by their shape: most are the name of a tool the reader uses, and the back-end
  // products a reader would not know are lexicon entries.
  if (/[A-Za-z]-?\d|\d-?[A-Za-z]/.test(chunk) && letters >= 2 && !/^\d+[a-z]{1,2}$/i.test(chunk)) return 'product';
  return null;
}

function findingFor(kind: TechnicalKind['id'], start: number, end: number, written: string, suggestion?: string | null): DraftFinding {
  const { what, advice } = KINDS[kind];
  return {
    // A name made of letters and digits may be a form, a postcode or a model number: only an IT message says.
    ...(kind === 'product' ? { needsContext: true } : {}),
    start,
    end,
    severity: 'low',
    key: normalizePhrase(written) || written,
    message: `"${written}" is ${what}. ${advice}`,
    suggestions: suggestion ? [{ kind: 'plain', text: suggestion }] : [],
  };
}

/** "40ms" → "40 milliseconds", when there are words for the unit. */
function metricInWords(number: string, unit: string): string | null {
  // Own keys only: "40 constructor" in a message must not read Object.prototype.constructor as a unit.
  const words = Object.hasOwn(METRIC_UNITS, unit.toLowerCase()) ? METRIC_UNITS[unit.toLowerCase()] : null;
  return words ? `${number} ${words}` : null;
}

/** Joints that, just before a word, may make the chunk technical ("/etc", "Node.js", "C:\\"). */
function isJointBefore(code: number): boolean {
  return code === 47 || code === 46 || code === 58 || code === 92; // / . : \
}

/**
 * Classifies every whitespace-bounded chunk of the paragraph that holds an ANCHOR. Every ANCHOR match holds a
 * digit, a capital after a token's first letter, an underscore or a micro sign inside a token, or a joint just
 * before a token (two letters side by side are always one token); so only the chunks around such tokens are
 * tested, and a paragraph of plain words ("Friday", "servers") costs one look per token.
 */
function chunkFindings(unit: PreparedUnit, findings: DraftFinding[]): void {
  const { masked: text, tokens, shapes } = unit;
  let done = 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.start < done) continue;
    // Lower-case ASCII letters with at most a capital first ("servers", "Friday") cannot hold an ANCHOR.
    if ((shapes[k]! & ~(SHAPE_LOWER | SHAPE_CAPITAL)) === 0 && !(token.start > 0 && isJointBefore(text.charCodeAt(token.start - 1))))
      continue;
    let start = token.start;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = token.end;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    done = end;
    if (end - start > MAX_CHUNK) continue;
    const raw = text.slice(start, end);
    if (!ANCHOR.test(raw)) continue;
    const lead = LEADING.exec(raw)?.[0].length ?? 0;
    const trail = TRAILING.exec(raw.slice(lead))?.[0].length ?? 0;
    const core = raw.slice(lead, raw.length - trail);
    if (core.length < 2) continue;
    const kind = classifyChunk(core);
    if (!kind) continue;
    const metric = kind === 'metric' ? /^(\d+(?:\.\d+)?)([^\d.].*)$/.exec(core) : null;
    findings.push(findingFor(kind, start + lead, start + lead + core.length, core, metric ? metricInWords(metric[1]!, metric[2]!) : null));
  }
}

const IS_NUMBER = /^\d+$/;
/** Word-index bit of the words that can start a two-word token ("HTTP 502", "exit code 137", "event ID 4625"). */
const TWO_WORD_BIT = registerWords([...ERROR_CODE_WORDS, 'code', 'id']);
const IS_ERROR_STATUS = /^[1-5]\d\d$/;

function gapIsSpace(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length > 0 && gap.length <= 2 && /^[ \u00a0]+$|^-$|^ ?#$/.test(gap);
}

/** Two-word tokens: "HTTP 502", "error 1603", "exit code 137", "a 502 error", "40 ms". */
function tokenFindings(unit: PreparedUnit, findings: DraftFinding[]): void {
  const { tokens, masked: text, info, shapes } = unit;
  for (let i = 0; i + 1 < tokens.length; i++) {
    // Cheap tests first: only numbers and a few words (a bit in the word index) can start a two-word token;
    // the shape and the bit rule out nearly every token without loading it.
    const twoWordBit = ((info[i]?.flags ?? 0) & TWO_WORD_BIT) !== 0;
    if (!(shapes[i]! & SHAPE_DIGIT) && !twoWordBit) continue;
    const token = tokens[i]!;
    const c = token.text.charCodeAt(0);
    if (!(c >= 48 && c <= 57) && !(twoWordBit && (ERROR_CODE_WORDS.has(token.lower) || token.lower === 'code' || token.lower === 'id')))
      continue;
    const next = tokens[i + 1]!;
    if (!gapIsSpace(text, token, next)) continue;
    let lead = token.lower;
    let first = i;
    if ((lead === 'code' || lead === 'id') && i > 0 && gapIsSpace(text, tokens[i - 1]!, token)) {
      lead = `${tokens[i - 1]!.lower} ${lead}`;
      first = i - 1;
    }
    if (ERROR_CODE_WORDS.has(lead) && IS_NUMBER.test(next.text)) {
      const http = lead === 'http' || lead === 'https' || lead === 'status';
      if ((http && IS_ERROR_STATUS.test(next.text)) || (!http && next.text.length >= 3 && lead !== 'event') || lead === 'event id') {
        const start = tokens[first]!.start;
        findings.push(findingFor('error-code', start, next.end, text.slice(start, next.end)));
        i++;
        continue;
      }
    }
    if (IS_NUMBER.test(token.text)) {
      if (/^[45]\d\d$/.test(token.text) && ERROR_CODE_AFTER.has(next.lower)) {
        findings.push(findingFor('error-code', token.start, next.end, text.slice(token.start, next.end)));
        i++;
      } else if (Object.hasOwn(METRIC_UNITS, next.lower) && text.slice(token.end, next.start) !== '-') {
        // "99.9 ms": include the decimals before the unit.
        let start = token.start;
        const prev = tokens[i - 1];
        if (prev && IS_NUMBER.test(prev.text) && text.slice(prev.end, token.start) === '.') start = prev.start;
        const number = text.slice(start, token.end);
        findings.push(findingFor('metric', start, next.end, text.slice(start, next.end), metricInWords(number, next.text)));
        i++;
      }
    }
  }
}

/** Marks product names, error codes, paths, host names, versions and metric shorthand that no lexicon lists. */
export const technicalCheck: Check = {
  id: 'technical',
  inUnit(unit, { lexicon }) {
    const findings: DraftFinding[] = [];
    chunkFindings(unit, findings);
    tokenFindings(unit, findings);
    if (!findings.length) return { findings };
    findings.sort((a, b) => a.start - b.start || b.end - a.end);
    // No overlaps among our own findings, nothing the user allowed. Overlaps with lexicon terms are settled
    // by the analyzer (the longer mark wins: "srv-dns-01" over "dns").
    const kept: DraftFinding[] = [];
    for (const finding of findings) {
      const last = kept[kept.length - 1];
      if (last && finding.start < last.end) continue;
      if (lexicon.allow.has(finding.key)) continue;
      kept.push(finding);
    }
    return { findings: kept };
  },
};
