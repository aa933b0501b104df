/**
 * The real analysis core and rewrite engine, as the options page's live preview uses them. The options page is
 * an extension page, so it runs them itself; nothing here reaches the page or the network.
 */
import { analyze } from '../../lexicon/index.ts';
import type { PreviewEngine } from '../../components/options/preview-engine.ts';

export const optionsEngine: PreviewEngine = {
  analyze(text, lexicon, audience) {
    // TODO(options): pass lexicon.entries and lexicon.allow once analyze() takes a lexicon (the core is landing).
    const allowed = new Set(lexicon.allow.map((a) => a.term.toLowerCase()));
    return analyze(text, { audience }).findings.filter((f) => !allowed.has(f.text.toLowerCase()));
  },
};
