/**
 * Everything the popup asks of the browser, behind one interface: the target tab's state from its content
 * script, the actions it forwards, settings, and opening pages. The popup's components receive this as a prop,
 * so component tests drive the popup with a fake and nothing else reaches for extension APIs.
 */
import { browser } from 'wxt/browser';
import type { ApplyOutcome, PopupRequest, TabState } from '../../extension/messages.ts';
import type { Audience } from '../../lexicon/schema.ts';
import { allowTerm } from '../../extension/lexicon-writer.ts';
import { focusedFrameOf } from '../../extension/focused-frame.ts';
import { getSettings, updateSettings, watchSettings, type Settings } from '../../extension/settings.ts';
import { enableSite, hasSiteAccess, requestSiteAccess } from '../../extension/site-access.ts';
import { EMPTY_POLICY, isLocked, readOrgPolicy } from '../../extension/org-policy.ts';
import { classifyPage } from './page-kind.ts';
import { saveWin } from '../../extension/wins-store.ts';
import { newWin } from '../../lexicon/update/index.ts';
import { withTimeout } from '../../extension/with-timeout.ts';

export interface SettingLocks {
  audience: boolean;
  paused: boolean;
  /** Which built-in sites are switched off is the organisation's choice. */
  sites: boolean;
}

/** What the popup found when it looked at the tab. */
export type TabLook =
  /** The content script (or the playground) answered. */
  | { kind: 'answered'; state: TabState; host?: string }
  /** A page no extension may run on. */
  | { kind: 'restricted'; reason: string }
  /** A web page Business Lens has no access to yet. */
  | { kind: 'no-access'; origin: string; host: string }
  /** Business Lens has access but nothing answered (the page was open before install or before enabling). */
  | { kind: 'not-started'; host?: string }
  /** Something went wrong, said plainly. */
  | { kind: 'error'; message: string };

export interface PopupClient {
  /** Looks at the target tab and asks its content script for the state of the active compose box. */
  look(): Promise<TabLook>;
  /** Replaces a range of the message through the page's own undoable input path. */
  apply(findingId: string, replacement: { start: number; end: number; expected: string; text: string }): Promise<ApplyOutcome>;
  ignore(findingId: string): Promise<ApplyOutcome>;
  /** Inserts text at the cursor of the active compose box, undoably. */
  insert(text: string): Promise<ApplyOutcome>;
  /** Ends a global pause and a pause for this message. */
  resume(): Promise<ApplyOutcome>;
  /** Adds a term to the user's allow list. */
  allowTerm(term: string): Promise<ApplyOutcome>;
  /**
   * Asks for access to the tab's site and turns Business Lens on there. Calls the permission prompt before
   * anything else, so it must be called straight from a click handler.
   */
  enableSite(origin: string): Promise<ApplyOutcome>;
  /** Turns a built-in site back on that the user switched off in settings. */
  enableBuiltInSite(host: string): Promise<ApplyOutcome>;
  reloadTab(): Promise<void>;
  openPlayground(): void;
  openOptions(): void;
  /** Opens the "Your update" page, where wins are logged and the IT update is composed. */
  openUpdate(): void;
  /** Logs a win from a sentence of the message (and, from the worksheet, its benefit), for today. */
  logWin(win: { what: string; benefit?: string }): Promise<ApplyOutcome>;
  getSettings(): Promise<Settings>;
  /** Settings the organisation fixed by policy; the popup shows them as locked rather than offering a change. */
  getLocks(): Promise<SettingLocks>;
  setAudience(audience: Audience): Promise<void>;
  /** Remembers "show all" (picky) on or off; every page follows the setting. */
  setPicky(picky: boolean): Promise<void>;
  watchSettings(callback: (settings: Settings) => void): () => void;
}

/** How long the content script gets to answer before the popup says it is not running. */
const ANSWER_TIMEOUT_MS = 2_000;

function isTabState(value: unknown): value is TabState {
  const state = (value as TabState | undefined)?.state;
  return state === 'ready' || state === 'no-box' || state === 'paused' || state === 'site-off';
}

function failure(error: unknown): ApplyOutcome {
  return { ok: false, reason: error instanceof Error ? error.message : String(error) };
}

/** Reads an answer to an action: the content script's `{ ok, reason }`, or silence taken as success. */
function asResult(answer: unknown): ApplyOutcome {
  if (answer && typeof answer === 'object' && 'ok' in answer) {
    const a = answer as { ok: unknown; reason?: unknown };
    return a.ok === true
      ? { ok: true }
      : { ok: false, reason: typeof a.reason === 'string' && a.reason ? a.reason : 'The page refused the change.' };
  }
  return { ok: true };
}

