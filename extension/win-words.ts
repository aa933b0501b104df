/**
 * The page's side of the "log a win" command (extension/log-win-command.ts is the background's): the focused box's
 * words. A module of its own so the content script does not carry the wins store and its schema.
 */
import type { WinWords } from '../compose/types.ts';

/** The focused box's words, or undefined (no answer) when no box here has the focus, so the frame that has it answers. */
export function answerWinWords(handle: { winWords(): WinWords | null } | null): Promise<WinWords> | undefined {
  const words = handle?.winWords() ?? null;
  return words ? Promise.resolve(words) : undefined;
}
