/**
 * Where one text differs from the next: the length of their common start and common end. Run on every
 * keystroke in a textarea, so it starts from a guess (the caret, which sits just after what was typed) and
 * confirms the guess with the engine's own string comparison; a character loop over a 10,000-word message
 * cost about a millisecond a key. The answer does not depend on the guess, only the speed does.
 */

/** Common start and common end of `before` and `after`, never overlapping within the shorter one. */
export interface EditSpan {
  prefix: number;
  suffix: number;
}

/** `hint` is where the edit is thought to end in `after` (e.g. the caret); any number is safe. */
export function editSpan(before: string, after: string, hint = 0): EditSpan {
  const limit = Math.min(before.length, after.length);
  const inserted = Math.max(0, after.length - before.length);
  // Everything before the inserted text is likely common.
  let prefix = clamp(Math.floor(hint) - inserted, 0, limit);
  if (prefix > 0 && before.slice(0, prefix) !== after.slice(0, prefix)) prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  // Everything after the caret is likely common.
  const room = limit - prefix;
  let suffix = clamp(after.length - Math.floor(hint), 0, room);
  if (suffix > 0 && before.slice(before.length - suffix) !== after.slice(after.length - suffix)) suffix = 0;
  while (suffix < room && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}

function clamp(value: number, low: number, high: number): number {
  return Number.isFinite(value) ? Math.min(high, Math.max(low, value)) : low;
}
