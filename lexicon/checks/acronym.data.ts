/**
 * Data for the acronym check: capitals everybody at work reads without thinking, and capitalised words that
 * are emphasis, not acronyms. Add to these lists rather than to the check's code.
 */

/** Business acronyms readers outside IT already know; never flagged. */
// prettier-ignore
export const COMMON_ACRONYMS: readonly string[] = [
  // Roles and bodies
  'CEO', 'CFO', 'COO', 'CTO', 'CIO', 'CMO', 'CHRO', 'CRO', 'CPO', 'CISO', 'VP', 'SVP', 'EVP', 'MD', 'GM', 'PA', 'HR', 'PR', 'QA', 'HQ',
  'AGM', 'EGM', 'SME', 'SMB', 'NGO', 'UN', 'NHS', 'BBC', 'HMRC', 'IRS', 'SEC', 'FCA', 'FDA', 'EU', 'UK', 'US', 'USA', 'UAE', 'NYC', 'LA',
  'EMEA', 'APAC', 'LATAM', 'NA',
  // Money and measures
  'KB', 'MB', 'GB', 'TB', 'PB', 'KPI', 'OKR', 'ROI', 'P&L', 'YTD', 'QTD', 'MTD', 'YOY', 'YoY', 'MOM', 'FTE', 'PTO', 'VAT', 'GST', 'GDP', 'USD', 'GBP', 'EUR', 'AUD',
  'CAD', 'JPY', 'CHF', 'CNY', 'INR', 'SKU', 'RRP', 'MSRP', 'ARR', 'MRR', 'CAC', 'LTV', 'EBITDA', 'CAPEX', 'OPEX', 'TCO', 'NPS', 'CSAT',
  'B2B', 'B2C', 'LLC', 'LTD', 'PLC', 'INC', 'CSR', 'ESG', 'DEI', 'NDA', 'RFP', 'RFQ', 'RFI', 'SOW', 'PO', 'T&C', 'T&Cs', 'MBA', 'CPA',
  'ACCA', 'CV', 'CX', 'UX',
  // HR, payroll and facilities shorthand
  'DB', 'DC', 'PIR', 'HVAC', 'CCTV', 'FM', 'BMS', 'EPC', 'PAT', 'COSHH', 'RIDDOR', 'DSE', 'CPD', 'NI', 'PAYE', 'SSP', 'SMP', 'AVC', 'LTIP',
  'RSU', 'RSUs', 'ESPP', 'TOIL', 'KIT', 'EAP', 'OH', 'DBS', 'LED', 'LEDs', 'EV', 'EVs', 'AC', 'DC',
  // Everyday writing
  'ASAP', 'FYI', 'FAQ', 'PDF', 'OK', 'IT', 'ID', 'TV', 'PC', 'PCs', 'USB', 'SMS', 'PIN', 'ATM', 'GPS', 'DVD', 'CD', 'AI', 'AM', 'PM', 'EOD',
  'COB', 'EOW', 'OOO', 'WFH', 'TBD', 'TBC', 'TBA', 'AKA', 'RSVP', 'PS', 'NB', 'ETA', 'DIY', 'RE', 'FW', 'FWD', 'CC', 'BCC', 'DM', 'Q&A',
  'R&D', 'L&D', 'H&S', 'PPE', 'COVID', 'ISO', 'GMT', 'BST', 'UTC', 'CET', 'EST', 'PST', 'PT', 'ET', 'CT', 'MT', 'PDT', 'EDT', 'CDT', 'MDT', 'CST', 'MST', 'HST', 'AKST', 'AKDT', 'IST', 'CEST', 'EET', 'EEST', 'WET', 'WEST', 'AEST', 'AEDT', 'ACST', 'AWST', 'NZST', 'NZDT', 'SGT', 'HKT', 'JST', 'KST', 'MON', 'TUE', 'WED', 'THU',
  'FRI', 'SAT', 'SUN',
];

