/**
 * The analysis pipeline: message → the user's paragraphs → each paragraph prepared once and run through every
 * enabled check (results cached by the paragraph's text) → message-level judgements → findings and a score.
 * A keystroke changes one paragraph, so with a cache only that paragraph is redone.
 */
import { CHECKS } from '../checks/index.ts';
import type { FeatureTalkFacts } from '../checks/feature-talk.ts';
import type { Check, CheckContext, DraftFinding, PlacedResult, UnitResult } from '../checks/types.ts';
import type { CompiledLexicon } from '../match/matcher.ts';
import { allowedRanges } from '../match/allow.ts';
import { CHECK_CATALOG } from '../checks/catalog.ts';
import { layoutMessage } from './regions.ts';
import { SEVERITIES, type Audience, type Severity } from '../schema.ts';
import { computeScore } from './score.ts';
import { CHECK_IDS, type AnalyzeResult, type CheckId, type Finding, type TextSpan } from '../types.ts';
import { evidenceKey, isAboutIT, ORDINARY_SENSE, STRONG } from './context.ts';
import { prepareUnit, type PreparedUnit } from './unit.ts';

/** Everything an analysis depends on besides the text, resolved (lexicon compiled, checks chosen). */
export interface AnalysisConfig {
  lexicon: CompiledLexicon;
  audience: Audience;
  /** Enabled checks, in CHECK_IDS order. */
  checks: readonly Check<unknown>[];
  minSeverity: Severity;
}

/** What is kept per paragraph between analyses. */
export interface UnitRecord {
  /** One result per enabled check, in `config.checks` order; offsets relative to the paragraph. */
  results: UnitResult<unknown>[];
  words: number;
  sentenceLengths: number[];
  /** What shows the paragraph is about IT (see ./context.ts), and entries whose ordinary-word sense it ruled out. */
  evidenceKeys: readonly string[];
}

/** Paragraph text → its record; `analyzeMessage` reads one and fills the next. */
export type UnitCache = Map<string, UnitRecord>;

/** The checks for a set of switches (missing means on), in CHECK_IDS order. */
export function enabledChecks(switches: Partial<Record<CheckId, boolean>> = {}): Check<unknown>[] {
  return CHECKS.filter((check) => switches[check.id] !== false);
}

/** Checks whose marks all say "a reader won't know this word"; one mark per word is enough. */
const TERM_PRIORITY: Partial<Record<CheckId, number>> = { jargon: 0, technical: 1, acronym: 2 };

/** Fewest tokens for a sentence to count in the score (which weighs every part per sentence). */
const MIN_SCORED_SENTENCE = 1;

/** FNV-1a of a short string, for numeric id keys. */
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/** `n.toString(36)` for an integer from 0 to 2^32 - 1, without the engine's general radix conversion (slow). */
function base36(n: number): string {
  let out = '';
  do {
    const digit = n % 36;
    out = BASE36[digit]! + out;
    n = (n - digit) / 36;
  } while (n > 0);
  return out;
}

/**
 * FNV-1a over a sentence's length and its first and last 48 characters: a short, deterministic fingerprint
 * for finding ids. Ids stay unique whatever it gives (repeats get "#n"), so sampling long sentences is safe.
 */
function fingerprint(text: string, start: number, end: number): string {
  let hash = 0x811c9dc5 ^ (end - start);
  const head = Math.min(end, start + 48);
  for (let i = start; i < head; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  for (let i = Math.max(head, end - 48); i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return base36(hash >>> 0);
}

/** A sentence's fingerprint, and the hash of that fingerprint that goes into its findings' id hashes. */
interface Print {
  text: string;
  hash: number;
}

/**
 * Ties each finding's key to the sentence it sits in, so its id survives edits to other sentences and
 * changes when the words around it change.
 */
function anchorKeys(unit: PreparedUnit, findings: DraftFinding[], prints: (Print | undefined)[]): void {
  const sentences = unit.sentences;
  if (!sentences.length) return;
  let s = 0;
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i]!;
    // Findings mostly come in text order; start over only when one does not.
    if (i > 0 && findings[i - 1]!.start > finding.start) s = 0;
    while (s < sentences.length - 1 && sentences[s]!.end <= finding.start) s++;
    const sentence = sentences[s]!;
    let print = prints[s];
    if (print === undefined) {
      // Each sentence is hashed once, however many findings it holds (one long sentence can hold thousands).
      const text = fingerprint(unit.masked, sentence.start, sentence.end);
      prints[s] = print = { text, hash: hashText(text) };
    }
    finding.anchor = print.text;
    finding.idHash = (Math.imul(hashText(finding.key), 31) ^ print.hash) >>> 0;
    if (!finding.wholeMessage && sentence.start <= finding.start && finding.end <= sentence.end) finding.sentence = sentence;
  }
}

