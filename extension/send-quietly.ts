/**
 * Sends the background a message that needs no answer, from a script whose extension may have been updated or
 * reloaded since it started. Its context is then gone, and `runtime.sendMessage` throws at once rather than
 * rejecting: the page must hear nothing of it, so both are swallowed here.
 */
import { browser } from 'wxt/browser';

/** Sends `message`; false when this script's extension context is gone (nothing will ever reach the background). */
export function sendQuietly(message: object): boolean {
  try {
    void browser.runtime.sendMessage(message).catch(() => undefined);
    return true;
  } catch {
    return false;
  }
}
