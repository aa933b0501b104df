/**
 * Sentences from IT notices, incident updates and weekly reports, written for these tests, with what the rewrite
 * must do with each when run with the built-in lexicon: which entry it is about, or why it must offer the plain
 * wording alone.
 */
import type { UnsafeReason } from '../../../../lexicon/rewrite/types.ts';

/** One row of the rewrite table. */
export interface RewriteCase {
  text: string;
  /**
   * The entry the outcome must be built around (the term the sentence is about). A list where the sentence
   * names two fitting terms and the lexicon may not have both: the first that is matched must win.
   */
  focus?: string | string[];
  /** Set when only the plain wording may be offered. */
  unsafe?: UnsafeReason;
  /** The outcome is added after "Once this is fixed" (an ongoing fault). */
  fault?: boolean;
}

export const NOTICES: RewriteCase[] = [
  { text: 'We migrated the Exchange DAG to O365 last weekend.', focus: 'microsoft-365' },
  { text: 'MFA will be enforced for all staff from Monday 3 June.', focus: 'mfa' },
  { text: 'From 1 July, conditional access will block sign-ins from unmanaged devices.', focus: 'conditional-access' },
  { text: 'We are upgrading the VPN on Saturday between 22:00 and 02:00.', focus: 'vpn' },
  { text: 'The firewall will be replaced on the evening of 12 April.', focus: 'firewall' },
  { text: 'Please restart your laptop before 5pm so the hotfix can install.', focus: 'hotfix' },
  { text: 'We will deploy the new expenses app on Thursday at 7am.', focus: 'deploy' },
  { text: 'All endpoints must be enrolled by Friday.', focus: 'endpoint' },
  { text: 'Entra ID will replace our on-premises Active Directory in March.', focus: 'active-directory' },
  { text: 'SSO is now live for Salesforce, Workday and Slack.', focus: 'sso' },
  { text: 'We are rolling out 2FA to the Finance team this week.', focus: 'mfa' },
  { text: 'The old file server will be switched off on 30 September.', focus: 'file-server' },
  { text: 'Kubernetes will host the customer portal from next month.', focus: 'kubernetes' },
  { text: 'A second load balancer goes live tomorrow morning.', focus: 'load-balancer' },
  { text: 'Nightly database backups now run at 1am instead of 11pm.', focus: 'database' },
  { text: 'The DNS change for the new website is scheduled for 8pm tonight.', focus: 'dns' },
  { text: 'Staff will need to re-enrol their phones for MFA after the upgrade.', focus: 'mfa' },
  { text: 'The VPN client will update itself automatically on Monday.', focus: 'vpn-client' },
  { text: 'IT will deploy the fix to every laptop by the end of the week.', focus: 'deploy' },
  { text: 'Guest Wi-Fi now sits behind its own firewall.', focus: 'firewall' },
  { text: 'We configured conditional access to require MFA outside the office.', focus: 'conditional-access' },
  { text: 'The Finance team moved to Office 365 on 4 March.', focus: 'microsoft-365' },
  { text: 'We will reboot the firewall at 6am on Sunday, which takes about ten minutes.', focus: 'firewall' },
  { text: 'From next Monday, every new laptop will be shipped as a managed endpoint.', focus: 'endpoint' },
  { text: 'The hotfix for the Outlook crash will be deployed to 200 laptops tonight.', focus: 'hotfix' },
];

