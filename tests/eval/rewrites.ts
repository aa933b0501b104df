/**
 * `npm run eval -- --rewrites`: the rewrite engine on every sentence of the IT passages that has a finding, for
 * the four audiences. Counts what a program can see is wrong with a suggestion (these checks are written here,
 * apart from the engine's own gate, so they test it rather than repeat it), whether facts survive, and how
 * often a sentence with findings gets no suggestion at all. What a careful writer would send is judged blind by
 * people (tests/rewrite-quality/); this counts the defects that need no judge.
 */
import { analyze, AUDIENCES, type Audience } from '../../lexicon/index.ts';
import { rewriteFlaggedSentences, type SentenceRewrite } from '../../lexicon/rewrite/index.ts';
import type { Passage } from './corpus.ts';

export type SuggestionKind = 'plain' | 'outcome' | 'analogy';
export const SUGGESTION_KINDS: readonly SuggestionKind[] = ['plain', 'outcome', 'analogy'];

/** One sentence with findings, for one audience, and what the engine offered. */
export interface RewrittenSentence {
  id: string;
  /** Offsets of the sentence in the passage. */
  start: number;
  end: number;
  audience: Audience;
  original: string;
  suggestions: Partial<Record<SuggestionKind, string>>;
  /** Why the engine offered less, when it says. */
  note?: string;
}

export type DefectKind =
  | 'echo'
  | 'doubled-word'
  | 'article-clash'
  | 'benefit-for-fault'
  | 'too-long'
  | 'outcome-on-question'
  | 'outcome-on-heading'
  | 'outcome-on-quotation'
  | 'two-clauses';

export interface Defect {
  kind: DefectKind;
  suggestion: SuggestionKind;
  where: RewrittenSentence;
  text: string;
}

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
const lowerWords = (text: string) => words(text).map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}'’-]/gu, ''));

/** Runs the engine the way the CLI does: the analyser's findings give each flagged sentence its terms. */
export function rewriteCorpus(passages: readonly Passage[]): RewrittenSentence[] {
  const out: RewrittenSentence[] = [];
  for (const passage of passages) {
    if (passage.kind === 'D') continue;
    for (const audience of AUDIENCES) {
      const { findings } = analyze(passage.text, { audience });
      for (const s of rewriteFlaggedSentences(passage.text, findings, { audience })) out.push(toRow(passage.id, audience, s));
    }
  }
  return out;
}

function toRow(id: string, audience: Audience, s: SentenceRewrite): RewrittenSentence {
  const suggestions: RewrittenSentence['suggestions'] = {};
  for (const kind of SUGGESTION_KINDS) {
    const text = s.rewrites[kind];
    if (text && text !== s.text) suggestions[kind] = text;
  }
  return { id, start: s.start, end: s.end, audience, original: s.text, suggestions, ...(s.unsafe ? { note: s.unsafe.message } : {}) };
}

/** Words that say a sentence reports a fault, an outage, an attack or a risk. */
const FAULT =
  /\b(?:fail(?:ed|ing|s|ure|ures)?|outages?|down|offline|unavailable|unable|cannot|can't|couldn't|could not|errors?|incidents?|degraded|disrupt(?:ed|ion|ions)?|interrupt(?:ed|ion|ions)?|crash(?:ed|es)?|stopped responding|not responding|breach(?:ed|es)?|attack(?:s|ed|ers)?|compromised|vulnerab(?:le|ility|ilities)|risks?|threats?|delay(?:ed|s)?|latency|timeouts?|timed out|exhaust(?:ed|ion)|slow(?:ness)?)\b/i;
/** An added reason clause: what an outcome rewrite adds. */
const REASON = /,?\s+(?:so that|so|which means|meaning|which also means)\s+/gi;

