/**
 * Sentences from IT notices, incident updates and weekly reports, written for these tests, with what the rewrite
 * engine must make of each with the built-in lexicon: the sentence's role (roles.ts) and, for a change announced
 * or work completed, the term its outcome is built on (null: no term is what the change acts on, so a nudge asks
 * for the outcome instead). Sentences that cannot be parsed say why instead of a role.
 */
import type { SentenceRole, UnsafeReason } from '../../../../lexicon/rewrite/types.ts';

/** One row of the rewrite table. */
export interface RewriteCase {
  text: string;
  role: SentenceRole | null;
  /** For a change or completed work: the entry the outcome is about, or null when no term is central. */
  focus?: string | null;
  /** Why nothing but plain wording is offered, for a sentence with no role. */
  reason?: UnsafeReason;
  /** False when every term is a name or a familiar word that stays as written, so there is no plain wording. */
  plain?: false;
}

export const NOTICES: RewriteCase[] = [
  { text: 'We migrated the Exchange DAG to O365 last weekend.', role: 'completed', focus: 'o365' },
  { text: 'MFA will be enforced for all staff from Monday 3 June.', role: 'change', focus: 'mfa' },
  { text: 'From 1 July, conditional access will block sign-ins from unmanaged devices.', role: 'description' },
  { text: 'We are upgrading the VPN on Saturday between 22:00 and 02:00.', role: 'change', focus: 'vpn' },
  { text: 'The firewall will be replaced on the evening of 12 April.', role: 'change', focus: 'firewall' },
  { text: 'Please restart your laptop before 5pm so the hotfix can install.', role: 'instruction' },
  { text: 'We will deploy the new expenses app on Thursday at 7am.', role: 'change', focus: null },
  { text: 'All endpoints must be enrolled by Friday.', role: 'description' },
  { text: 'Entra ID will replace our on-premises Active Directory in March.', role: 'change', focus: 'active-directory' },
  { text: 'SSO is now live for Salesforce, Workday and Slack.', role: 'description' },
  { text: 'We are rolling out 2FA to the Finance team this week.', role: 'change', focus: 'mfa' },
  { text: 'The old file server will be switched off on 30 September.', role: 'change', focus: 'file-server' },
  { text: 'Kubernetes will host the customer portal from next month.', role: 'description' },
  { text: 'A second load balancer goes live tomorrow morning.', role: 'change', focus: 'load-balancer' },
  { text: 'Nightly database backups now run at 1am instead of 11pm.', role: 'description', plain: false },
  { text: 'The DNS change for the new website is scheduled for 8pm tonight.', role: 'description' },
  { text: 'Staff will need to re-enrol their phones for MFA after the upgrade.', role: 'instruction' },
  { text: 'The VPN client will update itself automatically on Monday.', role: 'change', focus: null },
  { text: 'IT will deploy the fix to every laptop by the end of the week.', role: 'fault' },
  { text: 'Guest Wi-Fi now sits behind its own firewall.', role: 'description' },
  { text: 'We configured conditional access to require MFA outside the office.', role: 'completed', focus: 'conditional-access' },
  { text: 'The Finance team moved to Office 365 on 4 March.', role: 'completed', focus: 'microsoft-365', plain: false },
  { text: 'We will reboot the firewall at 6am on Sunday, which takes about ten minutes.', role: 'change', focus: 'firewall' },
  { text: 'From next Monday, every new laptop will be shipped as a managed endpoint.', role: 'change', focus: 'endpoint' },
  { text: 'The hotfix for the Outlook crash will be deployed to 200 laptops tonight.', role: 'fault' },
];

