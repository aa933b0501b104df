/**
 * The shortcut that moves to the next mark and opens its card. Matched on the physical key, so it works
 * on every keyboard layout; the options page shows `NEXT_MARK_SHORTCUT.label`.
 */
export const NEXT_MARK_SHORTCUT = { altKey: true, shiftKey: true, ctrlKey: false, metaKey: false, code: 'KeyJ', label: 'Alt+Shift+J' } as const;

export function isNextMarkShortcut(event: KeyboardEvent): boolean {
  return (
    event.code === NEXT_MARK_SHORTCUT.code &&
    event.altKey === NEXT_MARK_SHORTCUT.altKey &&
    event.shiftKey === NEXT_MARK_SHORTCUT.shiftKey &&
    event.ctrlKey === NEXT_MARK_SHORTCUT.ctrlKey &&
    event.metaKey === NEXT_MARK_SHORTCUT.metaKey
  );
}