/** Organisations everybody knows by their capitals (airlines, banks, brands, public bodies); never flagged. */
// prettier-ignore
export const ORGANIZATIONS: readonly string[] = [
  'TAP', 'KLM', 'BA', 'IBM', 'BMW', 'IKEA', 'NASA', 'FIFA', 'UEFA', 'NATO', 'WHO', 'BP', 'HSBC', 'KPMG', 'EY', 'PWC', 'DHL', 'UPS', 'TNT',
  'DPD', 'ASDA', 'LEGO', 'BT', 'EE', 'RBS',
  'ING', 'BNP', 'UBS', 'AXA', 'AIG', 'LVMH', 'HP', 'AMD', 'ABB', 'GE', 'BBC', 'CNN', 'ITV', 'RAF', 'MOD', 'DWP', 'CBI', 'TUC', 'OECD',
  'IMF', 'WTO', 'UNICEF', 'UNESCO', 'NYSE',
  'FTSE', 'NASDAQ', 'ONS', 'ECB', 'BOE', 'EDF', 'BHP', 'SNCF', 'TGV', 'KFC', 'GDPR', 'HMRC', 'DVLA', 'TFL', 'RSPCA', 'RNLI', 'YMCA', 'AA',
  'RAC', 'MOT', 'BUPA', 'NSPCC', 'RIBA',
];

/** Capitalised words that are emphasis or headings, not acronyms ("URGENT: PLEASE READ"). */
// prettier-ignore
export const CAPITALIZED_WORDS: readonly string[] = [
  'URGENT', 'IMPORTANT', 'NOTE', 'NOTICE', 'PLEASE', 'READ', 'ACTION', 'REQUIRED', 'NOT', 'NO', 'YES', 'ALL', 'NOW', 'NEW', 'DO', 'DONT',
  'DON', 'NEVER', 'ALWAYS', 'ONLY', 'STOP', 'WARNING', 'ALERT', 'UPDATE', 'TODAY', 'TONIGHT', 'TOMORROW', 'DONE', 'FINAL', 'DRAFT', 'HELP',
  'THANKS', 'THANK', 'YOU', 'TEAM', 'AND', 'OR', 'THE', 'FOR', 'ARE', 'WILL', 'THIS', 'THAT', 'WITH', 'FROM', 'MUST', 'FREE', 'SALE', 'OFF',
  'OUT', 'RESOLVED', 'FIXED', 'CLOSED', 'OPEN', 'UPDATED', 'REMINDER', 'ATTENTION', 'CONFIDENTIAL', 'INTERNAL', 'PRIVATE', 'TODO', 'WIP',
  'FAO', 'ATTN', 'WOW', 'OMG', 'LOL', 'BTW', 'IMO', 'IMHO', 'TBH', 'THX', 'PLS', 'PLZ', 'AFAIK', 'IIRC', 'TLDR', 'TL', 'DR', 'HI', 'HEY',
  'DEAR', 'OH', 'UM', 'AH', 'GO', 'SO', 'IF', 'IS', 'IN', 'ON', 'AT', 'TO', 'OF', 'BY', 'AS', 'BE', 'WE', 'ME', 'MY', 'UP', 'AN', 'HE',
  'IT\'S',
];

/** Spellings with digits that are everyday business shorthand: quarters, halves, financial years. */
export const COMMON_PATTERNS: readonly RegExp[] = [/^Q[1-4]$/, /^H[12]$/, /^FY\d{2,4}$/, /^Q[1-4]FY\d{2,4}$/, /^[IVX]{2,5}$/];

/** Most characters an acronym can have; longer capitals are shouting or product names. */
export const MAX_ACRONYM_LENGTH = 7;

/**
 * Words after an acronym the lexicon does not know that show it names a system: "the CST system", "your ILS
 * account", "the PAM vault". Without one, a capitalised word is more often an organisation, a department, a
 * place or another field's shorthand (a hospital's, a council's), which is not IT jargon.
 */