export const INCIDENTS: RewriteCase[] = [
  { text: 'The VPN is down for staff working from home.', focus: 'vpn', fault: true },
  { text: 'DNS servers are not responding, so some websites will not load.', focus: 'dns-server', fault: true },
  { text: 'Some users cannot connect to the VPN after this morning’s patch.', focus: 'vpn', fault: true },
  { text: 'MFA prompts are failing for iPhone users on iOS 17.', focus: 'mfa', fault: true },
  { text: 'Users are seeing slow responses because of high latency on the load balancer.', focus: 'latency', fault: true },
  { text: 'We have restored the VPN and all staff can connect again.', focus: 'vpn' },
  { text: 'We rebooted the DNS servers at 02:10 and service was back by 02:25.', focus: 'dns-server' },
  { text: 'The hotfix was rolled back at 14:20 after errors on 12 laptops.', unsafe: 'past-fault' },
  { text: 'Email was unavailable for 45 minutes because the Exchange DAG lost quorum.', unsafe: 'past-fault' },
  { text: 'The database backup for the HR system did not run on Saturday night.', unsafe: 'negated' },
  { text: 'Please do not restart the file servers during the database backup.', unsafe: 'negated' },
  { text: 'We no longer support the old VPN on Windows 7 laptops.', unsafe: 'negated' },
  { text: 'Is the VPN working again?', unsafe: 'question' },
  { text: 'Microsoft said "the O365 outage is resolved" at 11:05.', unsafe: 'quote' },
  { text: 'VPN maintenance window: Saturday 22:00 to 02:00', unsafe: 'no-verb' },
  {
    text: 'Following the change advisory board on Tuesday we agreed to move the remaining 14 file servers, the print server and the two ageing domain controllers in the Leeds office onto the new Kubernetes platform in three phases over the summer, with a rollback plan for each phase, a named owner, a freeze on other changes and a written sign-off from each department head before we begin.',
    unsafe: 'too-long',
  },
];

export const REPORTS: RewriteCase[] = [
  { text: 'This week we patched 312 endpoints and 48 servers.', focus: ['endpoint', 'patch'] },
  { text: 'We deployed 14 changes to production with no failed releases.', focus: 'deploy' },
  { text: 'Database backups completed successfully on all 9 sites.', focus: 'database' },
  { text: 'SLA compliance was 98.7% in May, up from 95.2% in April.', focus: 'sla' },
  { text: 'We reduced VPN latency by 40% by moving the gateway to a closer data centre.', focus: 'latency' },
  { text: 'Conditional access blocked 1,240 risky sign-ins last month.', focus: 'conditional-access' },
  { text: 'The new firewall rules stopped 3 attempted break-ins on Tuesday.', focus: 'firewall' },
  { text: 'Active Directory clean-up removed 87 unused accounts.', focus: 'active-directory' },
  { text: 'Kubernetes cluster upgrades are complete on both sites.', focus: 'kubernetes' },
  { text: 'Latency on the customer portal fell from 900ms to 250ms.', focus: 'latency' },
  { text: 'We hit our SLA for 11 of 12 months.', focus: 'sla' },
  { text: 'We replaced 3 ageing servers with a single Kubernetes cluster.', focus: 'kubernetes' },
  { text: 'Patch compliance reached 97% across 1,100 endpoints.', focus: ['patch', 'endpoint'] },
  { text: 'The SSO rollout finished two weeks early.', focus: 'sso' },
  { text: 'Two servers in the Leeds office reached end of life and were retired.', focus: 'end-of-support' },
  { text: 'Our VPN licence costs fell by £4,000 a year after the renegotiation.', focus: 'vpn' },
  { text: 'DNS records for the marketing site were updated on 2 May.', focus: 'dns-record' },
  { text: 'All 2,400 mailboxes are now on Microsoft 365.', focus: 'microsoft-365' },
  { text: 'Endpoint encryption is now at 100% across the company.', focus: 'endpoint' },
  { text: "Priya's team deployed the new load balancer in under an hour.", focus: 'load-balancer' },
  { text: 'We moved the payroll database behind a second firewall in June.', focus: 'database' },
  { text: 'The service desk met its SLA on 94% of tickets this quarter.', focus: 'sla' },
  { text: 'MFA now covers every admin account, including the 6 shared ones.', focus: 'mfa' },
  { text: 'We tested failover for the finance system twice this month.', focus: 'failover' },
  { text: 'Intune now manages 1,450 laptops across 6 countries.', focus: 'intune' },
  { text: 'Snapshots of the VMs are taken every hour.', focus: 'virtual-machine' },
  { text: 'We moved 40 on-premises servers to Azure in the first quarter.', focus: 'azure' },
];

/** Every row. */
export const ALL_CASES: RewriteCase[] = [...NOTICES, ...INCIDENTS, ...REPORTS];
