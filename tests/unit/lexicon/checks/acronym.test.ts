import { describe, expect, it } from 'vitest';
import { acronymCheck, acronymOf } from '../../../../lexicon/checks/acronym.ts';
import { findingsOf, runCheckTable } from './check-table.ts';

describe('acronym check', () => {
  runCheckTable(acronymCheck, [
    { text: 'The ZTNA pilot starts Monday.', fires: ['ZTNA'] },
    { text: 'We moved the SIEM and the SIEM alerts.', fires: ['SIEM'], note: 'only the first use is marked' },
    { text: 'The SIEMs are noisy.', fires: ['SIEMs'], note: 'plural' },
    { text: 'Security information and event management (SIEM) alerts go to the SIEM console.', fires: [], note: 'words (ACR) defines it' },
    { text: 'The SIEM (security information and event management) is live. Later: SIEM.', fires: [], note: 'ACR (words) defines it' },
    { text: 'We use SIEM. SIEM stands for security information and event management.', fires: [], note: 'defined later in the message' },
    { text: 'Our CEO and CFO agreed the KPI and ROI targets for Q3 with HR, ASAP, FYI.', fires: [], note: 'common business acronyms' },
    { text: 'The EU and the UK sent a PDF about the FAQ at 9 AM.', fires: [] },
    { text: 'URGENT: PLEASE READ THIS NOTICE TODAY.', fires: [], note: 'shouting is not acronyms' },
    { text: 'Check the VPN and DNS settings.', fires: [], note: "lexicon terms are the jargon check's" },
    { text: 'AT&T and R&D are fine.', fires: [] },
    { text: 'Chapter IV covers FY24 and Q1.', fires: [] },
    { text: 'The IDP and the PAM vault.', fires: ['IDP', 'PAM'] },
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
    const [finding] = findingsOf(acronymCheck, 'The ZTNA pilot starts Monday.');
    expect(finding!.message).toContain('"ZTNA"');
    expect(finding!.message).toMatch(/spell it out/i);
    expect(finding!.severity).toBe('medium');
  });
});
