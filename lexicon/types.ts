/** The shapes the analysis core hands to everything else. */
import type { Audience, Severity } from './schema.ts';

export type { Audience, Severity };

/** The check ids and what each check is: lexicon/checks/catalog.ts. */
export { CHECK_IDS, type CheckId } from './checks/catalog.ts';
import type { CheckId } from './checks/catalog.ts';

/** Marks are drawn in one of four styles, one per kind of check. */
export type MarkKind = 'jargon' | 'acronym' | 'feature-talk' | 'wording';

export interface Suggestion {
  /** `plain`: replace the range; `rewrite`: replace the whole sentence; `remove`: delete the range. */
  kind: 'plain' | 'rewrite' | 'remove';
  /** The replacement text. */
  text: string;
  /** Where the replacement goes, when it is not the finding's own range (a sentence rewrite). */
  start?: number;
  end?: number;
}

export interface Finding {
  /** Stable across re-analysis while the text under it is the same. */
  id: string;
  /** UTF-16 offsets into the original text; `text === original.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  check: CheckId;
  severity: Severity;
  message: string;
  suggestions: Suggestion[];
  /** The lexicon entry behind a jargon finding. */
  entryId?: string;
  /** True for a finding about the whole message (no outcome stated anywhere); start/end then span the message. */
  wholeMessage?: boolean;
  /**
   * The sentence the finding sits in (offsets into the text), for every finding inside one sentence: what a
   * sentence rewrite replaces and what the card, the popup and the worksheet show. Findings of one sentence
   * share the object. Missing for whole-message findings.
   */
  sentence?: TextSpan;
}

/** A half-open range of UTF-16 offsets. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * A marked term inside a sentence, as the card and the popup know it (a shown finding: not ignored, not allowed);
 * offsets relative to the sentence. A rewrite rewrites exactly these.
 */
export interface SentenceTerm {
  start: number;
  end: number;
  text: string;
  check: CheckId;
  /** The lexicon entry behind a jargon term (built-in, organisation or the user's own). */
  entryId?: string;
}

export interface ScorePart {
  id: 'terms' | 'outcome' | 'wording' | 'sentence-length';
  label: string;
  /** Points lost from 100 (to one decimal; the score is rounded from the exact sum). */
  penalty: number;
  /** What lowers it, in words ("3 terms left that executives may not know: MFA, EDR, SD-WAN."). */
  detail: string;
}

export interface Score {
  /** 0 (not ready) to 100 (ready for any reader). */
  value: number;
  parts: ScorePart[];
  /** One line saying what lowers the score most (up to two reasons), or that nothing does. */
  summary: string;
  /** Words of the user's own text, which the quiet view's budget is counted from. */
  words?: number;
}

export interface AnalyzeResult {
  findings: Finding[];
  score: Score;
}
