/**
 * The card's "Add to my lexicon": the options page opens on its add form with the marked term filled in
 * (`options.html?add=TERM#lexicon`), and the user adds a plain wording. Nothing is stored until they save.
 */

/** The options page's address for adding `term`: at most 80 characters of it, as a term may be. */
export function optionsAddUrl(optionsPage: string, term: string): string {
  return `${optionsPage}?add=${encodeURIComponent(term.trim().slice(0, 80))}#lexicon`;
}