/** Does `[start, end)` overlap one of `ranges` (sorted, not overlapping)? */
function overlapsAny(ranges: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  let low = 0;
  let high = ranges.length;
  // The first range that ends after `start`; it overlaps when it starts before `end`.
  while (low < high) {
    const mid = (low + high) >> 1;
    if (ranges[mid]![1] <= start) low = mid + 1;
    else high = mid;
  }
  return low < ranges.length && ranges[low]![0] < end;
}

/** A check's result without the findings that touch an allowed term (a new result: results are shared and cached). */
function withoutAllowed<F>(result: UnitResult<F>, allowed: ReadonlyArray<[number, number]>): UnitResult<F> {
  const findings = result.findings.filter((f) => f.wholeMessage || !overlapsAny(allowed, f.start, f.end));
  return findings.length === result.findings.length ? result : { ...result, findings };
}

/** Runs every enabled check over one paragraph. */
export function analyzeUnit(text: string, config: AnalysisConfig): UnitRecord {
  const unit = prepareUnit(text, config.lexicon);
  const context: CheckContext = { lexicon: config.lexicon, audience: config.audience };
  let prints: (Print | undefined)[] | undefined;
  const checks = config.checks;
  const results: UnitResult<unknown>[] = [];
  // Allowed terms are silent in every check that marks words, wherever they occur, whole or in part.
  const allowed = config.lexicon.allow.size ? allowedRanges(config.lexicon.allowList, unit.masked, unit.tokens, unit.gaps) : null;
  for (let c = 0; c < checks.length; c++) {
    let result = checks[c]!.inUnit(unit, context);
    if (allowed?.length && result.findings.length && CHECK_CATALOG[checks[c]!.id].canAllow) result = withoutAllowed(result, allowed);
    if (result.findings.length)
      anchorKeys(unit, result.findings, (prints ??= new Array<Print | undefined>(unit.sentences.length).fill(undefined)));
    results.push(result);
  }
  const sentenceLengths: number[] = [];
  const sentences = unit.sentences;
  for (let s = 0; s < sentences.length; s++) {
    const length = sentences[s]!.endToken - sentences[s]!.firstToken;
    if (length >= MIN_SCORED_SENTENCE) sentenceLengths.push(length);
  }
  // A term marked without needing context (an ambiguous one shown as IT by its own sentence, an IT acronym) is
  // strong evidence for the rest of the message.
  const evidenceKeys: string[] = unit.evidenceKeys;
  for (let c = 0; c < checks.length; c++) {
    if (!(checks[c]!.id in TERM_PRIORITY)) continue;
    for (const finding of results[c]!.findings) {
      if (finding.needsContext) continue;
      const key = evidenceKey(STRONG, finding.entryId ?? finding.key);
      if (!evidenceKeys.includes(key)) evidenceKeys.push(key);
    }
  }
  return { results, words: unit.words, sentenceLengths, evidenceKeys };
}

/** Better first: the longer mark ("srv-sql-01" over "sql" inside it), then jargon over technical over acronym. */
function betterTerm(a: Finding, b: Finding): number {
  return b.end - b.start - (a.end - a.start) || TERM_PRIORITY[a.check]! - TERM_PRIORITY[b.check]! || a.start - b.start;
}

