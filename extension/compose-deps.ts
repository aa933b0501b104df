/**
 * Builds what the page integration (compose/) is given: the analyser, the settings and their changes, and
 * the actions that need the extension (allow list, rewrites, the popup). The content script and the
 * playground both mount compose/ with these; compose/ itself never calls an extension API.
 */
import { browser } from 'wxt/browser';
import { createAnalyzer, type AnalyzeOptions } from '../lexicon/index.ts';
import type { AnalyzeFn, ComposeDeps, ComposeSettings, SentenceRewrites, SentenceTerm } from '../compose/types.ts';
import type { Audience } from '../lexicon/types.ts';
import type { BackgroundRequest } from './messages.ts';
import { analyzeOptionsOf, loadLexicon, watchLexicon, type LexiconState } from './lexicon-store.ts';
import { applyLockedSettings } from './org-policy.ts';
import { updateSettings, watchSettings, type Settings } from './settings.ts';
import { allowTerm } from './lexicon-writer.ts';
import { sendQuietly } from './send-quietly.ts';

/** The part of the settings compose/ acts on. */
export function composeSettingsOf(settings: Settings): ComposeSettings {
  return {
    audience: settings.audience,
    checks: settings.checks,
    minSeverity: settings.minSeverity,
    paused: settings.paused,
    picky: settings.picky,
  };
}

export interface ComposeDepsOptions {
  /** How a sentence gets rewritten; by default the background is asked (content scripts stay small). */
  rewrite?: (sentence: string, audience: Audience, terms: readonly SentenceTerm[]) => Promise<SentenceRewrites | null>;
  /** How the popup opens; by default the background is asked. */
  openPopup?: (findingId?: string) => void;
}

/** Asks the background to rewrite a sentence; null when it cannot answer. */
export async function rewriteViaBackground(
  sentence: string,
  audience: Audience,
  terms: readonly SentenceTerm[],
): Promise<SentenceRewrites | null> {
  const request: BackgroundRequest = { type: 'bl/rewrite', sentence, audience, terms: [...terms] };
  const answer = await browser.runtime.sendMessage<BackgroundRequest, SentenceRewrites | null | undefined>(request);
  return answer && typeof answer === 'object' ? answer : null;
}

/**
 * The dependencies for one page. `initial` are the settings read before mounting; later changes, and
 * changes to the user's or organisation's lexicon and allow list, arrive through watchers and re-analyse
 * every open box. Settings the organisation locked win over the user's.
 */
export function createComposeDeps(initial: Settings, options: ComposeDepsOptions = {}): { deps: ComposeDeps; dispose: () => void } {
  let userSettings = initial;
  let lexicon: LexiconState | null = null;
  let settings = composeSettingsOf(initial);
  let analysis: AnalyzeOptions = analysisOptionsOf(settings, null);
  const listeners = new Set<(settings: ComposeSettings) => void>();
  const refresh = () => {
    const effective = lexicon ? applyLockedSettings(userSettings, lexicon.policy.locked) : userSettings;
    settings = composeSettingsOf(effective);
    analysis = analysisOptionsOf(settings, lexicon);
    for (const listener of listeners) listener(settings);
  };
  void loadLexicon()
    .then((state) => {
      lexicon = state;
      refresh();
    })
    .catch(() => undefined);
  const unwatchLexicon = watchLexicon((state) => {
    lexicon = state;
    refresh();
  });
  const unwatchSettings = watchSettings((next) => {
    userSettings = next;
    refresh();
  });

  const deps: ComposeDeps = {
    createAnalyzer: (): AnalyzeFn => {
      const analyzer = createAnalyzer(analysis);
      // The options object changes only when settings or the lexicon do, so the analyser keeps its cache.
      return (text) => analyzer.analyze(text, analysis);
    },
    settings: {
      current: () => settings,
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    rewrite: options.rewrite ?? rewriteViaBackground,
    allowTerm: (term) => allowTerm(term, 'Allowed from the card'),
    setPicky: (picky) => updateSettings({ picky }),
    addToLexicon: (term) => {
      sendQuietly({ type: 'bl/add-term', term } satisfies BackgroundRequest);
    },
    openPopup:
      options.openPopup ??
      ((findingId) => {
        sendQuietly({ type: 'bl/open-popup', findingId } satisfies BackgroundRequest);
      }),
  };
  return {
    deps,
    dispose: () => {
      unwatchLexicon();
      unwatchSettings();
      listeners.clear();
    },
  };
}

/** What the analyser is told: the settings' checks and severity, and the combined lexicon once loaded. */
function analysisOptionsOf(settings: ComposeSettings, lexicon: LexiconState | null): AnalyzeOptions {
  return {
    audience: settings.audience,
    checks: settings.checks,
    minSeverity: settings.minSeverity,
    ...(lexicon ? analyzeOptionsOf(lexicon) : {}),
  };
}
