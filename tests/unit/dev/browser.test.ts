/** `npm run dev` decides whether a browser can open before starting one: a table of machines and what it says. */
import { describe, expect, it } from 'vitest';
import { browserBinary, noBrowserMessage, whyNoBrowser, type Machine } from '../../../dev/browser.ts';

function machine(env: Record<string, string>, files: string[] = [], platform: NodeJS.Platform = 'linux'): Machine {
  return { env, platform, exists: (path) => files.includes(path) };
}

const CHROMIUM = '/usr/bin/chromium';
const X0 = '/tmp/.X11-unix/X0';

describe('whyNoBrowser', () => {
  it.each<[string, Machine, 'chrome' | 'firefox', string | null]>([
    ['no DISPLAY and no WAYLAND_DISPLAY (SSH, a container, CI)', machine({}, [CHROMIUM]), 'chrome', 'There is no display here'],
    ['a local X display whose socket is there', machine({ DISPLAY: ':0' }, [CHROMIUM, X0]), 'chrome', null],
    ['a DISPLAY left over with no X server behind it', machine({ DISPLAY: ':0' }, [CHROMIUM]), 'chrome', 'There is no display here'],
    ['a forwarded X display (ssh -X)', machine({ DISPLAY: 'localhost:10.0' }, [CHROMIUM]), 'chrome', null],
    [
      'a Wayland session',
      machine({ WAYLAND_DISPLAY: 'wayland-0', XDG_RUNTIME_DIR: '/run/user/1000' }, [CHROMIUM, '/run/user/1000/wayland-0']),
      'chrome',
      null,
    ],
    [
      'a display but no Chromium or Chrome',
      machine({ DISPLAY: ':0' }, [X0]),
      'chrome',
      'No Chromium or Chrome was found (set CHROME_PATH)',
    ],
    [
      'CHROME_PATH pointing at nothing',
      machine({ DISPLAY: ':0', CHROME_PATH: '/opt/none/chrome' }, [X0]),
      'chrome',
      'No browser is at /opt/none/chrome',
    ],
    ['Firefox ESR where Debian installs it', machine({ DISPLAY: ':0' }, [X0, '/usr/bin/firefox-esr']), 'firefox', null],
    ['no Firefox', machine({ DISPLAY: ':0' }, [X0, CHROMIUM]), 'firefox', 'No Firefox was found (set FIREFOX_PATH)'],
    ['macOS, where web-ext finds the browser itself', machine({}, [], 'darwin'), 'chrome', null],
    ['Windows', machine({}, [], 'win32'), 'chrome', null],
  ])('%s', (_name, on, browser, expected) => {
    expect(whyNoBrowser(browser, on)).toBe(expected);
  });

  it('starts the browser named by CHROME_PATH, else the first one installed', () => {
    expect(browserBinary('chrome', machine({ CHROME_PATH: '/opt/chrome' }, [CHROMIUM]))).toBe('/opt/chrome');
    expect(browserBinary('chrome', machine({}, ['/usr/bin/google-chrome']))).toBe('/usr/bin/google-chrome');
    expect(browserBinary('firefox', machine({}, ['/usr/bin/firefox-esr']))).toBe('/usr/bin/firefox-esr');
  });
});

describe('noBrowserMessage', () => {
  it('is one paragraph: why, where the build is, how to load it, and how to stop', () => {
    const text = noBrowserMessage('There is no display here', 'chrome', '.output/chrome-mv3-dev');
    expect(text).not.toContain('\n');
    expect(text).toMatch(/^There is no display here, so no browser was opened\. /);
    expect(text).toContain('.output/chrome-mv3-dev');
    expect(text).toContain('chrome://extensions');
    expect(text).toContain('Load unpacked');
    expect(text).toMatch(/Ctrl\+C to stop\.$/);
  });

  it('tells a Firefox user about about:debugging and the manifest to pick', () => {
    const text = noBrowserMessage('There is no display here', 'firefox', '.output/firefox-mv2-dev');
    expect(text).toContain('.output/firefox-mv2-dev/manifest.json');
    expect(text).toContain('about:debugging#/runtime/this-firefox');
  });
});
