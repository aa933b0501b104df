/** Fitting a suggestion to the text it goes into, and checking the joins after. */
export { fitReplacement, fitSentenceInsertion, type FittedEdit } from './fit.ts';
export { fitParagraphsInsertion } from './paragraphs.ts';
export { joinProblems, startsSentence } from './join.ts';
