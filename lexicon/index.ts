/**
 * The analysis core's public API: `analyze(text, options) → { findings, score }`, an incremental analyser for
 * compose boxes, and the matcher for the rewrite engine. Pure TypeScript: no DOM, no extension APIs, and no
 * compromise on this path (it is loaded only by build scripts and the rewrite engine).
 */
import { analyzeMessage, enabledChecks, type AnalysisConfig, type UnitCache } from './analyze/index.ts';
import { builtInLexicon, BUILT_IN_FORMS } from './builtin.ts';
import { builtInEntries } from './data/index.ts';
import { compileLexicon, type CompiledLexicon, type EntryLike } from './match/index.ts';
import { AUDIENCE_LABELS, DEFAULT_AUDIENCE, type AllowEntry, type Audience, type Severity } from './schema.ts';
import type { AnalyzeResult, CheckId } from './types.ts';

/** The shapes of findings, scores and checks (Finding, Score, Suggestion, CheckId...). */
export * from './types.ts';
/** The lexicon schema: entries, analogies, allow lists, validation and migration. */
export * from './schema.ts';
export {
  compileLexicon,
  findTerms,
  matchText,
  type CompiledLexicon,
  type CompileOptions,
  type EntryLike,
  type LexiconMatch,
} from './match/index.ts';
export { tokenize, normalizePhrase, type Token } from './match/index.ts';
export { allowTermProblem, compileAllow, isAllowedText, MAX_ALLOW_TERM, type AllowKeys } from './match/allow.ts';
export { canAllowFinding } from './checks/catalog.ts';
export {
  layoutMessage,
  messageSentences,
  termsInSentence,
  type MessageLayout,
  type SentenceSpan,
  type TextRange,
} from './analyze/index.ts';
export { CHECKS } from './checks/index.ts';
/** The shape every check has (see lexicon/checks/). */
export type { Check } from './checks/types.ts';
export { builtInLexicon, BUILT_IN_FORMS } from './builtin.ts';
export { computeScore, rankFindings, type RankedFindings, type RankOptions } from './analyze/index.ts';

export { AUDIENCE_LABELS, DEFAULT_AUDIENCE };

/** Everything `analyze` can be told besides the text. Every field is optional. */
export interface AnalyzeOptions {
  /** Whose outcomes the feature-talk advice speaks of. Default `executive`. */
  audience?: Audience;
  /** Checks switched on or off; missing ones are on. */
  checks?: Partial<Record<CheckId, boolean>>;
  /** Findings below this severity are left out. Default `low` (everything). */
  minSeverity?: Severity;
  /** Terms never flagged by the jargon, acronym and technical checks. */
  allow?: ReadonlyArray<string | AllowEntry>;
  /**
   * User and organisation entries, highest precedence first; they come before the built-in ones, so they
   * win when they share a spelling. Compiled at run time with rule-based inflections.
   */
  entries?: readonly EntryLike[];
  /** Ids of built-in entries to leave out (switched off, or replaced by a user or organisation entry). */
  disabledEntryIds?: readonly string[];
  /** Include the built-in lexicon (default true). */
  builtIn?: boolean;
  /** A lexicon compiled by `compileLexicon`; when given, `entries`, `disabledEntryIds`, `allow` and `builtIn` are ignored. */
  lexicon?: CompiledLexicon;
}

const noEntries: readonly EntryLike[] = [];

interface LexiconKey {
  entries: readonly EntryLike[] | undefined;
  disabled: readonly string[] | undefined;
  allow: AnalyzeOptions['allow'];
  builtIn: boolean;
}
const recentLexicons: Array<{ key: LexiconKey; lexicon: CompiledLexicon }> = [];

/**
 * The compiled lexicon for a set of options. Compiled lexicons are remembered for the last few option sets
 * (compared by identity of the arrays), so analysing on every keystroke never recompiles.
 */
export function resolveLexicon(options: AnalyzeOptions = {}): CompiledLexicon {
  if (options.lexicon) return options.lexicon;
  const builtIn = options.builtIn !== false;
  if (builtIn && !options.entries?.length && !options.disabledEntryIds?.length && !options.allow?.length) return builtInLexicon();
  const key: LexiconKey = { entries: options.entries, disabled: options.disabledEntryIds, allow: options.allow, builtIn };
  const hit = recentLexicons.find(
    (r) => r.key.entries === key.entries && r.key.disabled === key.disabled && r.key.allow === key.allow && r.key.builtIn === key.builtIn,
  );
  if (hit) return hit.lexicon;
  const disabled = new Set(options.disabledEntryIds ?? []);
  const base = builtIn ? builtInEntries.filter((entry) => !disabled.has(entry.id)) : noEntries;
  const lexicon = compileLexicon([...(options.entries ?? noEntries), ...base], { forms: BUILT_IN_FORMS, allow: options.allow ?? [] });
  recentLexicons.unshift({ key, lexicon });
  recentLexicons.length = Math.min(recentLexicons.length, 4);
  return lexicon;
}

/** The resolved configuration for a set of options. */
export function resolveConfig(options: AnalyzeOptions = {}): AnalysisConfig {
  return {
    lexicon: resolveLexicon(options),
    audience: options.audience ?? DEFAULT_AUDIENCE,
    checks: enabledChecks(options.checks),
    minSeverity: options.minSeverity ?? 'low',
  };
}

/**
 * Analyses a message: findings (offsets into `text`, in text order, whole-message findings last) and the
 * business-readiness score. Quoted replies, forwarded messages, signatures, URLs, email addresses and code
 * are skipped. Deterministic; linear in the length of the text.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalyzeResult {
  return analyzeMessage(typeof text === 'string' ? text : '', resolveConfig(options));
}

/** An analyser for one compose box: it remembers each paragraph's results between calls. */
export interface Analyzer {
  /**
   * Analyses the current text; only paragraphs that changed since the last call are redone. `options`, when
   * given, replace the ones the analyser was created with (changing them starts afresh).
   */
  analyze(text: string, options?: AnalyzeOptions): AnalyzeResult;
  /** Forgets every remembered paragraph. */
  reset(): void;
}

function sameConfig(a: AnalysisConfig, b: AnalysisConfig): boolean {
  return (
    a.lexicon === b.lexicon &&
    a.audience === b.audience &&
    a.minSeverity === b.minSeverity &&
    a.checks.length === b.checks.length &&
    a.checks.every((c, i) => c === b.checks[i])
  );
}

/**
 * Creates an incremental analyser. A keystroke in a 10,000-word message redoes one paragraph; the results
 * equal `analyze(text, options)` exactly.
 */
export function createAnalyzer(options: AnalyzeOptions = {}): Analyzer {
  let config = resolveConfig(options);
  let cache: UnitCache = new Map();
  let lastText: string | null = null;
  let lastResult: AnalyzeResult | null = null;
  return {
    analyze(text, overrides) {
      if (overrides) {
        const next = resolveConfig(overrides);
        if (!sameConfig(next, config)) {
          config = next;
          cache = new Map();
          lastText = null;
        }
      }
      const input = typeof text === 'string' ? text : '';
      if (input === lastText && lastResult) return lastResult;
      const nextCache: UnitCache = new Map();
      lastResult = analyzeMessage(input, config, cache, nextCache);
      cache = nextCache;
      lastText = input;
      return lastResult;
    },
    reset() {
      cache = new Map();
      lastText = null;
      lastResult = null;
    },
  };
}
