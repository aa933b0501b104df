/**
 * What the page integration needs from outside, and what it gives back. compose/ knows nothing of which
 * words are jargon and nothing of extension APIs: the content script and the playground inject both.
 */
import type { AnalyzeResult, Audience, CheckId, Finding, SentenceTerm, Severity } from '../lexicon/types.ts';

export type { AnalyzeResult, Audience, CheckId, Finding, SentenceTerm, Severity };

/** Analyses one message's text. One is created per compose box, so it may keep state between calls. */
export type AnalyzeFn = (text: string, options: { audience: Audience }) => AnalyzeResult;

/** The settings compose/ acts on; a structural subset of extension/settings.ts `Settings`. */
export interface ComposeSettings {
  audience: Audience;
  checks: Partial<Record<CheckId, boolean>>;
  minSeverity: Severity;
  /** Global pause: no marks anywhere until resumed. */
  paused: boolean;
  /** Show every finding ("show all"); otherwise the quiet view shows what matters most for the audience. */
  picky?: boolean;
}

/** The three rewrites of one sentence, from the rewrite engine. Any may be missing. */
export interface SentenceRewrites {
  plain?: string;
  /** Each term's plain phrase fitted to its place in the sentence ("servers" → plural), offsets into the sentence. */
  replacements?: Array<{ start: number; end: number; text: string }>;
  outcome?: string;
  analogy?: string;
  /** Why no rewrite is offered (too long, a quote...), when the engine declines. */
  declined?: string;
  /** With `declined`, where the gain depends on why: an outcome the writer may take if that is why. */
  choice?: string;
  /**
   * Why each term with a lexicon entry is marked, from the full lexicon, offsets into the sentence. A content
   * script carries no built-in reasons (lexicon/data/page-file.ts), so the card gets them here.
   */
  reasons?: Array<{ start: number; end: number; text: string }>;
}

/** Everything the page integration is given. Only `createAnalyzer` and `settings` are required. */
export interface ComposeDeps {
  /** Makes the analyser for one compose box (it may keep per-box incremental state). */
  createAnalyzer(): AnalyzeFn;
  settings: {
    current(): ComposeSettings;
    /** Calls back on every change; returns the unsubscribe function. */
    subscribe(listener: (settings: ComposeSettings) => void): () => void;
  };
  /**
   * Rewrites one sentence for an audience, rewording the terms marked in it (and no others: an allowed or ignored
   * term stays as written). Slow and optional: the card shows without it until it answers.
   */
  rewrite?(sentence: string, audience: Audience, terms: readonly SentenceTerm[]): Promise<SentenceRewrites | null>;
  /** Adds a term to the user's allow list. */
  allowTerm?(term: string): Promise<unknown> | void;
  /** Opens the extension's popup, on a finding when given. */
  openPopup?(findingId?: string): void;
  /** Opens the add form of the user's lexicon with this term filled in (the card's "Add to my lexicon"). */
  addToLexicon?(term: string): void;
  /** Remembers "show all" (picky) on or off; the settings then change and every box shows accordingly. */
  setPicky?(picky: boolean): Promise<unknown> | void;
}

/** The result of applying a fix or an insertion. */
export type ApplyOutcome = { ok: true } | { ok: false; reason: string };

/** A replacement request in text offsets, as the popup sends it. */
export interface Replacement {
  start: number;
  end: number;
  /** The text that must be under [start, end) now; otherwise the fix is refused. */
  expected: string;
  text: string;
}

/** Why the active compose box has nothing to show. Mirrors extension/messages.ts `ComposeState`. */
export type ComposeStatus = 'ready' | 'no-box' | 'paused';

/** A snapshot of the active compose box, for the popup. */
export interface ComposeSnapshot {
  status: ComposeStatus;
  text?: string;
  result?: AnalyzeResult;
  /** How many findings the quiet view holds back ("show all" adds them). */
  held?: number;
}

/** The words of the focused box to log as a win (the selection, else the sentence at the caret), or why there are none. */
export type WinWords = { ok: true; text: string } | { ok: false; reason: string };

/** What `mountComposeIntegration` returns: the popup-facing controls and a way to take it all down. */
export interface ComposeHandle {
  /** The active box (last focused, or the only one) and its findings as shown. */
  snapshot(): ComposeSnapshot;
  /** Replaces a range of the active box's text through the editor's own input path. */
  apply(replacement: Replacement): Promise<ApplyOutcome>;
  /** Hides one finding in the active box until the text under it changes. */
  ignore(findingId: string): boolean;
  /** Inserts text at the caret of the active box (undoable). */
  insert(text: string): Promise<ApplyOutcome>;
  /**
   * Inserts text of several paragraphs (the composed update) into the box the user last focused, at its caret or at
   * the end, as paragraphs of their own (undoable); refused when that box is gone, never put in another.
   */
  insertParagraphs(text: string): Promise<ApplyOutcome>;
  /** Whether the box the user last focused here is still on the page. */
  hasFocusedBox(): boolean;
  /** Ends "pause for this message" on the active box. */
  resumeMessage(): void;
  /** Moves to the next mark after the caret and opens its card (what the shortcut does). */
  nextMark(): boolean;
  /** What the "log a win" command logs from the box that has the focus; null when no box has it. Reads only. */
  winWords(): WinWords | null;
  /** Removes every listener, mark, badge and card. */
  destroy(): void;
}
