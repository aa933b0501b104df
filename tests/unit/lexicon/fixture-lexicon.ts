/**
 * A small lexicon for unit tests, so the matcher and checks are tested against entries whose spellings,
 * exceptions and flags the test can see (the built-in lexicon changes as its authors work).
 */
import { enabledChecks, type AnalysisConfig } from '../../../lexicon/analyze/analyzer.ts';
import type { Check } from '../../../lexicon/checks/types.ts';
import { compileLexicon, type CompileOptions, type EntryLike } from '../../../lexicon/match/matcher.ts';

const base = { category: 'infrastructure', severity: 'medium', explanation: 'An explanation.' } as const;

export const FIXTURE_ENTRIES: EntryLike[] = [
  {
    ...base,
    id: 'server',
    term: 'server',
    plain: ['computer that runs a service'],
    exceptions: ['a server at the restaurant', 'restaurant server', 'server at the restaurant'],
    sense: { it: ['web', 'mail', 'restarted', 'down'], ordinary: ['restaurant', 'tips', 'diners', 'tennis'] },
  },
  { ...base, id: 'load-balancer', term: 'load balancer', variants: ['LB'], plain: ['traffic spreader'] },
  { ...base, id: 'deploy', term: 'deploy', plain: ['release'], category: 'delivery' },
  { ...base, id: 'it-department', term: 'IT', noInflect: true, plain: ['the technology team'], severity: 'low' },
  { ...base, id: 'active-directory', term: 'Active Directory', variants: ['AD'], noInflect: true, plain: ['the staff directory'] },
  { ...base, id: 'patch', term: 'patch', plain: ['security fix'], exceptions: ['patch of land', 'patch of grass', 'patch things up'] },
  { ...base, id: 'vpn', term: 'VPN', plain: ['secure connection to the office'], category: 'networking' },
  {
    ...base,
    id: 'office-365',
    term: 'Office 365',
    variants: ['O365'],
    noInflect: true,
    plain: ["Microsoft's office apps"],
    familiar: true,
    name: true,
  },
  { ...base, id: 'dns', term: 'DNS', noInflect: true, plain: ["the internet's address book"], category: 'networking', severity: 'high' },
  {
    ...base,
    id: 'exchange',
    term: 'Exchange',
    caseSensitive: true,
    noInflect: true,
    plain: ['the email system'],
    category: 'products',
    exceptions: ['Exchange rate', 'Exchange rates'],
  },
  {
    ...base,
    id: 'kubectl',
    term: 'kubectl',
    caseSensitive: true,
    noInflect: true,
    plain: ['the cluster command tool'],
    category: 'delivery',
  },
  { ...base, id: 'bandwidth', term: 'bandwidth', plain: ['network capacity'], category: 'networking', inflectAs: 'noun' },
  {
    ...base,
    id: 'cloud',
    term: 'cloud',
    plain: ['online service'],
    category: 'cloud',
    inflectAs: 'noun',
    exceptions: ['cloud cover', 'cloud nine', 'clouds of'],
  },
  { ...base, id: 'roll-back', term: 'roll back', plain: ['undo the change'], category: 'delivery' },
  { ...base, id: 'node-js', term: 'Node.js', noInflect: true, plain: ['the web programming tool'], category: 'products' },
  { ...base, id: 'ci-cd', term: 'CI/CD', noInflect: true, plain: ['automatic build and release'], category: 'delivery' },
  { ...base, id: 'mfa', term: 'MFA', variants: ['multi-factor authentication'], plain: ['a second sign-in check'], category: 'security' },
  { ...base, id: 'sso', term: 'single sign-on', variants: ['SSO'], plain: ['one sign-in for every tool'], category: 'security' },
  { ...base, id: 'switched-off', term: 'middleware', plain: ['connecting software'], disabled: true },
];

/** The fixture lexicon compiled. */
export function fixtureLexicon(options: CompileOptions = {}) {
  return compileLexicon(FIXTURE_ENTRIES, options);
}

/** A config over the fixture lexicon, with all checks or the given ones. */
export function fixtureConfig(
  checks: readonly Check<unknown>[] = enabledChecks(),
  overrides: Partial<AnalysisConfig> = {},
): AnalysisConfig {
  return { lexicon: fixtureLexicon(), audience: 'executive', checks, minSeverity: 'low', ...overrides };
}
