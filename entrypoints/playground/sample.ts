/**
 * The playground's sample message: a short IT update of the kind Business Lens is for, with jargon,
 * acronyms and feature-talk, and no word on what any of it does for the reader.
 */
export const SAMPLE_PARAGRAPHS = [
  'Hi all,',
  'This weekend we migrated the Exchange DAG to O365 and patched the VPN concentrators. We also moved the DNS records for the intranet and upgraded the middleware cluster to the latest version.',
  'From Monday, SSO is enforced for all SaaS apps via Entra ID. If you see any issues, just raise a ticket.',
  'Thanks,',
  'Sam, IT Operations',
];
