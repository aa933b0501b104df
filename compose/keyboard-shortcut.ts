/**
 * The shortcut that moves to the next mark and opens its card. The manifest declares the same keys as the
 * `next-mark` command (so users can change them in the browser, and the background relays it); this
 * in-page listener serves pages where the command does not reach (the playground) and browsers without
 * commands. Matched on the physical key, so it works on every keyboard layout.
 */
export const NEXT_MARK_SHORTCUT = {
  altKey: true,
  shiftKey: true,
  ctrlKey: false,
  metaKey: false,
  code: 'KeyL',
  label: 'Alt+Shift+L',
} as const;

export function isNextMarkShortcut(event: KeyboardEvent): boolean {
  return (
    event.code === NEXT_MARK_SHORTCUT.code &&
    event.altKey === NEXT_MARK_SHORTCUT.altKey &&
    event.shiftKey === NEXT_MARK_SHORTCUT.shiftKey &&
    event.ctrlKey === NEXT_MARK_SHORTCUT.ctrlKey &&
    event.metaKey === NEXT_MARK_SHORTCUT.metaKey
  );
}
