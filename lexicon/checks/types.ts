/**
 * The shape every check has. A check looks at one prepared paragraph at a time (so results can be cached per
 * paragraph and a keystroke redoes one paragraph), and may then look across the whole message (an acronym
 * defined in another paragraph, a message that never states an outcome).
 */
import type { CompiledLexicon } from '../match/matcher.ts';
import type { TextRange } from '../analyze/regions.ts';
import type { Audience, Severity } from '../schema.ts';
import type { CheckId, Suggestion } from '../types.ts';
import type { PreparedUnit } from '../analyze/unit.ts';

/** What every check may read besides the paragraph. */
export interface CheckContext {
  lexicon: CompiledLexicon;
  audience: Audience;
}

/**
 * A finding before the analyzer places it: offsets (and any suggestion offsets) are relative to the paragraph
 * in `inUnit`, and absolute in what `acrossMessage` returns.
 */
export interface DraftFinding {
  start: number;
  end: number;
  severity: Severity;
  message: string;
  suggestions: Suggestion[];
  /** What repeats of "the same" finding share (entry id, acronym, normalized words); the base of its id. */
  key: string;
  /** Set by the analyzer: a fingerprint of the sentence around the finding, so ids survive edits elsewhere. */
  anchor?: string;
  /** Set by the analyzer: a number standing for key and anchor, to count repeated ids cheaply. */
  idHash?: number;
  entryId?: string;
  wholeMessage?: boolean;
  /**
   * Shown only in a message that is about IT (see lexicon/analyze/context.ts): a term that is also an ordinary
   * word with nothing in its own sentence to tell which sense it has, or a capitalised word that may be anyone's.
   */
  needsContext?: boolean;
  /** Set by the analyzer: the sentence around the finding, in the same offsets as `start` and `end`. */
  sentence?: { start: number; end: number };
}

/** What a check found in one paragraph, plus facts it needs later to judge the whole message. */
export interface UnitResult<Facts = undefined> {
  findings: DraftFinding[];
  facts?: Facts;
}

/** A paragraph's result and where the paragraph starts in the message. */
export interface PlacedResult<Facts = undefined> {
  offset: number;
  result: UnitResult<Facts>;
}

/** The message as `acrossMessage` sees it. */
export interface MessageView {
  text: string;
  /** The user's paragraphs, in order (quotes, signatures and code left out). */
  units: readonly TextRange[];
  /** Whether the message is about IT: findings that need context are shown only then. */
  aboutIT: boolean;
}

/** One check. Register it in lexicon/checks/index.ts; give it a table test in tests/unit/lexicon/checks/. */
export interface Check<Facts = undefined> {
  /** Its row in catalog.ts says how its findings are drawn, titled and whether they can be allowed. */
  id: CheckId;
  /** Findings in one paragraph. Must be a pure function of the paragraph and the context. */
  inUnit(unit: PreparedUnit, context: CheckContext): UnitResult<Facts>;
  /**
   * Turns every paragraph's result into the message's findings, with absolute offsets. Without it, the
   * paragraphs' findings are simply placed.
   */
  acrossMessage?(results: ReadonlyArray<PlacedResult<Facts>>, message: MessageView, context: CheckContext): DraftFinding[];
}

/**
 * The result of a paragraph with nothing to say, shared (and frozen): the analyser keeps one result per check
 * and paragraph, and most are empty (memory per tab).
 */
export const NO_FINDINGS: UnitResult<never> = Object.freeze({ findings: Object.freeze([]) as unknown as DraftFinding[] });

/** Shifts a paragraph's draft findings (and their suggestion ranges) to message offsets. */
export function placeFindings(findings: readonly DraftFinding[], offset: number): DraftFinding[] {
  if (offset === 0) return findings.slice();
  return findings.map((f) => ({
    ...f,
    start: f.start + offset,
    end: f.end + offset,
    ...(f.sentence ? { sentence: { start: f.sentence.start + offset, end: f.sentence.end + offset } } : {}),
    suggestions: f.suggestions.map((s) =>
      s.start === undefined ? s : { ...s, start: s.start + offset, end: (s.end ?? s.start) + offset },
    ),
  }));
}

/** Upper-cases the first letter, for replacements that start a sentence. */
export function capitalize(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/** Indices of the tokens that begin a sentence in a paragraph. */
export function sentenceStarts(unit: PreparedUnit): Set<number> {
  return new Set(unit.sentences.map((s) => s.firstToken));
}
