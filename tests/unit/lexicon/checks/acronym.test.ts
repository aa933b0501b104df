import { describe, expect, it } from 'vitest';
import { acronymCheck, acronymOf } from '../../../../lexicon/checks/acronym.ts';
import { findingsOf, runCheckTable } from './check-table.ts';

describe('acronym check', () => {
  runCheckTable(acronymCheck, [
    { text: 'Log in to the ZTNA portal with your password on your laptop.', fires: ['ZTNA'], note: 'names a system, in an IT message' },
    {
      text: 'We moved the SIEM alerts and the SIEM console to new laptops; check your email.',
      fires: ['SIEM'],
      note: 'only the first use is marked',
    },
    { text: 'Your SIEMs dashboard shows every laptop and email.', fires: ['SIEMs'], note: 'plural' },
    { text: 'Install ZTNA on your laptop before you read email.', fires: ['ZTNA'], note: 'a system verb before it' },
    {
      text: 'Workstations across PHC, VCH and PHSA get new laptops and email.',
      fires: [],
      note: 'organisations and places are not IT jargon',
    },
    {
      text: 'The NEYDL fixtures are set and the RFU portal has the dates.',
      fires: [],
      note: "another field's shorthand, outside an IT message",
    },
    { text: 'Book PUMPKIN CANNON tickets on the app, by email, on a laptop.', fires: [], note: 'a run of capitals is emphasis' },
    { text: 'ACCESS\tlogin for email on every laptop is down', fires: [], quiet: ['ACCESS'], note: 'a label at the start of a line' },
    { text: 'You must be ONSITE to use the laptop and email.', fires: [], note: 'one word in capitals for emphasis' },
    { text: 'Security information and event management (SIEM) alerts go to the SIEM console.', fires: [], note: 'words (ACR) defines it' },
    { text: 'The SIEM (security information and event management) is live. Later: SIEM.', fires: [], note: 'ACR (words) defines it' },
    { text: 'We use SIEM. SIEM stands for security information and event management.', fires: [], note: 'defined later in the message' },
    { text: 'Our CEO and CFO agreed the KPI and ROI targets for Q3 with HR, ASAP, FYI.', fires: [], note: 'common business acronyms' },
    { text: 'The EU and the UK sent a PDF about the FAQ at 9 AM.', fires: [] },
    { text: 'URGENT: PLEASE READ THIS NOTICE TODAY.', fires: [], note: 'shouting is not acronyms' },
    { text: 'Check the VPN and DNS settings.', fires: [], note: "lexicon terms are the jargon check's" },
    { text: 'AT&T and R&D are fine.', fires: [] },
    { text: 'Chapter IV covers FY24 and Q1.', fires: [] },
    { text: 'The IDP system and the PAM vault hold every laptop password and email.', fires: ['IDP', 'PAM'] },
  ]);

  it('recognises acronym shapes', () => {
    expect(acronymOf('SIEM')).toBe('SIEM');
    expect(acronymOf('APIs')).toBe('API');
    expect(acronymOf('EC2')).toBe('EC2');
    expect(acronymOf('CEO')).toBeNull();
    expect(acronymOf('Server')).toBeNull();
    expect(acronymOf('A')).toBeNull();
    expect(acronymOf('TOOLONGACRONYM')).toBeNull();
  });

  it('says how to define the acronym', () => {
    const [finding] = findingsOf(acronymCheck, 'Log in to the ZTNA portal with your password on your laptop.');
    expect(finding!.message).toContain('"ZTNA"');
    expect(finding!.message).toMatch(/spell it out/i);
    expect(finding!.severity).toBe('medium');
  });
});
