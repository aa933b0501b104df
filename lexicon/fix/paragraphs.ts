/**
 * Fits text of several paragraphs (the composed IT update) to the place in a message where it goes. A sentence is
 * fitted into its neighbours' line; paragraphs stand apart instead: a blank line between them and the writer's own
 * text on either side, none at the very start or end, and no extra one where the writer already left a blank line.
 * The writer's text itself is never touched: only the inserted text gets the breaks.
 */

/** What to write at offset `at` of `text` so that `paragraphs` stand as paragraphs of their own. */
export function fitParagraphsInsertion(text: string, at: number, paragraphs: string): string {
  const body = paragraphs
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/^\s*\n|\s+$/g, '');
  if (!body) return '';
  const before = text.slice(0, at);
  const after = text.slice(at);
  return breaksBefore(before) + body + breaksAfter(after);
}

/** The line breaks that end the writer's text before the insertion in a blank line, if it has any words. */
function breaksBefore(before: string): string {
  if (!before.trim()) return '';
  const trailing = /\n*[ \t]*$/.exec(before)![0].split('\n').length - 1;
  return '\n'.repeat(Math.max(0, 2 - trailing));
}

/** The line breaks that put a blank line between the insertion and the writer's words after it, if any. */
function breaksAfter(after: string): string {
  if (!after.trim()) return '';
  const leading = /^[ \t]*\n*/.exec(after)![0].split('\n').length - 1;
  return '\n'.repeat(Math.max(0, 2 - leading));
}
