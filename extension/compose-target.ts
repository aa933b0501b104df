/**
 * "Insert into compose box" from the update page: finds the box the user focused last (last-box.ts), asks the frame
 * that holds it whether it is still there, and sends it the draft. The content script writes it through the editor's
 * own input path (compose/), so Ctrl+Z there takes it out. Nothing leaves the browser: these are messages between the
 * extension's own parts. Every reason there is nowhere to insert is said in words the update page shows as they are.
 */
import { browser } from 'wxt/browser';
import { lastFocusedBox, type LastBox } from './last-box.ts';

export { watchLastBox as watchComposeTarget } from './last-box.ts';
import { SITE_OFF } from './compose-requests.ts';
import type { ApplyOutcome, DraftTargetState, PopupRequest } from './messages.ts';
import { withTimeout } from './with-timeout.ts';

/** Where the draft would go now, or why it cannot. */
export type ComposeTarget =
  | { state: 'ready'; host: string }
  | { state: 'none' }
  /** Its tab closed; its page was reloaded or left; the box itself is gone; Business Lens is off on its site. */
  | { state: 'closed' | 'left' | 'gone' | 'site-off'; host: string };

/** What inserting did: where the draft went, or why it did not. */
export type InsertResult = { ok: true; host: string } | { ok: false; reason: string };

/** How long the page gets to say whether the box is there, and to insert (a hidden tab runs its timers slowly). */
const ASK_TIMEOUT_MS = 2_000;
const INSERT_TIMEOUT_MS = 10_000;

/** Why there is nowhere to insert, in the user's words; null when there is a box. */
export function whyNoTarget(target: ComposeTarget): string | null {
  switch (target.state) {
    case 'ready':
      return null;
    case 'none':
      return 'Click into a compose box first, then come back.';
    case 'closed':
      return `The tab with your compose box on ${target.host} was closed. Click into a compose box, then come back.`;
    case 'left':
      return `The page with your compose box on ${target.host} was reloaded or left. Click into a compose box, then come back.`;
    case 'gone':
      return `Your compose box on ${target.host} is no longer there. Click into a compose box, then come back.`;
    case 'site-off':
      return `Business Lens is switched off on ${target.host}. Turn it on there from the toolbar button, or copy the draft instead.`;
  }
}

function send(box: Extract<LastBox, { state: 'known' }>, request: PopupRequest, ms: number): Promise<unknown> {
  return withTimeout(browser.tabs.sendMessage(box.tabId, request, { frameId: box.frameId }), ms);
}

/** Where the draft would go now: the box the user focused last, if its frame says it is still there. */
export async function findComposeTarget(): Promise<ComposeTarget> {
  const box = await lastFocusedBox();
  if (box.state !== 'known') return box;
  try {
    const answer = (await send(box, { type: 'bl/draft-target' }, ASK_TIMEOUT_MS)) as DraftTargetState | undefined;
    const target = answer?.target;
    return { state: target === 'ready' || target === 'site-off' ? target : 'gone', host: box.host };
  } catch {
    // Nothing answers in that frame any more: it was replaced, or the extension was updated since the page loaded.
    return { state: 'gone', host: box.host };
  }
}

/** Inserts the draft into the box the user focused last, through the page's own undoable input path. */
export async function insertIntoComposeBox(text: string): Promise<InsertResult> {
  const box = await lastFocusedBox();
  if (box.state !== 'known') return { ok: false, reason: whyNoTarget(box)! };
  let answer: unknown;
  try {
    answer = await send(box, { type: 'bl/insert-draft', text }, INSERT_TIMEOUT_MS);
  } catch {
    return { ok: false, reason: whyNoTarget({ state: 'gone', host: box.host })! };
  }
  const outcome = answer as ApplyOutcome | undefined;
  if (outcome?.ok === true) return { ok: true, host: box.host };
  if (outcome?.ok !== false || !outcome.reason) return { ok: false, reason: 'The page did not take the draft.' };
  // "This site", said on the update page, would be the wrong site.
  if (outcome.reason === (SITE_OFF as { reason: string }).reason)
    return { ok: false, reason: whyNoTarget({ state: 'site-off', host: box.host })! };
  return { ok: false, reason: outcome.reason };
}
