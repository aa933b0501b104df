/**
 * Listening for runtime messages. The extension runs on webextension-polyfill, whose contract is that a listener
 * answers a message by returning a promise (or undefined to leave it to another listener). WXT's `browser` types
 * come from Chrome's callback API, where a listener returns void and answers through `sendResponse`, so they
 * cannot describe that. This is the one place that bridges the two.
 */
import { browser } from 'wxt/browser';

/** Who sent a message: its tab and frame for a content script, its URL for an extension page. */
export type MessageSender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1];

/** A listener that answers with a promise, or returns undefined to leave the message to someone else. */
export type MessageListener = (message: unknown, sender: MessageSender) => Promise<unknown> | undefined;

/** Registers `listener` for runtime messages; returns the function that removes it. */
export function listenForMessages(listener: MessageListener): () => void {
  // The polyfill sends the promise's value back to the sender; the cast only tells the Chrome-shaped types so.
  const registered = listener as (message: unknown, sender: MessageSender) => void;
  browser.runtime.onMessage.addListener(registered);
  return () => browser.runtime.onMessage.removeListener(registered);
}
