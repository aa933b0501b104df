/**
 * The real analysis core and rewrite engine, as the options page's live preview uses them. The options page is
 * an extension page, so it runs them itself; nothing here reaches the page or the network.
 */
import { analyze } from '../../lexicon/index.ts';
import { rewriteSentence } from '../../lexicon/rewrite/index.ts';
import type { PreviewEngine } from '../../components/options/preview-engine.ts';

export const optionsEngine: PreviewEngine = {
  analyze(text, lexicon, audience) {
    // The preview lexicon is already complete (built-in entries included, the previewed entry in front), so the
    // built-in list is not added a second time.
    return analyze(text, { audience, entries: lexicon.entries, allow: lexicon.allow, builtIn: false }).findings;
  },
  rewrite: rewriteSentence,
};