/** The defects a program can see in one suggestion. */
export function defectsOf(row: RewrittenSentence, kind: SuggestionKind, suggestion: string): DefectKind[] {
  const found: DefectKind[] = [];
  // An analogy is a sentence of its own after the writer's sentence (or its plain wording): that sentence is judged.
  const base = kind === 'analogy' ? [row.suggestions.plain, row.original].find((b) => b && suggestion.startsWith(`${b} `)) : undefined;
  const text = base ? suggestion.slice(base.length + 1) : suggestion;
  const original = base ? '' : row.original;
  // "a second sign-in check (a second sign-in check)": the words in brackets repeat the words before them.
  for (const m of text.matchAll(/\(([^()]{2,80})\)/g)) {
    const inside = lowerWords(m[1]!);
    const before = lowerWords(text.slice(0, m.index)).slice(-inside.length - 3);
    if (inside.length && inside.every((w) => before.includes(w))) found.push('echo');
  }
  // A word repeated right away or one word later ("email system email services") that the original did not repeat.
  const ws = lowerWords(text);
  const ow = lowerWords(original);
  for (let i = 0; i < ws.length; i++) {
    for (const gap of [1, 2]) {
      const w = ws[i]!;
      if (w.length < 3 || ws[i + gap] !== w || /^(?:that|had|very|the|and|or|to|of)$/.test(w)) continue;
      const inOriginal = ow.some((x, k) => x === w && ow[k + gap] === w);
      if (!inOriginal) found.push('doubled-word');
    }
  }
  // Two determiners in a row ("a the", "a large Dutch-based the internet supplier"), or "a"/"an" before the wrong
  // sound, where the original had neither. Words between may not be function words ("the end of the…" is fine).
  const clash =
    /\b(?:a|an|the)\s+(?:(?!(?:of|for|to|in|on|at|by|with|from|per|and|or|but|that|which|is|are|was|were|be|as|than|into|over|after|before)\b)[\p{L}-]+\s+){0,2}(?:the|a|an|our|your|their)\s/giu;
  const clashes = (t: string) => [...t.matchAll(clash)].map((m) => m[0].toLowerCase().replace(/\s+/g, ' '));
  // An analogy's picture is written whole by the lexicon's authors ("in a serviced flat the landlord…"): clashes are
  // what substitution joins make, so only joined text is searched for them.
  if (!base && clashes(text).some((c) => !clashes(original).includes(c))) found.push('article-clash');
  if (
    /\ban\s+(?:[bcdfgjklmnpqrstvwxyz])/i.test(text.replace(/\ban\s+(?:hour|honest|heir|honou?r|mp|sms|fbi|mba|lgbt|x-?ray|nhs|rsvp)/gi, ''))
  ) {
    if (!/\ban\s+(?:[bcdfgjklmnpqrstvwxyz])/i.test(original)) found.push('article-clash');
  }
  if (/\ba\s+(?:[aeio])/i.test(text) && !/\ba\s+(?:[aeio])/i.test(original) && !/\ba\s+(?:one|once|euro|eu\b)/i.test(text))
    found.push('article-clash');
  const added = words(text).length - words(original).length;
  if (added > (base ? 32 : 20)) found.push('too-long');
  if (kind === 'outcome') {
    const clauses = [...text.matchAll(REASON)].length - [...original.matchAll(REASON)].length;
    if (clauses > 0 && FAULT.test(original)) found.push('benefit-for-fault');
    if (clauses > 1 || /,\s+so that [^.]*,\s+and\s/i.test(text.slice(original.length - 10))) found.push('two-clauses');
  }
  if (kind !== 'plain') {
    const sentence = row.original;
    if (/\?["'”’)\]]*\s*$/.test(sentence)) found.push('outcome-on-question');
    if (!/[.!?]["'”’)\]]*\s*$/.test(sentence) && words(sentence).length <= 12) found.push('outcome-on-heading');
    if (/["“][^"“”]*\s[^"“”]*["”]|‘[^‘’]*\s[^‘’]*’/.test(sentence)) found.push('outcome-on-quotation');
  }
  return found;
}

/** Letters that may follow a figure and keep it one ("10GB", "4:05PM", "25x", "1st"). */
const UNITS = /^(?:am|pm|[kmgt]b?|x|st|nd|rd|th|s|h|ms|mins?|[mg]bps)$/i;

/** Numbers, times and negations: facts every suggestion keeps (names are the engine's own test). */
export function factsOf(text: string): string[] {
  // A digit inside a name ("2FA", "O365", "B2B") is part of its spelling, not a figure: a plain phrase may drop it.
  const figures = [...text.matchAll(/(?<![\p{L}\d])(\d+(?:[.,:]\d+)*%?)(\p{L}*)/gu)]
    .filter((m) => !m[2] || UNITS.test(m[2]))
    .map((m) => m[1]!);
  return [...figures, ...(text.match(/\b(?:not|never|no|none|cannot|can't|won't|don't|didn't)\b/gi) ?? []).map((w) => w.toLowerCase())];
}

export interface RewriteReport {
  sentences: number;
  /** Sentence-audience pairs with findings. */
  rows: number;
  offered: Record<SuggestionKind, number>;
  silent: number;
  defects: Defect[];
  factsKept: { kept: number; total: number; lost: { where: RewrittenSentence; suggestion: SuggestionKind; missing: string[] }[] };
}

function missingFacts(original: string, suggestion: string): string[] {
  const have = factsOf(suggestion);
  const missing: string[] = [];
  for (const fact of factsOf(original)) {
    const i = have.indexOf(fact);
    if (i >= 0) have.splice(i, 1);
    else missing.push(fact);
  }
  return missing;
}

export function scoreRewrites(rows: readonly RewrittenSentence[]): RewriteReport {
  const report: RewriteReport = {
    sentences: new Set(rows.map((r) => `${r.id}:${r.start}`)).size,
    rows: rows.length,
    offered: { plain: 0, outcome: 0, analogy: 0 },
    silent: 0,
    defects: [],
    factsKept: { kept: 0, total: 0, lost: [] },
  };
  for (const row of rows) {
    const kinds = SUGGESTION_KINDS.filter((k) => row.suggestions[k]);
    if (!kinds.length) report.silent++;
    for (const kind of kinds) {
      const text = row.suggestions[kind]!;
      report.offered[kind]++;
      for (const d of defectsOf(row, kind, text)) report.defects.push({ kind: d, suggestion: kind, where: row, text });
      report.factsKept.total++;
      const missing = missingFacts(row.original, text);
      if (missing.length) report.factsKept.lost.push({ where: row, suggestion: kind, missing });
      else report.factsKept.kept++;
    }
  }
  return report;
}

export function printRewrites(report: RewriteReport, verbose: boolean): void {
  const out: string[] = [''];
  const pct = (a: number, b: number) => (b ? `${Math.round((a / b) * 1000) / 10}%` : '0%');
  out.push(`Rewrites on ${report.sentences} sentences with findings × 4 audiences = ${report.rows} rows`);
  out.push(`  offered: plain ${report.offered.plain}, outcome ${report.offered.outcome}, analogy ${report.offered.analogy}`);
  out.push(`  silent (no suggestion at all): ${report.silent} = ${pct(report.silent, report.rows)}  (goal ≤ 30%)`);
  const byKind = new Map<string, number>();
  for (const d of report.defects) byKind.set(`${d.kind} (${d.suggestion})`, (byKind.get(`${d.kind} (${d.suggestion})`) ?? 0) + 1);
  out.push(
    `  mechanical defects: ${report.defects.length}  (goal 0)${byKind.size ? `: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}` : ''}`,
  );
  const f = report.factsKept;
  out.push(`  facts kept (numbers, times, negations): ${f.kept}/${f.total} = ${pct(f.kept, f.total)}  (goal 100%)`);
  const shown = verbose ? report.defects : report.defects.slice(0, 12);
  for (const d of shown) out.push(`    ${d.kind} in ${d.suggestion}, ${d.where.id} ${d.where.audience}: ${d.text.slice(0, 220)}`);
  for (const l of verbose ? f.lost : f.lost.slice(0, 6))
    out.push(`    lost ${l.missing.join(', ')} in ${l.suggestion}, ${l.where.id}: ${l.where.suggestions[l.suggestion]!.slice(0, 160)}`);
  process.stdout.write(`${out.join('\n')}\n`);
}
