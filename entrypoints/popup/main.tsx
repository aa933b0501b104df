/**
 * Mounts the popup. The popup opens on the tab's state at once; the rewrite engine (with compromise) and the
 * combined lexicon (built-in, organisation, the user's own) load in a separate chunk straight after, and the
 * rewrites appear when they are ready. The engine runs here, in the extension page, so its load cost never
 * touches the pages the user types in.
 */
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import '../../components/styles.css';
import { installKindPalette } from '../../components/kind-palette.ts';
import '../../components/popup/popup.css';
import type { LexiconState } from '../../extension/lexicon-store.ts';
import { PopupApp, type PopupAppProps } from '../../components/popup/App.tsx';
import { createBrowserClient } from '../../components/popup/client.ts';
import { createPopupRewrites, type PopupLexicon, type RewriteEngine } from '../../components/popup/rewrites.ts';
import { clearReminder } from '../../extension/reminder.ts';

installKindPalette();

const client = createBrowserClient();
const inTab = new URLSearchParams(location.search).has('tab');

/**
 * Loads the engine and the lexicon. Evaluating them (compromise, and validating the built-in lexicon) takes the
 * main thread for a while, so it starts only once the tab's state is on screen.
 */
function loadRewriteSupport() {
  // The lexicon is read from storage while the engine's code is evaluated.
  const store = import('../../extension/lexicon-store.ts');
  const lexicon = store.then((module) => module.loadLexicon()).catch(() => null);
  return Promise.all([import('../../lexicon/rewrite/index.ts'), store, lexicon]).then(([engine, storeModule, state]) => ({
    engine: {
      rewriteSentence: engine.rewriteSentence,
      buildWorksheet: engine.buildWorksheet,
      composeWorksheetSentence: engine.composeWorksheetSentence,
    } satisfies RewriteEngine,
    warmUp: engine.warmUpLanguage,
    store: storeModule,
    lexicon: state,
  }));
}

function toPopupLexicon(state: LexiconState | null): PopupLexicon {
  if (!state) return { entry: () => undefined, analogies: [] };
  const byId = new Map(state.layered.active.map((entry) => [entry.id, entry]));
  const byForm = new Map(
    state.layered.active.flatMap((entry) => [entry.term, ...entry.variants].map((form) => [form.toLowerCase(), entry] as const)),
  );
  return {
    entry: (id) => byId.get(id),
    entryForTerm: (term) => byForm.get(term.toLowerCase()),
    analogies: [...state.layered.analogies.values()],
  };
}

function PopupRoot() {
  const [engine, setEngine] = useState<RewriteEngine | null>(null);
  const [lexicon, setLexicon] = useState<LexiconState | null>(null);
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (!wanted) return;
    let unwatch = () => {};
    let closed = false;
    // Marks for measuring the popup's start-up in the end-to-end tests (performance.getEntriesByType('mark')).
    performance.mark('bl:rewrites-wanted');
    void loadRewriteSupport().then(({ engine: loaded, warmUp, store, lexicon: state }) => {
      performance.mark('bl:rewrites-loaded');
      if (closed) return;
      warmUp();
      performance.mark('bl:language-warm');
      setLexicon(state);
      setEngine(loaded);
      unwatch = store.watchLexicon(setLexicon);
    });
    return () => {
      closed = true;
      unwatch();
    };
  }, [wanted]);
  const makeRewrites = useMemo<PopupAppProps['makeRewrites']>(() => {
    const popupLexicon = toPopupLexicon(lexicon);
    return (input) => createPopupRewrites({ ...input, lexicon: popupLexicon, engine });
  }, [lexicon, engine]);
  return (
    <PopupApp
      client={client}
      makeRewrites={makeRewrites}
      inTab={inTab}
      onFirstPaint={() => {
        performance.mark('bl:state-shown');
        setWanted(true);
      }}
    />
  );
}

render(<PopupRoot />, document.getElementById('app')!);
// Opening the popup is seeing the weekly reminder: it leaves the toolbar button until next week.
void clearReminder().catch(() => undefined);
