/**
 * Scores the checker's marks against the corpus's gold jargon, by the corpus README's scoring advice: a mark
 * counts when it overlaps an occurrence of a gold term (case-insensitive, whole words); recall is the share of
 * gold terms with at least one occurrence marked; precision the share of term marks (jargon, acronym,
 * technical) on gold jargon; every mark on plain business text is false. The outcome judgement compares the
 * whole-message "no outcome" finding with the passage's label, for passages of three or more sentences.
 */
import type { AnalyzeResult, CheckId, Finding } from '../../lexicon/index.ts';
import { splitSentences } from '../../lexicon/rewrite/sentences.ts';
import type { Passage } from './corpus.ts';

/** The checks whose marks say "a reader won't know this word". */
export const TERM_CHECKS: ReadonlySet<CheckId> = new Set(['jargon', 'acronym', 'technical']);

interface Span {
  start: number;
  end: number;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Every occurrence of `term` in `text`: exact ones, and case-insensitive ones that stand as whole words. */
export function occurrences(text: string, term: string): Span[] {
  const spans: Span[] = [];
  const lower = text.toLowerCase();
  const needle = term.toLowerCase();
  for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + 1)) {
    const end = i + term.length;
    const exact = text.startsWith(term, i);
    const whole = !isWordChar(text[i - 1]) && !isWordChar(text[end]);
    if (exact || whole) spans.push({ start: i, end });
  }
  return spans;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** One false mark: where, what, and which check. */
export interface FalseMark {
  id: string;
  kind: Passage['kind'];
  check: CheckId;
  text: string;
  /** The words around it, so the report can be read without the corpus open. */
  context: string;
}

/** One gold term that no mark touched. */
export interface Miss {
  id: string;
  kind: Passage['kind'];
  term: string;
}

export interface OutcomeRow {
  id: string;
  kind: Passage['kind'];
  sentences: number;
  /** The passage's label: does it state an outcome? */
  framed: boolean;
  /** Did the checker flag it as stating none? */
  flagged: boolean;
}

export interface DetectionReport {
  passages: number;
  recall: { found: number; gold: number; byKind: Record<string, { found: number; gold: number }> };
  precision: { onGold: number; marks: number; byCheck: Record<string, { onGold: number; marks: number }> };
  /** Term marks (jargon, acronym, technical) on plain business text. */
  plainTermMarks: FalseMark[];
  /** Other marks (feature-talk, wording) on plain business text, listed apart. */
  plainOtherMarks: FalseMark[];
  /** Term marks on IT text that touch no gold term. */
  offGold: FalseMark[];
  misses: Miss[];
  outcome: {
    /** Rows for passages of three or more sentences. */
    rows: OutcomeRow[];
    /** flagged & not framed */
    truePositive: number;
    /** flagged & framed */
    falsePositive: number;
    /** not flagged & not framed */
    falseNegative: number;
    /** not flagged & framed */
    trueNegative: number;
  };
  /** Marks per 100 words by check, over the IT passages: what a default view would show. */
  marksPer100Words: Record<string, number>;
}

function contextOf(text: string, span: Span): string {
  const from = Math.max(0, span.start - 30);
  const to = Math.min(text.length, span.end + 30);
  return `${from > 0 ? '…' : ''}${text.slice(from, span.start)}[${text.slice(span.start, span.end)}]${text.slice(span.end, to)}${to < text.length ? '…' : ''}`.replace(
    /\s+/g,
    ' ',
  );
}

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Scores `analyze` on the passages. */
export function scoreDetection(passages: readonly Passage[], analyze: (text: string) => AnalyzeResult): DetectionReport {
  const report: DetectionReport = {
    passages: passages.length,
    recall: { found: 0, gold: 0, byKind: {} },
    precision: { onGold: 0, marks: 0, byCheck: {} },
    plainTermMarks: [],
    plainOtherMarks: [],
    offGold: [],
    misses: [],
    outcome: { rows: [], truePositive: 0, falsePositive: 0, falseNegative: 0, trueNegative: 0 },
    marksPer100Words: {},
  };
  let itWords = 0;
  const itMarks: Record<string, number> = {};
  for (const passage of passages) {
    const { findings } = analyze(passage.text);
    const termMarks = findings.filter((f) => TERM_CHECKS.has(f.check) && !f.wholeMessage);
    const gold = passage.jargon.map((term) => ({ term, spans: occurrences(passage.text, term) }));
    const goldSpans = gold.flatMap((g) => g.spans);
    const falseMark = (f: Finding): FalseMark => ({
      id: passage.id,
      kind: passage.kind,
      check: f.check,
      text: f.text,
      context: contextOf(passage.text, f),
    });

    if (passage.kind === 'D') {
      for (const f of findings) (TERM_CHECKS.has(f.check) ? report.plainTermMarks : report.plainOtherMarks).push(falseMark(f));
    } else {
      itWords += words(passage.text);
      for (const f of findings) if (!f.wholeMessage) itMarks[f.check] = (itMarks[f.check] ?? 0) + 1;
      const byKind = (report.recall.byKind[passage.kind] ??= { found: 0, gold: 0 });
      for (const { term, spans } of gold) {
        const found = spans.some((s) => termMarks.some((m) => overlaps(s, m)));
        report.recall.gold++;
        byKind.gold++;
        if (found) {
          report.recall.found++;
          byKind.found++;
        } else report.misses.push({ id: passage.id, kind: passage.kind, term });
      }
    }
    for (const m of termMarks) {
      const onGold = goldSpans.some((s) => overlaps(s, m));
      const byCheck = (report.precision.byCheck[m.check] ??= { onGold: 0, marks: 0 });
      report.precision.marks++;
      byCheck.marks++;
      if (onGold) {
        report.precision.onGold++;
        byCheck.onGold++;
      } else if (passage.kind !== 'D') report.offGold.push(falseMark(m));
    }

    const sentences = splitSentences(passage.text).length;
    if (sentences >= 3) {
      const flagged = findings.some((f) => f.wholeMessage && f.check === 'feature-talk');
      const row: OutcomeRow = { id: passage.id, kind: passage.kind, sentences, framed: passage.outcome_framed, flagged };
      report.outcome.rows.push(row);
      if (flagged && !row.framed) report.outcome.truePositive++;
      else if (flagged) report.outcome.falsePositive++;
      else if (!row.framed) report.outcome.falseNegative++;
      else report.outcome.trueNegative++;
    }
  }
  for (const [check, n] of Object.entries(itMarks)) report.marksPer100Words[check] = Math.round((n / itWords) * 1000) / 10;
  return report;
}

/** The share, as a percentage with one decimal. */
export const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : 0);

/** The outcome judgement's accuracy over the rows. */
export function outcomeAccuracy(report: DetectionReport): number {
  const o = report.outcome;
  return percent(o.truePositive + o.trueNegative, o.rows.length);
}
