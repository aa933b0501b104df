/**
 * The built-in lexicon, compiled once on first use with its precomputed inflections. The compiled form is
 * shared by every analysis that adds no entries of its own.
 */
import { builtInEntries } from './data/index.ts';
import formsFile from './data/forms.generated.json' with { type: 'json' };
import type { FormsTable } from './inflect/rules.ts';
import { compileLexicon, type CompiledLexicon } from './match/matcher.ts';

/** Inflections compromise generated at build time for built-in spellings the rules get wrong. */
export const BUILT_IN_FORMS: FormsTable = (formsFile as { forms: FormsTable }).forms;

let compiled: CompiledLexicon | undefined;

/** The built-in lexicon, compiled (about a few milliseconds, once per page). */
export function builtInLexicon(): CompiledLexicon {
  compiled ??= compileLexicon(builtInEntries, { forms: BUILT_IN_FORMS });
  return compiled;
}
