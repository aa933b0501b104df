/**
 * The mail and chat apps Business Lens runs on from install, with the names the options page and popup show
 * for them: the one table of built-in sites (the manifest's host permissions and content-script matches, the
 * organisation policy's `disabledSites` and the options page's switches all come from it). Other sites are
 * turned on by the user, one at a time.
 *
 * Microsoft serves Outlook and Teams under several hosts at once and moves users between them: the Microsoft 365
 * domain (`*.cloud.microsoft`, where users are now redirected), the older work hosts, the personal ones, and the
 * US government clouds (GCC High and DoD), each listed in Microsoft's "Microsoft 365 endpoints" pages. Gmail has
 * one host.
 */
export const BUILT_IN_SITES = [
  'https://mail.google.com/*',
  'https://outlook.cloud.microsoft/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office365.us/*',
  'https://outlook-dod.office365.us/*',
  'https://webmail.apps.mil/*',
  'https://app.slack.com/*',
  'https://teams.cloud.microsoft/*',
  'https://teams.microsoft.com/*',
  'https://teams.live.com/*',
  'https://gov.teams.microsoft.us/*',
  'https://dod.teams.microsoft.us/*',
] as const;

export type BuiltInSite = (typeof BUILT_IN_SITES)[number];

/** Human names for the built-in sites, for the options page and popup. */
export const BUILT_IN_SITE_NAMES: Record<BuiltInSite, string> = {
  'https://mail.google.com/*': 'Gmail',
  'https://outlook.cloud.microsoft/*': 'Outlook (Microsoft 365)',
  'https://outlook.office.com/*': 'Outlook (work)',
  'https://outlook.office365.com/*': 'Outlook (Office 365)',
  'https://outlook.live.com/*': 'Outlook.com',
  'https://outlook.office365.us/*': 'Outlook (US Government, GCC High)',
  'https://outlook-dod.office365.us/*': 'Outlook (US Government, DoD)',
  'https://webmail.apps.mil/*': 'Outlook (US Government, DoD webmail)',
  'https://app.slack.com/*': 'Slack',
  'https://teams.cloud.microsoft/*': 'Teams (Microsoft 365)',
  'https://teams.microsoft.com/*': 'Teams (work)',
  'https://teams.live.com/*': 'Teams (personal)',
  'https://gov.teams.microsoft.us/*': 'Teams (US Government, GCC High)',
  'https://dod.teams.microsoft.us/*': 'Teams (US Government, DoD)',
};

/** The host a built-in site's pattern names, e.g. "teams.cloud.microsoft". */
export function builtInSiteHost(pattern: BuiltInSite): string {
  return pattern.slice('https://'.length, -'/*'.length);
}

/** The built-in site a page's host belongs to, if any. */
export function builtInSiteOf(host: string): BuiltInSite | undefined {
  const name = host.toLowerCase();
  return BUILT_IN_SITES.find((pattern) => builtInSiteHost(pattern) === name);
}

/** The name to show for a page's host: the built-in site's name, or the host itself. */
export function siteNameOf(host: string): string {
  const site = builtInSiteOf(host);
  return site ? BUILT_IN_SITE_NAMES[site] : host;
}
