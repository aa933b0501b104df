/**
 * Mounts the popup. It reads the combined lexicon (built-in, organisation, the user's own) once and again
 * whenever it changes, and runs the rewrite engine here, in the extension page, where compromise's load cost
 * does not touch the pages the user types in.
 */
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import '../../components/styles.css';
import './popup.css';
import { buildWorksheet, composeWorksheetSentence, rewriteSentence } from '../../lexicon/rewrite/index.ts';
import { loadLexicon, watchLexicon, type LexiconState } from '../../extension/lexicon-store.ts';
import { PopupApp, type PopupAppProps } from './App.tsx';
import { createBrowserClient } from './client.ts';
import { createPopupRewrites, type PopupLexicon, type RewriteEngine } from './rewrites.ts';

const engine: RewriteEngine = { rewriteSentence, buildWorksheet, composeWorksheetSentence };
const client = createBrowserClient();
const inTab = new URLSearchParams(location.search).has('tab');

function toPopupLexicon(state: LexiconState | null): PopupLexicon {
  if (!state) return { entry: () => undefined, analogies: [] };
  const byId = new Map(state.layered.active.map((entry) => [entry.id, entry]));
  const byForm = new Map(state.layered.active.flatMap((entry) => [entry.term, ...entry.variants].map((form) => [form.toLowerCase(), entry] as const)));
  return { entry: (id) => byId.get(id), entryForTerm: (term) => byForm.get(term.toLowerCase()), analogies: [...state.layered.analogies.values()] };
}

function PopupRoot() {
  const [lexicon, setLexicon] = useState<LexiconState | null>(null);
  useEffect(() => {
    void loadLexicon().then(setLexicon, () => setLexicon(null));
    return watchLexicon(setLexicon);
  }, []);
  const makeRewrites = useMemo<PopupAppProps['makeRewrites']>(() => {
    const popupLexicon = toPopupLexicon(lexicon);
    return (input) => createPopupRewrites({ ...input, lexicon: popupLexicon, engine });
  }, [lexicon]);
  return <PopupApp client={client} makeRewrites={makeRewrites} inTab={inTab} />;
}

render(<PopupRoot />, document.getElementById('app')!);
