/**
 * The reason a jargon finding gives, the last sentence of its message. Its own module because three places
 * need it: the check, the background (content scripts carry no built-in reasons, so it sends them with the
 * card's rewrite) and the popup, which fill in what the page could not say.
 */
import type { LexiconEntry } from '../schema.ts';

/** Why the check exists: the reason a finding gives when its entry has none to hand. */
export const FALLBACK_REASON = 'Readers outside IT skip words they do not know, and the point of the sentence goes with them.';

/** The reason a finding on an entry gives: why a reader stumbles on it, else what it is. */
export function reasonOf(entry: Pick<LexiconEntry, 'why' | 'explanation'>): string {
  return entry.why ?? entry.explanation ?? FALLBACK_REASON;
}

/**
 * A jargon message with the entry's own reason in place of the fallback it was written with (on a page, whose
 * built-in entries carry no reasons). A message that already gives another reason is returned as it is.
 */
export function withReason(message: string, reason: string): string {
  return message.endsWith(` ${FALLBACK_REASON}`) ? `${message.slice(0, -FALLBACK_REASON.length)}${reason}` : message;
}