/** Keeps the best marks of a cluster of overlapping ones, best first, each only where nothing kept lies. */
function settleCluster(cluster: Finding[], dropped: Set<Finding>): void {
  cluster.sort(betterTerm);
  const kept: Finding[] = [];
  for (const term of cluster) {
    if (kept.some((k) => k.start < term.end && term.start < k.end)) dropped.add(term);
    else kept.push(term);
  }
}

/**
 * The term marks that overlap a better one (see `betterTerm`), or null when none do. Each check's own marks
 * never overlap, so overlaps come in small clusters: found by one sweep in text order, each settled on its own.
 */
function overlappingTerms(findings: Finding[]): Set<Finding> | null {
  const terms = findings.filter((f) => f.check in TERM_PRIORITY);
  if (terms.length < 2 || terms.every((f) => f.check === terms[0]!.check)) return null;
  terms.sort((a, b) => a.start - b.start || b.end - a.end);
  const dropped = new Set<Finding>();
  for (let i = 0; i < terms.length;) {
    let j = i + 1;
    let end = terms[i]!.end;
    while (j < terms.length && terms[j]!.start < end) end = Math.max(end, terms[j++]!.end);
    if (j - i > 1) settleCluster(terms.slice(i, j), dropped);
    i = j;
  }
  return dropped.size ? dropped : null;
}

const SEVERITY_RANK: Record<Severity, number> = Object.fromEntries(SEVERITIES.map((s, i) => [s, i])) as Record<Severity, number>;
const hasRange = (suggestion: { start?: number }) => suggestion.start !== undefined;
/** Added to a whole-message finding's check rank, so the sort can tell them apart without reading the finding. */
const WHOLE_MESSAGE_RANK = 64;
const CHECK_RANK: Record<CheckId, number> = Object.fromEntries(CHECK_IDS.map((c, i) => [c, i])) as Record<CheckId, number>;

/**
 * Analyses a whole message. With `cache`, paragraphs whose text is in it are not redone; every paragraph's
 * record is written to `nextCache` (pass a fresh Map, then keep it for the next call).
 */
