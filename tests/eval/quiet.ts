/**
 * What the quiet default (lexicon/analyze/rank.ts) shows on real text, per audience: marks per 100 words on the
 * IT passages, the share of gold jargon terms it still marks (at least one occurrence), the share of its term
 * marks that fall on gold jargon, and what it shows on plain business text. `npm run eval` prints it beside
 * the full report, which still counts every finding.
 */
import { AUDIENCES, type Audience } from '../../lexicon/schema.ts';
import type { AnalyzeResult, Finding } from '../../lexicon/index.ts';
import { rankFindings, type RankOptions } from '../../lexicon/analyze/rank.ts';
import type { Passage } from './corpus.ts';
import { occurrences, TERM_CHECKS } from './detection.ts';

export interface QuietRow {
  audience: Audience;
  /** Marks per 100 words on IT passages: every finding, then the quiet view's. */
  allPer100: number;
  quietPer100: number;
  /** Term marks per 100 words on IT passages, quiet view. */
  quietTermsPer100: number;
  /** Gold terms with an occurrence marked: every finding, then the quiet view. */
  recallAll: number;
  recallQuiet: number;
  /** Share of term marks on gold jargon: every finding, then the quiet view. */
  precisionAll: number;
  precisionQuiet: number;
  /** Marks shown on the plain business passages: every finding, then the quiet view. */
  plainAll: number;
  plainQuiet: number;
  /** The densest IT passage, in quiet marks per 100 words. */
  maxQuietPer100: number;
}

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const pct = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : 0);
const per100 = (n: number, w: number) => (w ? Math.round((n / w) * 1000) / 10 : 0);

/** Measures the quiet view for every audience; `rank` defaults to the product's ranking. */
export function scoreQuiet(
  passages: readonly Passage[],
  analyze: (text: string, audience: Audience) => AnalyzeResult,
  rank: (findings: readonly Finding[], options: RankOptions) => { shown: Finding[] } = rankFindings,
): QuietRow[] {
  return AUDIENCES.map((audience) => {
    let itWords = 0;
    let all = 0;
    let quiet = 0;
    let quietTerms = 0;
    let gold = 0;
    let foundAll = 0;
    let foundQuiet = 0;
    let termsAll = 0;
    let onGoldAll = 0;
    let termsQuiet = 0;
    let onGoldQuiet = 0;
    let plainAll = 0;
    let plainQuiet = 0;
    let maxQuiet = 0;
    for (const passage of passages) {
      const result = analyze(passage.text, audience);
      const marks = result.findings.filter((f) => !f.wholeMessage);
      const shown = rank(result.findings, { audience, words: words(passage.text) }).shown.filter((f) => !f.wholeMessage);
      if (passage.kind === 'D') {
        plainAll += marks.length;
        plainQuiet += shown.length;
        continue;
      }
      const w = words(passage.text);
      itWords += w;
      all += marks.length;
      quiet += shown.length;
      maxQuiet = Math.max(maxQuiet, per100(shown.length, w));
      const spans = passage.jargon.map((term) => occurrences(passage.text, term));
      const goldSpans = spans.flat();
      const touches = (m: Finding, s: { start: number; end: number }) => m.start < s.end && s.start < m.end;
      const termMarks = marks.filter((f) => TERM_CHECKS.has(f.check));
      const shownTerms = shown.filter((f) => TERM_CHECKS.has(f.check));
      quietTerms += shownTerms.length;
      for (const occurrencesOfTerm of spans) {
        gold++;
        if (occurrencesOfTerm.some((s) => termMarks.some((m) => touches(m, s)))) foundAll++;
        if (occurrencesOfTerm.some((s) => shownTerms.some((m) => touches(m, s)))) foundQuiet++;
      }
      termsAll += termMarks.length;
      onGoldAll += termMarks.filter((m) => goldSpans.some((s) => touches(m, s))).length;
      termsQuiet += shownTerms.length;
      onGoldQuiet += shownTerms.filter((m) => goldSpans.some((s) => touches(m, s))).length;
    }
    return {
      audience,
      allPer100: per100(all, itWords),
      quietPer100: per100(quiet, itWords),
      quietTermsPer100: per100(quietTerms, itWords),
      recallAll: pct(foundAll, gold),
      recallQuiet: pct(foundQuiet, gold),
      precisionAll: pct(onGoldAll, termsAll),
      precisionQuiet: pct(onGoldQuiet, termsQuiet),
      plainAll,
      plainQuiet,
      maxQuietPer100: maxQuiet,
    };
  });
}

/** The quiet view's report, as lines for `npm run eval`. */
export function quietLines(rows: readonly QuietRow[]): string[] {
  const out = ['Quiet default (what the page shows before "show all"; every finding above is still counted):'];
  out.push('  audience    marks/100 words (all → quiet)  gold terms marked  term marks on gold  marks on plain text');
  for (const r of rows) {
    out.push(
      `  ${r.audience.padEnd(10)}  ${`${r.allPer100} → ${r.quietPer100} (densest passage ${r.maxQuietPer100})`.padEnd(29)}  ${`${r.recallAll}% → ${r.recallQuiet}%`.padEnd(17)}  ${`${r.precisionAll}% → ${r.precisionQuiet}%`.padEnd(18)}  ${r.plainAll} → ${r.plainQuiet}`,
    );
  }
  return out;
}
