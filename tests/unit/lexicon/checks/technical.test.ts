import { describe, expect, it } from 'vitest';
import { classifyChunk, technicalCheck } from '../../../../lexicon/checks/technical.ts';
import { findingsOf, runCheckTable } from './check-table.ts';

describe('technical-token check', () => {
  runCheckTable(technicalCheck, [
    {
      text: 'Log in to GoAssemble or PayTrace from the InfoCentre.',
      fires: [],
      note: 'names with inner capitals are left to the lexicon: most are tools the reader uses',
    },
    { text: 'We moved the VPN to ECDSA-256 from RSA-2048 and IPv6 on every laptop.', fires: ['ECDSA-256', 'RSA-2048', 'IPv6'] },
    { text: 'Ask the pharmacy for form FP10 before the U11 match.', fires: [], note: 'letters and digits outside an IT message' },
    {
      text: 'Adjusted EBITDA3 rose and net cash flows4 improved.',
      fires: [],
      note: 'footnote numbers a page glued to a word',
    },
    {
      text: 'Staff saw errors16:56 on the laptop, then a 5-to-10 minute break from 4am-7am in FY2016/17.',
      fires: [],
      note: 'times, ranges and years, and a time glued to a word',
    },
    { text: 'Users saw HTTP 502 and a 404 error, then error 0x80070005.', fires: ['HTTP 502', '404 error', '0x80070005'] },
    { text: 'The job exited with exit code 137 and ERR_CONNECTION_REFUSED.', fires: ['exit code 137', 'ERR_CONNECTION_REFUSED'] },
    {
      text: 'Edit /etc/nginx/nginx.conf and C:\\Windows\\System32 and app.config.',
      fires: ['/etc/nginx/nginx.conf', 'C:\\Windows\\System32', 'app.config'],
    },
    { text: 'Restart srv-sql-01 and db01.corp.local at 10.0.0.12.', fires: ['srv-sql-01', 'db01.corp.local', '10.0.0.12'] },
    { text: 'p95 latency fell to 40ms on the 10Gbps link, from 120 ms.', fires: ['p95', '40ms', '10Gbps', '120 ms'] },
    {
      text: 'We are on v2.3.1 now and KB5034441 is applied.',
      fires: ['KB5034441'],
      quiet: ['v2.3.1'],
      note: 'a version number is not jargon',
    },
    { text: 'Q3 revenue rose 5% in FY24 across B2B and B2C, with 10k orders by 3pm on the 2nd.', fires: [], note: 'business shorthand' },
    {
      text: 'Our iPhone, YouTube and LinkedIn budgets; McDonald and PhD staff; PDFs and KPIs.',
      fires: [],
      note: 'everyday brands and names',
    },
    { text: 'Post it to SW1A 1AA or meet at gate B12 at 10:30am; the A4 paper costs £5.', fires: [] },
    {
      text: 'Sales/Marketing/Finance and HR/IT meet on 12/03/2024; see budget.xlsx and notes.pdf.',
      fires: [],
      note: 'slashes and office files',
    },
    { text: 'Visit https://status.example.com/incidents/502 or mail it@example.com.', fires: [], note: 'URLs and addresses are skipped' },
    { text: 'Run `kubectl get pods -n prod01` now.', fires: [], note: 'code is skipped' },
  ]);

  it('says what kind of token it is and offers words for metric units', () => {
    const [ms] = findingsOf(technicalCheck, 'It takes 40ms.');
    expect(ms!.message).toContain('monitoring shorthand');
    expect(ms!.suggestions).toEqual([{ kind: 'plain', text: '40 milliseconds' }]);
    const [path] = findingsOf(technicalCheck, 'See /var/log/syslog today.');
    expect(path!.message).toContain('file path');
  });

  it('classifies chunks', () => {
    expect(classifyChunk('GitHub')).toBeNull();
    expect(classifyChunk('Win11')).toBe('product');
    expect(classifyChunk('192.168.1.20')).toBe('host');
    expect(classifyChunk('COVID-19')).toBeNull();
    expect(classifyChunk('1st')).toBeNull();
    expect(classifyChunk('12.03.2024')).toBeNull();
  });
});
