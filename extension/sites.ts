/** The mail and chat apps Business Lens runs on from install. Other sites are turned on by the user. */
export const BUILT_IN_SITES = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://app.slack.com/*',
  'https://teams.microsoft.com/*',
  'https://teams.live.com/*',
] as const;

/** Human names for the built-in sites, for the options page and popup. */
export const BUILT_IN_SITE_NAMES: Record<(typeof BUILT_IN_SITES)[number], string> = {
  'https://mail.google.com/*': 'Gmail',
  'https://outlook.office.com/*': 'Outlook (work)',
  'https://outlook.office365.com/*': 'Outlook (Office 365)',
  'https://outlook.live.com/*': 'Outlook.com',
  'https://app.slack.com/*': 'Slack',
  'https://teams.microsoft.com/*': 'Teams (work)',
  'https://teams.live.com/*': 'Teams (personal)',
};
