/**
 * How to log a win without leaving the message: the "log a win" keyboard command, which has no key until the user
 * gives it one. Shows the key when there is one, and opens the browser's shortcut settings (an extension may open
 * them; a link on a page may not), or says the way there where the browser cannot open them.
 */
import { useEffect, useState } from 'preact/hooks';

export interface ShortcutServices {
  /** The key the user gave the "log a win" command ("Ctrl+Shift+Y"), or undefined while it has none. */
  getLogWinShortcut(): Promise<string | undefined>;
  /** Opens the browser's shortcut settings; resolves false where it cannot. */
  openShortcutSettings(): Promise<boolean>;
}

export const SHORTCUTS_BY_HAND =
  'Open your browser’s extension shortcuts (Chrome and Edge: chrome://extensions/shortcuts; Firefox: Add-ons and themes, the gear menu, Manage Extension Shortcuts), then give “Log a win” a key.';

export function ShortcutNote({ services }: { services: ShortcutServices }) {
  const [shortcut, setShortcut] = useState<string | null>();
  const [byHand, setByHand] = useState(false);

  useEffect(() => {
    services.getLogWinShortcut().then(
      (key) => setShortcut(key ?? null),
      () => setShortcut(null),
    );
  }, [services]);

  async function open() {
    setByHand(!(await services.openShortcutSettings().catch(() => false)));
  }

  return (
    <div class="bl-update__shortcut">
      <p class="bl-options__muted">
        From any message: put the cursor in a sentence (or select the words) and press{' '}
        {shortcut === undefined ? (
          <span>your “Log a win” shortcut</span>
        ) : shortcut ? (
          <kbd class="bl-kbd" data-testid="log-win-shortcut">
            {shortcut}
          </kbd>
        ) : (
          <span data-testid="log-win-shortcut">your “Log a win” shortcut (none set yet)</span>
        )}
        . The win lands here; the Business Lens button shows +1, and your message stays as it is.{' '}
        <button type="button" class="bl-button bl-button--small bl-button--quiet" onClick={() => void open()}>
          {shortcut ? 'Change the shortcut' : 'Choose a shortcut'}
        </button>
      </p>
      {byHand && (
        <p class="bl-options__muted" role="status">
          {SHORTCUTS_BY_HAND}
        </p>
      )}
    </div>
  );
}
