/** The plain substitution on its own: each grammar repair around a replaced term, one case per rule. */
import { describe, expect, it } from 'vitest';
import { parseLexiconFile, type LexiconEntry } from '../../../../lexicon/schema.ts';
import { parseSentence } from '../../../../lexicon/rewrite/parse.ts';
import { substitutePlain } from '../../../../lexicon/rewrite/plain.ts';
import { repairSentence } from '../../../../lexicon/rewrite/repair.ts';
import { fixtureEntries } from './fixture-lexicon.ts';
import { matchFixture } from './fixture-matcher.ts';

const extra = parseLexiconFile({
  schemaVersion: 1,
  entries: [
    {
      id: 'containerise',
      term: 'containerise',
      variants: ['containerised'],
      category: 'delivery',
      severity: 'high',
      plain: ['packaging software to run anywhere'],
      explanation: 'Packaging software with everything it needs.',
    },
    {
      id: 'on-premises',
      term: 'on-premises',
      category: 'infrastructure',
      severity: 'medium',
      plain: ['in our own building', 'run in-house'],
      explanation: 'Run on our own equipment.',
    },
    {
      id: 'encryption',
      term: 'encryption',
      category: 'security',
      severity: 'low',
      plain: ['scrambling so only the right people can read', 'protective scrambling'],
      explanation: 'Scrambling data.',
    },
    {
      id: 'managed-device',
      term: 'managed device',
      category: 'end-user',
      severity: 'low',
      plain: ['a device IT looks after'],
      explanation: 'A device IT manages.',
    },
    {
      id: 'digital-signage',
      term: 'digital signage',
      category: 'end-user',
      severity: 'low',
      plain: ['modern screens'],
      explanation: 'Screens that show notices.',
    },
    {
      id: 'scale-up',
      term: 'scale up',
      category: 'cloud',
      severity: 'medium',
      inflectAs: 'verb',
      plain: ['add capacity to', 'grow'],
      explanation: 'Give a system more capacity.',
    },
  ],
});
if (!extra.ok) throw new Error(JSON.stringify(extra.issues));
const entries: LexiconEntry[] = [...fixtureEntries, ...extra.value.entries];

function plain(text: string): string {
  const matches = matchFixture(entries, text);
  return repairSentence(substitutePlain(text, matches, parseSentence(text)).text, /\?$/.test(text) ? '?' : '.');
}

describe('substitutePlain', () => {
  it.each([
    // Articles and determiners
    // Before a noun only a one-word phrase stands ("second sign-in check prompt" is a noun pile): it follows the noun
    ['We enabled an MFA prompt for all staff.', 'We enabled a prompt for a second sign-in check for all staff.'],
    // ... except after a noun that names the term's kind, where "the system for the web address lookup" misreads
    ['The DNS system failed.', 'The DNS system failed.'],
    ['We moved the Exchange DAG last night.', 'We moved our email system last night.'],
    ['The VPN is back.', 'The secure remote connection is back.'],
    ['We retired our on-premises Active Directory.', 'We retired our staff sign-in directory in our own building.'],
    // Number and agreement
    ['The servers were patched overnight.', 'The computers that run a shared service were fixed overnight.'],
    ['The DNS servers are slow.', "The internet's address book is slow."],
    ['Kubernetes will host the portal.', 'The system that runs our apps will host the portal.'],
    ['We bought 40 managed devices.', 'We bought 40 devices IT looks after.'],
    // Verbs
    ['We deployed the app and are deploying the site.', 'We released the app and are releasing the site.'],
    // No object after the verb (a time follows): a phrase ending in a preposition would hang ("fixes to tonight")
    // A verb entry used as a noun keeps its word ("scale ups" is no noun); part of a hyphenated word stays too
    ['Alerts now fire during scale ups.', 'Alerts now fire during scale ups.'],
    ['Our non-VPN traffic is fine.', 'Our non-VPN traffic is fine.'],
    // The phrase would say the sentence's own word again ("computers … new computers"): the term stays
    ['The servers were swapped for new computers.', 'The servers were swapped for new computers.'],
    // A setting the reader types stays as written, its value after it
    ['Incoming server 993 (SSL).', 'Incoming server 993 (SSL).'],
    // A plural phrase after "a" has no singular: the term stays
    ['We installed a digital signage in the lobby.', 'We installed a digital signage in the lobby.'],
    // A fault takes no moved phrase ("an outage with the secure connection"): the compound stays
    ['The VPN outage lasted an hour.', 'The VPN outage lasted an hour.'],
    ['The shop will scale up every day.', 'The shop will grow every day.'],
    ['We scale up the shop in December.', 'We add capacity to the shop in December.'],
    ['IT will patch every laptop.', 'IT will fix every laptop.'],
    ['We containerised the billing service.', 'We containerised the billing service.'],
    // Terms before a noun, and side by side
    ['The SSO rollout finished early.', 'The rollout of one sign-in for every work tool finished early.'],
    // Two terms side by side with no join that reads ("scrambling for the work device"): the compound stays whole
    ['Endpoint encryption is now at 100%.', 'Endpoint encryption is now at 100%.'],
    ['We reduced VPN latency by 40%.', 'We reduced delay on the secure remote connection by 40%.'],
    ['Is the VPN working again?', 'Is the secure remote connection working again?'],
    // A term written as a title is the name of a setting or product on screen: it stays as written
    ['Turn on Two-Factor Authentication in your settings.', 'Turn on Two-Factor Authentication in your settings.'],
    ['Turn on two-factor authentication in your settings.', 'Turn on a second sign-in check in your settings.'],
    // Capitals and punctuation stay in place
    ['the VPN is down again?', 'The secure remote connection is down again?'],
    ['Please reboot, then check the firewall', 'Please restart, then check the network security filter.'],
  ])('%s', (input, expected) => {
    expect(plain(input)).toBe(expected);
  });
});
