/**
 * What `npm run dev` does about a browser. WXT's runner starts Chromium (or Firefox) with the extension loaded;
 * where none can start (no display, as over SSH or in a container, or no browser installed) the browser died at
 * once and the runner crashed on the broken pipe with an `ECONNRESET` stack trace. Instead, the dev server keeps
 * serving and says, in one paragraph, why no browser opened and how to load the extension by hand.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export type DevBrowser = 'chrome' | 'firefox';

/** Where Debian, Ubuntu and Google put their browsers (the e2e tests look in the same places). */
const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];
const FIREFOX_PATHS = ['/usr/bin/firefox', '/usr/bin/firefox-esr', '/snap/bin/firefox'];

export interface Machine {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  exists: (path: string) => boolean;
}

const THIS_MACHINE: Machine = { env: process.env, platform: process.platform, exists: existsSync };

/** The browser binary to start: $CHROME_PATH / $FIREFOX_PATH, else the first known install; undefined when none is known. */
export function browserBinary(browser: DevBrowser, machine: Machine = THIS_MACHINE): string | undefined {
  const fromEnv = machine.env[browser === 'firefox' ? 'FIREFOX_PATH' : 'CHROME_PATH'];
  if (fromEnv) return fromEnv;
  return (browser === 'firefox' ? FIREFOX_PATHS : CHROMIUM_PATHS).find((path) => machine.exists(path));
}

/** Why no browser window can be opened here, or null when one can. */
export function whyNoBrowser(browser: DevBrowser, machine: Machine = THIS_MACHINE): string | null {
  // macOS and Windows always have a screen; web-ext finds their browsers itself.
  if (machine.platform === 'darwin' || machine.platform === 'win32') return null;
  if (!hasDisplay(machine)) return 'There is no display here';
  const binary = browserBinary(browser, machine);
  if (binary && !machine.exists(binary)) return `No browser is at ${binary}`;
  if (!binary)
    return browser === 'firefox' ? 'No Firefox was found (set FIREFOX_PATH)' : 'No Chromium or Chrome was found (set CHROME_PATH)';
  return null;
}

/** An X11 display whose socket is there, a Wayland socket, or a remote X display (as over ssh -X). */
function hasDisplay({ env, exists }: Machine): boolean {
  const wayland = env.WAYLAND_DISPLAY;
  if (wayland && (wayland.startsWith('/') ? exists(wayland) : !!env.XDG_RUNTIME_DIR && exists(join(env.XDG_RUNTIME_DIR, wayland))))
    return true;
  const display = env.DISPLAY;
  if (!display) return false;
  const local = /^(?:unix)?:(\d+)(?:\.\d+)?$/.exec(display);
  return local ? exists(`/tmp/.X11-unix/X${local[1]}`) : true;
}

/** The one paragraph `npm run dev` prints instead of opening a browser. */
export function noBrowserMessage(reason: string, browser: DevBrowser, devDir: string): string {
  const load =
    browser === 'firefox'
      ? `load ${devDir}/manifest.json in Firefox on this machine at about:debugging#/runtime/this-firefox (Load Temporary Add-on…) while this keeps running, or run \`npm run build:firefox\` and load .output/firefox-mv2/manifest.json in any Firefox.`
      : `load it in Chrome or Chromium on this machine at chrome://extensions (Developer mode, then Load unpacked) while this keeps running, or run \`npm run build\` and load .output/chrome-mv3 in any Chrome.`;
  return `${reason}, so no browser was opened. Business Lens is built in ${devDir} and rebuilt as you save: ${load} Press Ctrl+C to stop.`;
}
