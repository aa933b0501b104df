/**
 * What the update page needs from the analysis core, passed in so component tests can use the real core
 * without the rewrite engine, and the page never imports more than it uses.
 */
import type { Audience } from '../../lexicon/schema.ts';
import type { AnalyzeResult } from '../../lexicon/types.ts';
import type { WinPrefill } from '../../lexicon/update/index.ts';
import type { ComposeTarget, InsertResult } from '../../extension/compose-target.ts';

export type { ComposeTarget, InsertResult };

export interface UpdateEngine {
  /** The Business Lens check of a text, as the compose box and popup run it. */
  analyze: (text: string, audience: Audience) => AnalyzeResult;
  /** Suggestions for a win from its text: terms, benefits, figure, goal. */
  prefill: (text: string, audience: Audience) => WinPrefill;
  /** The text with each jargon term in its plain wording; every other word kept. */
  plainWording: (text: string) => string;
}

/** What the page asks of the browser: the clipboard and the last compose box. Injected so tests can watch them. */
export interface UpdateServices {
  copy: (plain: string, html?: string) => Promise<void>;
  /** Where "Insert into compose box" would put the draft now: the box the user last focused, or why there is none. */
  composeTarget?: () => Promise<ComposeTarget>;
  /** Calls back when the user focuses another compose box, or its tab closes; returns the unsubscribe function. */
  watchComposeTarget?: (onChange: () => void) => () => void;
  /** Inserts the text into the compose box the user last focused, undoably; resolves to where it went, or why not. */
  insertIntoComposeBox?: (text: string) => Promise<InsertResult>;
  /** The date today, as the user's calendar has it. */
  now: () => Date;
  /** A new unique id. */
  newId: () => string;
}
