/** Launches Debian's Firefox ESR through puppeteer-core (WebDriver BiDi) with the e2e Firefox build installed. */
import puppeteer, { type Browser } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness.ts';

export const FIREFOX_EXTENSION_PATH = join(ROOT, '.output/e2e/firefox-mv2');

/** The Firefox binary: $FIREFOX_PATH, else Debian's firefox-esr; undefined when neither exists. */
export function findFirefox(): string | undefined {
  return [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p): p is string => !!p && existsSync(p));
}

export interface FirefoxOptions {
  /** Extra preferences (a proxy, say). */
  prefs?: Record<string, string | number | boolean>;
  /** Accept the test certificate of the pages served under real host names. */
  acceptInsecureCerts?: boolean;
}

/** Starts headless Firefox and installs the add-on as a temporary add-on. */
export async function launchFirefox(options: FirefoxOptions = {}): Promise<{ browser: Browser; addonId: string }> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox found: install it with `sudo apt-get install -y firefox-esr` or set FIREFOX_PATH.');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    acceptInsecureCerts: options.acceptInsecureCerts,
    extraPrefsFirefox: {
      ...options.prefs,
      // Keep Firefox off the network: no updates, telemetry or remote settings in tests.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.update.enabled': false,
    },
  });
  const addonId = await browser.installExtension(FIREFOX_EXTENSION_PATH);
  return { browser, addonId };
}
