/**
 * The background service worker: opens the playground for a new user, relays the keyboard shortcut to the
 * active tab, logs a win from the "log a win" command, shows the weekly reminder, answers requests from the extension's pages, and alone
 * writes the user's lexicon and allow list. It never touches the network.
 */
import { browser } from 'wxt/browser';
import { listenForMessages } from '../extension/message-listener.ts';
import { optionsAddUrl } from '../extension/add-term.ts';
import { isBusinessLensMessage, type BackgroundRequest } from '../extension/messages.ts';
import { serveLexiconWrites } from '../extension/lexicon-writer.ts';
import { serveFocusedFrames } from '../extension/focused-frame.ts';
import { serveLastBox } from '../extension/last-box.ts';
import { rewriteForCard } from '../extension/sentence-rewrites.ts';
import { openPopupFor } from '../extension/open-popup.ts';
import { keepSiteScriptsInStep } from '../extension/site-access.ts';
import { LOG_WIN_COMMAND, logWinFromActiveTab } from '../extension/log-win-command.ts';
import { serveReminder } from '../extension/reminder.ts';

export default defineBackground(() => {
  // Sites the user turns on (popup's "Enable on this site") get the content script, even if the popup closed mid-prompt.
  keepSiteScriptsInStep();
  // The one writer of the user's lexicon and allow list: the card, the popup and the options page send changes here.
  serveLexiconWrites();
  // Which frame of each tab holds the focused box, so the popup talks to that frame alone.
  serveFocusedFrames();
  // Which box the user focused last in any tab, so the update page can insert the composed update there.
  serveLastBox();
  // The weekly reminder to compose the IT update, when the user turned it on (extension/reminder.ts).
  serveReminder();

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // A first install shows the playground, where the user can try Business Lens without a mail account.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/playground.html') });
  });

  browser.commands?.onCommand.addListener((command) => {
    if (command === 'next-mark') void relayNextMark();
    // Unbound until the user gives it a key in the browser's shortcut settings.
    else if (command === LOG_WIN_COMMAND) void logWinFromActiveTab();
  });

  listenForMessages((message, sender) => {
    if (!isBusinessLensMessage(message)) return undefined;
    if (message.type === 'bl/open-popup') return openPopupFor(sender.tab?.id).catch(() => undefined);
    // The card's "Add to my lexicon": the options page's add form, with the term filled in.
    if (message.type === 'bl/add-term') {
      const { term } = message as Extract<BackgroundRequest, { type: 'bl/add-term' }>;
      return browser.tabs.create({ url: optionsAddUrl(browser.runtime.getURL('/options.html'), term) }).then(() => undefined);
    }
    // The in-page card asks for a sentence's rewrites; the engine (and compromise) stay out of content scripts.
    if (message.type === 'bl/rewrite') {
      const { sentence, audience, terms } = message as Extract<BackgroundRequest, { type: 'bl/rewrite' }>;
      return rewriteForCard(sentence, audience, terms).catch(() => null);
    }
    return undefined;
  });
});

/** Hands the "next mark" shortcut to the active tab; a tab without the content script simply does not answer. */
async function relayNextMark(): Promise<void> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'bl/next-mark' });
  } catch {
    // No tab, or one where the content script does not run (a browser page, a site it is off for).
  }
}
