/**
 * Builds what the page integration (compose/) is given: the analyser, the settings and their changes, and
 * the actions that need the extension (allow list, rewrites, the popup). The content script and the
 * playground both mount compose/ with these; compose/ itself never calls an extension API.
 */
import { browser } from 'wxt/browser';
import { analyze } from '../lexicon/index.ts';
import type { AnalyzeFn, ComposeDeps, ComposeSettings, SentenceRewrites } from '../compose/types.ts';
import type { Audience } from '../lexicon/types.ts';
import type { BackgroundRequest } from './messages.ts';
import { watchSettings, type Settings } from './settings.ts';
import { allowListItem, allowTerm } from './user-lexicon.ts';

/** The part of the settings compose/ acts on. */
export function composeSettingsOf(settings: Settings): ComposeSettings {
  return { audience: settings.audience, checks: settings.checks, minSeverity: settings.minSeverity, paused: settings.paused };
}

export interface ComposeDepsOptions {
  /** How a sentence gets rewritten; by default the background is asked (content scripts stay small). */
  rewrite?: (sentence: string, audience: Audience) => Promise<SentenceRewrites | null>;
  /** How the popup opens; by default the background is asked. */
  openPopup?: (findingId?: string) => void;
}

/** Asks the background to rewrite a sentence; null when it cannot answer. */
export async function rewriteViaBackground(sentence: string, audience: Audience): Promise<SentenceRewrites | null> {
  const request: BackgroundRequest = { type: 'bl/rewrite', sentence, audience };
  const answer = (await browser.runtime.sendMessage(request)) as SentenceRewrites | null | undefined;
  return answer && typeof answer === 'object' ? answer : null;
}

/**
 * The dependencies for one page. `initial` are the settings read before mounting; later changes arrive
 * through `watchSettings`. Terms on the user's allow list are never shown.
 */
export function createComposeDeps(initial: Settings, options: ComposeDepsOptions = {}): { deps: ComposeDeps; dispose(): void } {
  let settings = composeSettingsOf(initial);
  const allowed = new Set<string>();
  const listeners = new Set<(settings: ComposeSettings) => void>();
  const loadAllowList = (list: readonly { term: string }[] | null) => {
    allowed.clear();
    for (const entry of list ?? []) allowed.add(entry.term.toLowerCase());
  };
  void allowListItem.getValue().then((list) => {
    loadAllowList(list);
    for (const listener of listeners) listener(settings);
  });
  const unwatchAllow = allowListItem.watch((list) => {
    loadAllowList(list);
    for (const listener of listeners) listener(settings);
  });
  const unwatchSettings = watchSettings((next) => {
    settings = composeSettingsOf(next);
    for (const listener of listeners) listener(settings);
  });

  const createAnalyzer = (): AnalyzeFn => (text, analyzeOptions) => {
    const result = analyze(text, analyzeOptions);
    if (allowed.size === 0) return result;
    return { ...result, findings: result.findings.filter((f) => !allowed.has(f.text.toLowerCase())) };
  };

  const deps: ComposeDeps = {
    createAnalyzer,
    settings: {
      current: () => settings,
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    rewrite: options.rewrite ?? rewriteViaBackground,
    allowTerm: (term) => allowTerm(term, 'Allowed from the card'),
    openPopup:
      options.openPopup ??
      ((findingId) => {
        const request: BackgroundRequest = { type: 'bl/open-popup', findingId };
        void browser.runtime.sendMessage(request).catch(() => undefined);
      }),
  };
  return {
    deps,
    dispose: () => {
      unwatchAllow();
      unwatchSettings();
      listeners.clear();
    },
  };
}
