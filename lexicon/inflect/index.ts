/**
 * Inflection: plural and verb forms of lexicon spellings by rule (for user and organisation entries, at run
 * time), the table of forms compromise computed at build time for the built-in ones, and the fitting of a
 * plain phrase to the form a term was written in. `compromise.ts` loads compromise and is used only by the
 * build script (`npm run lexicon:forms`); it is deliberately not exported here.
 */
export * from './rules.ts';
export * from './phrase-forms.ts';
export { serializeForms } from './forms-file.ts';