export function analyzeMessage(text: string, config: AnalysisConfig, cache?: UnitCache, nextCache?: UnitCache): AnalyzeResult {
  const layout = layoutMessage(text);
  const records: UnitRecord[] = [];
  let words = 0;
  const sentenceLengths: number[] = [];
  for (const range of layout.units) {
    const unitText = text.slice(range.start, range.end);
    const record = cache?.get(unitText) ?? nextCache?.get(unitText) ?? analyzeUnit(unitText, config);
    nextCache?.set(unitText, record);
    records.push(record);
    words += record.words;
    for (const length of record.sentenceLengths) sentenceLengths.push(length);
  }

  const context: CheckContext = { lexicon: config.lexicon, audience: config.audience };
  const evidence = new Set<string>();
  for (const record of records) for (const key of record.evidenceKeys) evidence.add(key);
  const aboutIT = isAboutIT(evidence);
  const view = { text, units: layout.units, aboutIT };
  const minRank = SEVERITY_RANK[config.minSeverity];
  // Every placed finding, with (by the same index) a number standing for its id and its check's rank.
  const placed: Finding[] = [];
  const idHashes: number[] = [];
  const ranks: number[] = [];
  let outcome: FeatureTalkFacts | null = null;
  // Each sentence's span, by where it starts: the findings of one sentence share it, whichever check made them.
  const spans = new Map<number, TextSpan>();
  const place = (check: Check<unknown>, list: readonly DraftFinding[], offset: number) => {
    const rank = CHECK_RANK[check.id];
    // Findings of one sentence share its span (memory per tab: a long message holds thousands of findings).
    let lastSentence: DraftFinding['sentence'];
    let lastSpan: TextSpan | undefined;
    for (let d = 0; d < list.length; d++) {
      const draft = list[d]!;
      if (SEVERITY_RANK[draft.severity] < minRank) continue;
      // A word whose sense its own sentence leaves open takes the message's: about IT, and not used elsewhere in
      // the message in its ordinary sense.
      if (draft.needsContext && (!aboutIT || (draft.entryId && evidence.has(evidenceKey(ORDINARY_SENSE, draft.entryId))))) continue;
      const start = draft.start + offset;
      const end = draft.end + offset;
      let suggestions = draft.suggestions;
      // Only "remove" suggestions carry offsets; the others are shared as they are.
      if (offset && suggestions.some(hasRange)) {
        suggestions = suggestions.map((sg) =>
          sg.start === undefined ? sg : { ...sg, start: sg.start + offset, end: (sg.end ?? sg.start) + offset },
        );
      }
      const finding: Finding = {
        id: draft.anchor ? `${check.id}:${draft.key}@${draft.anchor}` : `${check.id}:${draft.key}`,
        start,
        end,
        text: text.slice(start, end),
        check: check.id,
        severity: draft.severity,
        message: draft.message,
        suggestions,
      };
      if (draft.entryId) finding.entryId = draft.entryId;
      if (draft.wholeMessage) finding.wholeMessage = true;
      else if (draft.sentence) {
        if (draft.sentence !== lastSentence) {
          lastSentence = draft.sentence;
          const start = draft.sentence.start + offset;
          lastSpan = spans.get(start);
          if (!lastSpan) spans.set(start, (lastSpan = { start, end: draft.sentence.end + offset }));
        }
        finding.sentence = lastSpan;
      }
      placed.push(finding);
      idHashes.push((draft.idHash ?? 0) ^ Math.imul(rank + 1, 0x9e3779b1));
      // Rank, with whole-message findings after all others (the order they are listed in).
      ranks.push(draft.wholeMessage ? rank + WHOLE_MESSAGE_RANK : rank);
    }
  };
  for (let index = 0; index < config.checks.length; index++) {
    const check = config.checks[index]!;
    if (check.acrossMessage) {
      const results: PlacedResult<unknown>[] = [];
      for (let u = 0; u < records.length; u++) results.push({ offset: layout.units[u]!.start, result: records[u]!.results[index]! });
      place(check, check.acrossMessage(results, view, context), 0);
    } else {
      for (let u = 0; u < records.length; u++) {
        const list = records[u]!.results[index]!.findings;
        if (list.length) place(check, list, layout.units[u]!.start);
      }
    }
    if (check.id === 'feature-talk') {
      const total = { sentences: 0, actions: 0, outcomes: 0, featureOnly: 0, benefits: 0 };
      for (const record of records) {
        const facts = record.results[index]!.facts as FeatureTalkFacts | undefined;
        if (!facts) continue;
        total.sentences += facts.sentences;
        total.actions += facts.actions;
        total.outcomes += facts.outcomes;
        total.featureOnly += facts.featureOnly;
        total.benefits += facts.benefits;
      }
      outcome = total;
    }
  }
  const dropped = overlappingTerms(placed);
  const order: number[] = [];
  for (let i = 0; i < placed.length; i++) if (!dropped?.has(placed[i]!)) order.push(i);
  order.sort((i, j) => {
    const whole = (ranks[i]! >= WHOLE_MESSAGE_RANK ? 1 : 0) - (ranks[j]! >= WHOLE_MESSAGE_RANK ? 1 : 0);
    if (whole) return whole;
    const a = placed[i]!;
    const b = placed[j]!;
    return a.start - b.start || a.end - b.end || ranks[i]! - ranks[j]!;
  });
  // Repeats of one id (the same words twice in one sentence, or a sentence written twice) get "#1", "#2"...
  // Counted by a number per id, not the id string: hashing thousands of fresh strings costs more than the rest.
  const findings: Finding[] = [];
  const seen = new Map<number, number>();
  for (let k = 0; k < order.length; k++) {
    const finding = placed[order[k]!]!;
    const hash = idHashes[order[k]!]!;
    const n = seen.get(hash) ?? 0;
    seen.set(hash, n + 1);
    if (n) finding.id = `${finding.id}#${n}`;
    findings.push(finding);
  }
  return { findings, score: computeScore({ words, sentenceLengths, findings, outcome, audience: config.audience }) };
}
