/**
 * Words that tell a message is about IT without being jargon themselves: a reader knows them, so they are never
 * marked, but a "server" or a "patch" beside them is the IT kind. Only words that rarely mean anything else go
 * here ("outage", "system" and "network" do not: factories have outages, railways have networks; nor do "online",
 * "application" and "windows", which plain business text uses every day). Lower case; each word counts once per
 * message however often it appears.
 */
// prettier-ignore
export const IT_CONTEXT_WORDS: readonly string[] = [
  'computer', 'computers', 'laptop', 'laptops', 'desktop', 'desktops', 'pc', 'pcs', 'workstation', 'workstations', 'software',
  'hardware', 'email', 'emails', 'inbox', 'inboxes', 'mailbox', 'mailboxes', 'webmail', 'password', 'passwords', 'passphrase',
  'login', 'logins', 'logon', 'username', 'usernames', 'credentials', 'internet', 'wifi', 'wireless', 'website', 'websites',
  'browser', 'browsers', 'printer', 'printers', 'helpdesk', 'database', 'databases', 'cyber', 'cybersecurity', 'malware',
  'ransomware', 'phishing', 'antivirus', 'encryption', 'encrypted', 'microsoft', 'macos', 'linux', 'chromebook', 'chromebooks',
  'gmail', 'onedrive', 'sharepoint', 'smartphone', 'smartphones', 'app', 'apps', 'download', 'downloads', 'upload', 'uploads',
  'reboot', 'rebooted', 'configured', 'configuration',
];

/** Distinct pieces of IT evidence a message needs before terms that are also ordinary words are marked on its say-so. */
export const MIN_IT_EVIDENCE = 2;
