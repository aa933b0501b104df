import { describe, expect, it } from 'vitest';
import { classifyChunk, technicalCheck } from '../../../../lexicon/checks/technical.ts';
import { findingsOf, runCheckTable } from './check-table.ts';

describe('technical-token check', () => {
  runCheckTable(technicalCheck, [
    { text: 'HAProxy and PostgreSQL were upgraded.', fires: ['HAProxy', 'PostgreSQL'] },
    { text: 'We moved to ECDSA-256 from RSA-2048 and IPv6.', fires: ['ECDSA-256', 'RSA-2048', 'IPv6'] },
    { text: 'Users saw HTTP 502 and a 404 error, then error 0x80070005.', fires: ['HTTP 502', '404 error', '0x80070005'] },
    { text: 'The job exited with exit code 137 and ERR_CONNECTION_REFUSED.', fires: ['exit code 137', 'ERR_CONNECTION_REFUSED'] },
    {
      text: 'Edit /etc/nginx/nginx.conf and C:\\Windows\\System32 and app.config.',
      fires: ['/etc/nginx/nginx.conf', 'C:\\Windows\\System32', 'app.config'],
    },
    { text: 'Restart srv-sql-01 and db01.corp.local at 10.0.0.12.', fires: ['srv-sql-01', 'db01.corp.local', '10.0.0.12'] },
    { text: 'p95 latency fell to 40ms on the 10Gbps link, from 120 ms.', fires: ['p95', '40ms', '10Gbps', '120 ms'] },
    { text: 'We are on v2.3.1 now and KB5034441 is applied.', fires: ['v2.3.1', 'KB5034441'] },
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
    expect(classifyChunk('GitHub')).toBe('product');
    expect(classifyChunk('Win11')).toBe('product');
    expect(classifyChunk('192.168.1.20')).toBe('host');
    expect(classifyChunk('COVID-19')).toBeNull();
    expect(classifyChunk('1st')).toBeNull();
    expect(classifyChunk('12.03.2024')).toBeNull();
  });
});
