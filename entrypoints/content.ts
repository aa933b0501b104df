/**
 * The content script: runs on the built-in mail and chat sites (and sites the user enabled), mounts the
 * page integration from compose/ with the real analyser and settings, and answers the popup. It stays
 * small: the rewrite engine runs in the background and is asked per sentence.
 */
import { mountComposeIntegration } from '../compose/index.ts';
import type { ComposeHandle } from '../compose/types.ts';
import { createComposeDeps } from '../extension/compose-deps.ts';
import { inspectableForTests } from '../extension/e2e-inspection.ts';
import { answerPopupRequest, isPopupRequest } from '../extension/compose-requests.ts';
import { listenForMessages } from '../extension/message-listener.ts';
import { isBusinessLensMessage } from '../extension/messages.ts';
import { reportFocusedBoxes } from '../extension/focused-frame.ts';
import { answerWinWords } from '../extension/win-words.ts';
import { getSettings, watchSettings, withDefaults, type Settings } from '../extension/settings.ts';
import { urlMatchesPattern } from '../extension/site-match.ts';
import { BUILT_IN_SITES } from '../extension/sites.ts';

export default defineContentScript({
  // The e2e build adds http://127.0.0.1/* in wxt.config.ts; user-enabled sites are registered at run time.
  matches: [...BUILT_IN_SITES],
  runAt: 'document_idle',
  // WXT also announced every start with window.postMessage({type: "<extension id>:content:wxt:content-script-started"}),
  // which every script in the page can read: it named the extension. Its replacement, a DOM event, is enough to stop
  // an older copy of this script after an update (see tests/e2e/trust/page-attacks.spec.ts).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // A second injection (the popup's "enable on this site" starts us in an open tab) must not mount twice.
    // In a frame of the same origin as the page, the top frame's integration already handles our boxes.
    if (window !== window.top && sameOriginAsTop()) return;
    // The flag lives in the content script's own isolated world, never in the page's.
    const marker = '__businessLensRunning';
    if ((globalThis as Record<string, unknown>)[marker]) return;
    (globalThis as Record<string, unknown>)[marker] = true;

    // Unreadable settings must not keep the page unchecked: start from the defaults.
    const [initial, inspectable] = await Promise.all([getSettings().catch(() => withDefaults(null)), inspectableForTests()]);
    const { deps, dispose } = createComposeDeps(initial);
    let handle: ComposeHandle | null = null;
    const siteOff = (settings: Settings) => settings.disabledSites.some((pattern) => urlMatchesPattern(location.href, pattern));
    const update = (settings: Settings) => {
      if (siteOff(settings)) {
        handle?.destroy();
        handle = null;
      } else {
        handle ??= mountComposeIntegration(document, deps, { inspectable });
      }
    };
    update(initial);
    const unwatch = watchSettings(update);

    const stopListening = listenForMessages((message) => {
      if (!isBusinessLensMessage(message)) return undefined;
      if (message.type === 'bl/next-mark') {
        handle?.nextMark();
        return undefined;
      }
      // The "log a win" command: answered only where a box has the focus.
      if (message.type === 'bl/win-words') return answerWinWords(handle);
      // Only the popup's requests get an answer; anything else is left for the background.
      return isPopupRequest(message) ? answerPopupRequest(message, { handle, host: location.host }) : undefined;
    });
    // The popup addresses the frame the user last focused a box in (on enabled sites every frame runs this script).
    const stopReporting = reportFocusedBoxes(document);

    // Chromium leaves this script running in open tabs when the extension is reloaded or updated, cut off from it
    // (browser.runtime.id becomes undefined). Look on every edit or click, before the page's own handlers, and once a
    // second: the teardown below then takes badges and marks off the page.
    const cutOff = () => browser.runtime?.id == null;
    const checkConnected = () => {
      if (cutOff()) stop();
    };
    const CHECK_ON = ['input', 'keydown', 'pointerdown', 'focusin'] as const;
    for (const type of CHECK_ON) document.addEventListener(type, checkConnected, { capture: true });
    const interval = setInterval(checkConnected, 1_000);
    const stopChecking = () => {
      clearInterval(interval);
      for (const type of CHECK_ON) document.removeEventListener(type, checkConnected, { capture: true });
    };

    let stopped = false;
    const stop = () => {
      if (stopped) return;
      stopped = true;
      // Marks and badges come off the page first: once the extension is gone, the unhooking below may throw.
      handle?.destroy();
      handle = null;
      (globalThis as Record<string, unknown>)[marker] = false;
      for (const cleanup of [stopListening, unwatch, dispose, stopChecking, stopReporting]) {
        try {
          cleanup();
        } catch {
          // The extension was reloaded or removed: there is nothing left to unhook from.
        }
      }
    };
    // WXT invalidates this context when the extension is cut off, and also when a DOM event says a newer copy of this
    // script started. A page that knows the extension's id can dispatch that event itself, to switch Business Lens
    // off on its pages; so the event alone stops nothing. A copy started while this one is connected (the popup's
    // "Enable on this site" injects one) finds the marker set and stands down; after an update this one is cut off.
    ctx.onInvalidated(() => {
      if (cutOff()) stop();
    });
  },
});

/** Whether this frame may read the top frame's document (then the top frame reads ours). */
function sameOriginAsTop(): boolean {
  try {
    return window.top?.document !== undefined;
  } catch {
    return false;
  }
}