export const INCIDENTS: RewriteCase[] = [
  { text: 'The VPN is down for staff working from home.', role: 'fault' },
  { text: 'DNS servers are not responding, so some websites will not load.', role: 'fault' },
  { text: 'Some users cannot connect to the VPN after this morning’s patch.', role: 'fault' },
  { text: 'MFA prompts are failing for iPhone users on iOS 17.', role: 'fault' },
  { text: 'Users are seeing slow responses because of high latency on the load balancer.', role: 'fault' },
  { text: 'We have restored the VPN and all staff can connect again.', role: 'fault' },
  { text: 'We rebooted the DNS servers at 02:10 and service was back by 02:25.', role: 'fault' },
  { text: 'The hotfix was rolled back at 14:20 after errors on 12 laptops.', role: 'fault' },
  // The plain phrase would say the sentence's own word again ("our email system" after "Email"): the term stays
  { text: 'Email was unavailable for 45 minutes because the Exchange DAG lost quorum.', role: 'fault', plain: false },
  { text: 'The database backup for the HR system did not run on Saturday night.', role: 'description', plain: false },
  { text: 'Please do not restart the file servers during the database backup.', role: 'instruction' },
  { text: 'We no longer support the old VPN on Windows 7 laptops.', role: 'description' },
  { text: 'Is the VPN working again?', role: 'question' },
  { text: 'Microsoft said "the O365 outage is resolved" at 11:05.', role: null, reason: 'no-term' },
  { text: 'VPN maintenance window: Saturday 22:00 to 02:00', role: 'heading' },
  {
    text: 'Following the change advisory board on Tuesday we agreed to move the remaining 14 file servers, the print server and the two ageing domain controllers in the Leeds office onto the new Kubernetes platform in three phases over the summer, with a rollback plan for each phase, a named owner, a freeze on other changes and a written sign-off from each department head before we begin.',
    role: null,
    reason: 'too-long',
  },
];

export const REPORTS: RewriteCase[] = [
  { text: 'This week we patched 312 endpoints and 48 servers.', role: 'completed', focus: 'patch' },
  { text: 'We deployed 14 changes to production with no failed releases.', role: 'completed', focus: null },
  { text: 'Database backups completed successfully on all 9 sites.', role: 'description', plain: false },
  { text: 'SLA compliance was 98.7% in May, up from 95.2% in April.', role: 'description', plain: false },
  { text: 'We reduced VPN latency by 40% by moving the gateway to a closer data centre.', role: 'change', focus: 'latency' },
  { text: 'Conditional access blocked 1,240 risky sign-ins last month.', role: 'description', plain: false },
  { text: 'The new firewall rules stopped 3 attempted break-ins on Tuesday.', role: 'fault' },
  { text: 'Active Directory clean-up removed 87 unused accounts.', role: 'change', focus: null, plain: false },
  { text: 'Kubernetes cluster upgrades are complete on both sites.', role: 'description' },
  { text: 'Latency on the customer portal fell from 900ms to 250ms.', role: 'description' },
  { text: 'We hit our SLA for 11 of 12 months.', role: 'description', plain: false },
  { text: 'We replaced 3 ageing servers with a single Kubernetes cluster.', role: 'completed', focus: null },
  { text: 'Patch compliance reached 97% across 1,100 endpoints.', role: 'description' },
  { text: 'The SSO rollout finished two weeks early.', role: 'description' },
  { text: 'Two servers in the Leeds office reached end of life and were retired.', role: 'completed', focus: 'end-of-support' },
  { text: 'Our VPN licence costs fell by £4,000 a year after the renegotiation.', role: 'description' },
  { text: 'DNS records for the marketing site were updated on 2 May.', role: 'completed', focus: 'dns-record' },
  { text: 'All 2,400 mailboxes are now on Microsoft 365.', role: 'description', plain: false },
  // A compound of two terms with no join that reads stays whole, and nothing else here is jargon: no plain wording
  { text: 'Endpoint encryption is now at 100% across the company.', role: 'description', plain: false },
  { text: "Priya's team deployed the new load balancer in under an hour.", role: 'completed', focus: 'load-balancer' },
  { text: 'We moved the payroll database behind a second firewall in June.', role: 'completed', focus: 'firewall' },
  { text: 'The service desk met its SLA on 94% of tickets this quarter.', role: 'description', plain: false },
  { text: 'MFA now covers every admin account, including the 6 shared ones.', role: 'description' },
  { text: 'We tested failover for the finance system twice this month.', role: 'description', plain: false },
  { text: 'Intune now manages 1,450 laptops across 6 countries.', role: 'description' },
  { text: 'Snapshots of the VMs are taken every hour.', role: 'description' },
  { text: 'We moved 40 on-premises servers to Azure in the first quarter.', role: 'completed', focus: 'azure' },
];

/** Every row. */
export const ALL_CASES: RewriteCase[] = [...NOTICES, ...INCIDENTS, ...REPORTS];
