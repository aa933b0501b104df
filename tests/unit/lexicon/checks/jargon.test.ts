import { describe, expect, it } from 'vitest';
import { jargonCheck } from '../../../../lexicon/checks/jargon.ts';
import { findingsOf, runCheckTable } from './check-table.ts';

describe('jargon check', () => {
  runCheckTable(jargonCheck, [
    { text: 'We deployed two new servers behind the load balancer.', fires: ['deployed', 'servers', 'load balancer'] },
    {
      text: 'The load-balancers and the loadbalancer are fine.',
      fires: ['load-balancers', 'loadbalancer'],
      note: 'hyphen, space and closed compound',
    },
    { text: 'IT rolled back the change and patched the VPN.', fires: ['IT', 'rolled back', 'patched', 'VPN'] },
    { text: 'The vpn and the dns are slow.', fires: ['vpn', 'dns'], note: 'lower-case acronyms that cannot be words' },
    { text: 'Our Node.js app uses CI/CD.', fires: ['Node.js', 'CI/CD'] },
    {
      text: 'Exchange is down. Kubectl failed, kubectl works.',
      fires: ['Exchange', 'Kubectl', 'kubectl'],
      note: 'case-sensitive entry, capital allowed at sentence start',
    },
    {
      text: 'The ad ran on Tuesday and it was great.',
      fires: [],
      quiet: ['ad', 'it'],
      note: '"ad" and "it" are words, "AD" and "IT" acronyms',
    },
    { text: 'AD sync failed for IT.', fires: ['AD', 'IT'] },
    { text: 'We bought a patch of land near the river. The restaurant servers were kind.', fires: [], note: 'entry exceptions' },
    {
      text: 'Patches of grass need mowing, but we patched the servers.',
      fires: ['patched', 'servers'],
      note: 'exceptions cover inflected forms',
    },
    { text: 'The exchange rate and Exchange rates rose; exchange ideas freely.', fires: [] },
    {
      text: "I don't have the bandwidth this week, but network bandwidth is low.",
      fires: ['bandwidth'],
      quiet: ['have the bandwidth'],
      note: 'everyday idiom',
    },
    { text: 'The cloud cover was thick; we are on cloud nine.', fires: [] },
    {
      text: 'Single sign-on (SSO) and multi-factor authentication are on.',
      fires: ['Single sign-on', 'SSO', 'multi-factor authentication'],
    },
    { text: 'Our middleware is old.', fires: [], note: 'disabled entries never match' },
    { text: 'Tips were shared among the servers at lunch.', fires: [], note: 'an ordinary cue keeps an ambiguous term unmarked' },
    { text: 'The tennis club servers practised.', fires: [], quiet: ['servers'], note: 'ordinary cue before the term' },
    { text: 'The servers were busy all weekend.', fires: [], note: 'undecided, in a message not about IT' },
    {
      text: 'SERVERS from the club and the web servers met by email on a laptop.',
      fires: ['servers'],
      quiet: ['SERVERS'],
      note: 'an ambiguous word in capitals is a name or emphasis',
    },
    {
      text: 'The SERVER choir and the web servers met by email on a laptop.',
      fires: ['servers'],
      quiet: ['SERVER'],
      note: 'in capitals, the base form too is a name ("PATCH", the charity)',
    },

    { text: 'The web servers were busy all weekend.', fires: ['servers'], note: 'an IT cue near the term' },
    { text: 'The servers and the VPN were busy.', fires: ['servers', 'VPN'], note: 'other IT evidence in the sentence' },
    {
      text: 'The servers were busy all weekend. Please save your email and restart your laptop.',
      fires: ['servers'],
      note: 'undecided in its sentence, but the message is about IT',
    },
    {
      text: 'The servers were busy. Diners waited for their email on a laptop.',
      fires: ['servers'],
      note: 'cues only count in their own sentence',
    },
    {
      text: 'Your Office 365 mailbox moves over the VPN.',
      fires: ['VPN'],
      quiet: ['Office 365'],
      note: 'familiar entries are never marked',
    },
    { text: 'Clouded judgement and networking events.', fires: [], note: 'noun-only entries take no verb forms' },
  ]);

  it('offers the plain phrases, capitalised at the start of a sentence and in the form of the term', () => {
    const [first, second] = findingsOf(jargonCheck, 'Servers are up after the email outage. We restarted the server.');
    expect(first!.suggestions[0]).toEqual({ kind: 'plain', text: 'Computers that run a service' });
    expect(second!.suggestions[0]).toEqual({ kind: 'plain', text: 'computer that runs a service' });
    expect(second!.entryId).toBe('server');
    expect(second!.message).toContain('"server" is IT jargon');
    expect(second!.message).toContain('computer that runs a service');
  });
});
