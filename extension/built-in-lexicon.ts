/**
 * The built-in lexicon as the extension's storage layer sees it: one seam, so the store and its tests do not
 * care where the data files live.
 */
export { builtInAnalogies, builtInEntries } from '../lexicon/data/index.ts';
