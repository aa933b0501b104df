/**
 * The check catalog (lexicon/checks/catalog.ts) is the one place that says what each check is. These tests hold
 * it to what the checks do: the registry implements exactly its ids, in its order, and "can be allowed" is true
 * for exactly the checks whose findings go away when their words are on the allow list.
 */
import { describe, expect, it } from 'vitest';
import { analyze, CHECKS } from '../../../../lexicon/index.ts';
import { CHECK_CATALOG, CHECK_DESCRIPTIONS, CHECK_IDS, canAllowFinding, type CheckId } from '../../../../lexicon/checks/catalog.ts';

/** A sentence each check marks, with at least one finding on particular words. */
const MARKED_BY: Record<CheckId, string> = {
  jargon: 'We rolled out a new load balancer for the shop.',
  acronym: 'The QZX server was patched and rebooted overnight.',
  technical: 'The page returned HTTP 502 errors from HAProxy all morning.',
  'feature-talk': 'We upgraded the VPN.',
  'us-them': 'IT is here to support the business and its end users.',
  undermining: 'It was just a small fix, hopefully nobody noticed.',
  discouraging: "We're swamped, so raise a ticket and wait.",
};

const wordFindings = (text: string, check: CheckId, allow: string[] = []) =>
  analyze(text, { allow }).findings.filter((f) => f.check === check && !f.wholeMessage);

describe('the check catalog', () => {
  it('is implemented by the registry, check for check, in its order', () => {
    expect(CHECKS.map((c) => c.id)).toEqual(CHECK_IDS);
  });

  it('gives every check a title and a description, each said once', () => {
    const titles = CHECK_IDS.map((id) => CHECK_CATALOG[id].title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const id of CHECK_IDS) expect(CHECK_DESCRIPTIONS[id]).toMatch(/^Marks .{20,}\.$/);
  });

  it.each(CHECK_IDS)('says whether %s can be allowed as its findings behave', (check) => {
    const text = MARKED_BY[check];
    const before = wordFindings(text, check);
    expect(before.length).toBeGreaterThan(0);
    const after = wordFindings(
      text,
      check,
      before.map((f) => f.text),
    );
    // Offering "Always allow" is honest only if allowing the words stops the marks.
    expect(after.length === 0).toBe(CHECK_CATALOG[check].canAllow);
    expect(before.every((f) => canAllowFinding(f) === CHECK_CATALOG[check].canAllow)).toBe(true);
  });

  it('never offers to allow a finding about the whole message', () => {
    expect(canAllowFinding({ check: 'jargon', text: 'VPN' })).toBe(true);
    expect(canAllowFinding({ check: 'jargon', text: 'VPN', wholeMessage: true })).toBe(false);
  });
});
