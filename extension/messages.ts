/**
 * The messages the extension's parts send each other. One union per direction, so a sender and its
 * receiver cannot drift apart. Everything stays inside the browser: these go through runtime/tabs
 * messaging, never the network.
 */
import type { AnalyzeResult, Audience, Finding, SentenceTerm } from '../lexicon/index.ts';

/** Why a tab has no findings to show. */
export type ComposeState =
  | 'ready' // a compose box is active and analysed
  | 'no-box' // the page has no compose box (or none was focused yet)
  | 'paused' // globally paused, or paused for this message
  | 'site-off'; // the extension is switched off for this site

/** Popup (and the update page) → content script (browser.tabs.sendMessage). */
export type PopupRequest =
  | { type: 'bl/get-state' }
  | { type: 'bl/apply'; findingId: string; replacement: { start: number; end: number; expected: string; text: string } }
  | { type: 'bl/ignore'; findingId: string }
  | { type: 'bl/insert'; text: string }
  | { type: 'bl/resume-message' }
  /** The update page: is the box the user last focused in this frame still here? Answered with a `DraftTargetState`. */
  | { type: 'bl/draft-target' }
  /** The update page: insert the composed update into that box, as paragraphs, undoably. Answered with an ApplyOutcome. */
  | { type: 'bl/insert-draft'; text: string };

/** Whether a frame can take the update: its last focused box is there, gone, or Business Lens is off on the site. */
export interface DraftTargetState {
  target: 'ready' | 'gone' | 'site-off';
}

export interface TabState {
  state: ComposeState;
  /** The active box's text and analysis, when state is 'ready'. */
  text?: string;
  result?: AnalyzeResult;
  /** How many findings the quiet view holds back until "show all". */
  held?: number;
  /** Host of the page, for the "enable on this site" prompt. */
  host?: string;
}

/** What an action on the page answers: done, or why not. One type for the page, the message and the popup. */
export type { ApplyOutcome } from '../compose/types.ts';

/** Content script / pages → background (browser.runtime.sendMessage). */
export type BackgroundRequest =
  | { type: 'bl/rewrite'; sentence: string; audience: Audience; terms?: SentenceTerm[] }
  | { type: 'bl/open-popup'; findingId?: string }
  | { type: 'bl/next-mark' }
  /** Opens the options page's add form with a term from the card. */
  | { type: 'bl/add-term'; term: string };

/** Type guard for messages addressed to us; anything else on the channel is ignored. */
export function isBusinessLensMessage(message: unknown): message is { type: `bl/${string}` } {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string' &&
    (message as { type: string }).type.startsWith('bl/')
  );
}

export type { Finding };
