/**
 * The built-in lexicon as the extension pages see it. One seam, so the store and its tests do not care where
 * the data files live.
 * TEMPORARY: until lexicon/data/index.ts lands, only the analogies are available.
 */
import type { Analogy, LexiconEntry } from '../lexicon/schema.ts';
import analogyFile from '../lexicon/data/analogies.json';

export const builtInEntries: readonly LexiconEntry[] = [];
export const builtInAnalogies: readonly Analogy[] = (analogyFile as unknown as { analogies: Analogy[] }).analogies;