// prettier-ignore
export const SYSTEM_NOUNS: readonly string[] = [
  'system', 'systems', 'server', 'servers', 'database', 'databases', 'app', 'apps', 'application', 'applications', 'platform',
  'portal', 'software', 'tool', 'tools', 'account', 'accounts', 'login', 'logins', 'password', 'passwords', 'client', 'clients',
  'module', 'instance', 'instances', 'interface', 'tenant', 'mailbox', 'dashboard', 'console', 'cluster', 'queue', 'vault',
  'pilot', 'rollout', 'agent', 'agents', 'integration', 'migration', 'upgrade', 'outage', 'licence', 'licences', 'license',
  'licenses', 'credentials', 'sign-in', 'settings', 'policy', 'policies', 'alerts', 'logs',
];

/** Words just before such an acronym that show it names a system: "log in to CST", "install ZTNA". */
// prettier-ignore
export const SYSTEM_VERBS: readonly string[] = [
  'install', 'installed', 'installing', 'reinstall', 'uninstall', 'upgrade', 'upgraded', 'upgrading', 'launch', 'open', 'reboot',
  'rebooted', 'restart', 'restarted', 'deploy', 'deployed', 'configure', 'configured', 'enable', 'enabled', 'disable', 'disabled',
];

/**
 * IT's own acronyms: marked when unexplained even without a system noun beside them, until the lexicon gives them
 * an entry with plain words (then the jargon check marks them instead). Only acronyms that mean little else.
 */
// prettier-ignore
export const IT_ACRONYMS: readonly string[] = [
  'AAD', 'ACL', 'ADFS', 'AES', 'AKS', 'AMI', 'APM', 'ARP', 'ASN', 'AWS', 'BGP', 'BYOD', 'CDN', 'CIDR', 'CLI', 'CMDB', 'CNAME',
  'CPU', 'CSRF', 'CVE', 'DBA', 'DDOS', 'DHCP', 'DKIM', 'DLP', 'DMARC', 'DMZ', 'DNS', 'EBS', 'EC2', 'ECS', 'EDR', 'EKS', 'ETL',
  'FQDN', 'FTP', 'GCP', 'GPO', 'GPU', 'GUI', 'HDD', 'HSM', 'HTTP', 'HTTPS', 'IAAS', 'IAM', 'ICMP', 'IDS', 'IIS', 'IMAP', 'IOC',
  'IOPS', 'IPS', 'IPSEC', 'ITSM', 'JSON', 'JWT', 'KMS', 'LAN', 'LDAP', 'LUN', 'MDM', 'MFA', 'MPLS', 'MSP', 'MTA', 'MTTR', 'MX',
  'NAS', 'NAT', 'NFS', 'NOC', 'NTP', 'PAAS', 'PKI', 'POE', 'POP3', 'PXE', 'QOS', 'RAID', 'RBAC', 'RDP', 'RDS', 'RPO', 'RTO',
  'S3', 'SAAS', 'SAN', 'SAML', 'SCCM', 'SDK', 'SFTP', 'SIEM', 'SMTP', 'SNMP', 'SPF', 'SQL', 'SSD', 'SSH', 'SSL', 'SSO', 'SSID',
  'TCP', 'TLS', 'TTL', 'UDP', 'UTM', 'VDI', 'VLAN', 'VM', 'VNET', 'VOIP', 'VPC', 'VPN', 'VPS', 'WAF', 'WAN', 'XDR', 'XML',
  'YAML', 'ZTNA', 'API', 'URI', 'CI', 'UAT', 'SLO', 'SRE', 'RCA', 'EOL', 'EOS', 'MTBF', 'DNSSEC', 'WSUS', 'SCIM', 'OIDC', 'TOTP', 'OTP',
];

/** IT acronyms that also mean something ordinary (IP: intellectual property; AV: audio-visual): marked only in an IT message. */
// prettier-ignore
export const IT_ACRONYMS_IN_CONTEXT: readonly string[] = ['IP', 'AV', 'CA', 'DR', 'HA', 'MAC', 'NIC', 'LB', 'OU', 'SOC', 'RAM', 'POP', 'ERP', 'CRM'];
