/**
 * Serving the test pages under the real host names of the built-in sites (https://teams.cloud.microsoft/…), so
 * the end-to-end tests exercise the production match patterns rather than the test build's extra 127.0.0.1
 * pattern. The pages come from a local HTTPS server with a throwaway certificate; the browser is told that
 * those names (and only those) live on 127.0.0.1. Nothing is resolved or fetched on the network.
 */
import { BUILT_IN_SITES, BUILT_IN_SITE_NAMES, builtInSiteHost, type BuiltInSite } from '../../extension/sites.ts';

/** Every built-in site's host. */
export const REAL_HOSTS: readonly string[] = BUILT_IN_SITES.map(builtInSiteHost);

/**
 * A host that is not a built-in site but looks like one, mapped to the same server: the control that shows the
 * extension runs on the listed hosts because they are listed, not because every mapped name gets it.
 */
export const LOOKALIKE_HOST = 'outlook.cloud.microsoft.example.com';

/** Every name the test server answers for. */
export const MAPPED_HOSTS: readonly string[] = [...REAL_HOSTS, LOOKALIKE_HOST];

/** The test page that stands for the app a built-in site serves: its compose box, as that app builds it. */
export function pageForSite(pattern: BuiltInSite): string {
  const name = BUILT_IN_SITE_NAMES[pattern];
  if (name.startsWith('Gmail')) return 'gmail.html';
  if (name.startsWith('Outlook')) return 'outlook.html';
  if (name.startsWith('Teams')) return 'teams.html';
  if (name.startsWith('Slack')) return 'quill.html';
  throw new Error(`No test page stands for ${name} (${pattern}): add one to tests/e2e/hosts.ts.`);
}

/**
 * Chromium flags that send the mapped names to the HTTPS server on 127.0.0.1:`port`, past the closed proxy the
 * harness routes all other traffic to, and accept the test certificate.
 */
export function chromiumHostArgs(port: number): string[] {
  return [
    `--host-resolver-rules=${MAPPED_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ')}`,
    `--proxy-bypass-list=${MAPPED_HOSTS.join(';')}`,
    '--ignore-certificate-errors',
  ];
}
