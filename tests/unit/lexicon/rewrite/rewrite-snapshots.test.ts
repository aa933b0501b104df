/**
 * What users see, for a reviewer to read: a dozen sentences with the plain rewrite, the outcome rewrite for each
 * audience and the analogy (for the executive), from the built-in lexicon. The snapshot file is
 * __snapshots__/rewrite-snapshots.test.ts.snap; after a deliberate lexicon edit, review the diff and refresh it
 * with `npx vitest run tests/unit/lexicon/rewrite/rewrite-snapshots.test.ts -u`.
 */
import { describe, expect, it } from 'vitest';
import { AUDIENCES } from '../../../../lexicon/schema.ts';
import { rewriteSentence } from '../../../../lexicon/rewrite/index.ts';
import { builtInLexicon, matchText } from '../../../../lexicon/index.ts';
import { builtInAnalogies } from '../../../../lexicon/data/index.ts';

const SENTENCES = [
  'We migrated the Exchange DAG to O365 last weekend.',
  'MFA will be enforced for all staff from Monday 3 June.',
  'We are upgrading the VPN on Saturday between 22:00 and 02:00.',
  'This week we patched 312 endpoints and 48 servers.',
  'IT will deploy the fix to every laptop by the end of the week.',
  'Conditional access blocked 1,240 risky sign-ins last month.',
  'Kubernetes cluster upgrades are complete on both sites.',
  'The DNS change for the new website is scheduled for 8pm tonight.',
  'The VPN is down for staff working from home.',
  'We tested failover for the finance system twice this month.',
  'The SSO rollout finished two weeks early.',
  'The hotfix was rolled back at 14:20 after errors on 12 laptops.',
];

/** One sentence's suggestions as a reader sees them. */
function show(text: string): string {
  const matches = matchText(builtInLexicon(), text);
  const lines = [`original:  ${text}`];
  for (const audience of AUDIENCES) {
    const r = rewriteSentence({ text, matches, analogies: builtInAnalogies, audience });
    if (audience === 'board') {
      lines.push(`role:      ${r.role}`, `plain:     ${r.plain}`);
      if (r.unsafe) lines.push(`no outcome: ${r.unsafe.reason} (${r.unsafe.message})`);
      if (r.nudge) lines.push(`nudge:     ${r.nudge.options.join(' | ')}`);
    }
    if (r.outcome) lines.push(`${audience.padEnd(10)} ${r.outcome}`);
    if (audience === 'executive' && r.analogy) lines.push(`analogy:   ${r.analogy}`);
  }
  return lines.join('\n');
}

describe('what users see', () => {
  it.each(SENTENCES)('%s', (text) => {
    expect(show(text)).toMatchSnapshot();
  });
});