/** The tab the popup is about: `?tab=ID` when given (tests, "open in popup" links), else the active tab. */
async function targetTabId(search: string): Promise<number | undefined> {
  const param = new URLSearchParams(search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The real client, talking to the browser. */
export function createBrowserClient(search = location.search): PopupClient {
  const tabIdPromise = targetTabId(search);
  const ownOrigin = browser.runtime.getURL('/');

  async function send(request: PopupRequest): Promise<unknown> {
    const tabId = await tabIdPromise;
    if (tabId === undefined) throw new Error('There is no tab to talk to.');
    // Only the frame that holds the focused box answers and acts; with none known, the tab as a whole.
    const frameId = await focusedFrameOf(tabId);
    const sent = frameId === undefined ? browser.tabs.sendMessage(tabId, request) : browser.tabs.sendMessage(tabId, request, { frameId });
    return withTimeout(sent, ANSWER_TIMEOUT_MS);
  }

  async function act(request: PopupRequest): Promise<ApplyOutcome> {
    try {
      return asResult(await send(request));
    } catch (error) {
      return failure(error);
    }
  }

  return {
    async look() {
      const tabId = await tabIdPromise;
      if (tabId === undefined) return { kind: 'error', message: 'Business Lens could not find the current tab.' };
      let url: string | undefined;
      try {
        url = (await browser.tabs.get(tabId)).url;
      } catch {
        return { kind: 'error', message: 'The tab this popup was opened for has closed.' };
      }
      const page = classifyPage(url, ownOrigin);
      if (page.kind === 'restricted') return { kind: 'restricted', reason: page.reason };
      try {
        const answer = await send({ type: 'bl/get-state' });
        if (isTabState(answer)) {
          // The playground is one of our own pages: name it, rather than show the extension's id as a host.
          const host = page.kind === 'own-page' ? 'Playground' : (answer.host ?? (page.kind === 'web' ? page.host : undefined));
          return { kind: 'answered', state: answer, host };
        }
      } catch {
        // No content script answered; work out why below.
      }
      if (page.kind === 'web') {
        const granted = await hasSiteAccess(page.origin).catch(() => false);
        return granted ? { kind: 'not-started', host: page.host } : { kind: 'no-access', origin: page.origin, host: page.host };
      }
      if (page.kind === 'own-page') return { kind: 'answered', state: { state: 'no-box' } };
      // The browser hid the URL and nothing answered: one of the browser's own pages, in practice.
      return {
        kind: 'restricted',
        reason:
          'Browsers keep every extension out of their own pages: settings, new tabs, the extension store and other extensions’ pages.',
      };
    },
    apply: (findingId, replacement) => act({ type: 'bl/apply', findingId, replacement }),
    ignore: (findingId) => act({ type: 'bl/ignore', findingId }),
    insert: (text) => act({ type: 'bl/insert', text }),
    async resume() {
      try {
        if ((await getSettings()).paused) await updateSettings({ paused: false });
      } catch (error) {
        return failure(error);
      }
      // A pause for this message lives in the page; ask it too (a page that was only globally paused ignores it).
      await act({ type: 'bl/resume-message' });
      return { ok: true };
    },
    async allowTerm(term) {
      try {
        await allowTerm(term, 'Allowed from the popup');
        return { ok: true };
      } catch (error) {
        return failure(error);
      }
    },
    enableSite(origin) {
      // The prompt must open inside the click's user gesture: request first, await afterwards.
      const asked = requestSiteAccess(origin);
      return (async () => {
        try {
          if (!(await asked)) return { ok: false, reason: 'Access to this site was not granted, so Business Lens stays off here.' };
          await enableSite(origin, await tabIdPromise);
          return { ok: true };
        } catch (error) {
          return failure(error);
        }
      })();
    },
    async enableBuiltInSite(host) {
      try {
        const settings = await getSettings();
        await updateSettings({ disabledSites: settings.disabledSites.filter((pattern) => !pattern.includes(`//${host}/`)) });
        return { ok: true };
      } catch (error) {
        return failure(error);
      }
    },
    async reloadTab() {
      const tabId = await tabIdPromise;
      if (tabId !== undefined) await browser.tabs.reload(tabId);
    },
    openPlayground() {
      void browser.tabs.create({ url: browser.runtime.getURL('/playground.html') });
    },
    openOptions() {
      void browser.runtime.openOptionsPage();
    },
    openUpdate() {
      void browser.tabs.create({ url: browser.runtime.getURL('/update.html') });
    },
    async logWin(words) {
      try {
        await saveWin(newWin(words, new Date(), crypto.randomUUID()));
        return { ok: true };
      } catch (error) {
        return failure(error);
      }
    },
    getSettings,
    async getLocks() {
      const { locked } = await readOrgPolicy().catch(() => EMPTY_POLICY);
      return { audience: isLocked(locked, 'audience'), paused: isLocked(locked, 'paused'), sites: isLocked(locked, 'disabledSites') };
    },
    async setPicky(picky) {
      await updateSettings({ picky });
    },
    async setAudience(audience) {
      await updateSettings({ audience });
    },
    watchSettings,
  };
}
