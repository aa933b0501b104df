/**
 * Allowing means silence: an allowed term is never marked, by any check that marks words, in any case, in any of its
 * forms, or in any part of it ("SharePoint Online" allows "SharePoint"); and "Always allow" is offered only where
 * that promise holds.
 */
import { describe, expect, it } from 'vitest';
import { allowTermProblem, analyze, canAllowFinding, compileAllow, isAllowedText, type Finding } from '../../../../lexicon/index.ts';

/** The word-level marks (`check:text`) of a text with an allow list. */
const marks = (text: string, allow: string[]) =>
  analyze(text, { allow })
    .findings.filter((f) => !f.wholeMessage && f.check !== 'feature-talk')
    .map((f) => `${f.check}:${f.text}`);

describe('an allowed term', () => {
  it.each([
    // The tester's case, allowing "SharePoint Online" left "SharePoint" marked; SharePoint is now a familiar name,
    // so the same shape with a product name that is still marked: a part of an allowed name is silent on its own.
    [
      'We moved the builds to Azure DevOps Server. Azure DevOps pipelines run nightly after the deploy.',
      ['Azure DevOps Server'],
      'Azure DevOps',
    ],
    ['We rolled out Intune MDM to every laptop. MDM enrolment is done.', ['Intune MDM'], 'MDM'],
    // Any case, either way round.
    [
      'We moved the builds to Azure DevOps Server. Azure DevOps pipelines run nightly after the deploy.',
      ['azure devops server'],
      'Azure DevOps',
    ],
    ['We restarted the VPN.', ['vpn'], 'VPN'],
    // Any form: allowing the plural allows the singular, and the other way round.
    ['We patched the firewall and two more firewalls on the office network.', ['firewalls'], 'firewall'],
    ['We restarted the load balancer and both load balancers.', ['load balancer'], 'load balancer'],
    ['The API and the other APIs are fine.', ['APIs'], 'API'],
    ['The API and the other APIs are fine.', ['API'], 'API'],
    // A name inside an allowed term, written as a name, is silent on its own too.
    ['Azure AD Connect syncs to AD nightly.', ['Azure AD Connect'], 'AD'],
    // Every check that marks words reads the allow list: acronyms, technical tokens, wording.
    ['The ZTNA pilot starts Monday.', ['ZTNA'], 'ZTNA'],
    ['We edited nginx.conf and pages answer in 40ms now.', ['nginx.conf', '40ms'], 'nginx.conf'],
    ['We edited nginx.conf and pages answer in 40ms now.', ['NGINX.CONF', '40ms'], '40ms'],
    ['Our end users will see a new sign-in page.', ['end users'], 'end users'],
    ['It was just a small fix over the weekend.', ['just a small fix'], 'just a small fix'],
    ['Please raise a ticket and wait for the team.', ['raise a ticket and wait'], 'raise a ticket and wait'],
  ])('%j with %j allowed: nothing marks %j', (text, allow, word) => {
    expect(marks(text, []).some((m) => m.includes(word))).toBe(true);
    expect(marks(text, allow).filter((m) => m.includes(word))).toEqual([]);
  });

  it('silences only itself: a word it shares with other wording is still marked there', () => {
    const text = 'Our just in time builds are done. It was just a small fix.';
    expect(marks(text, ['just in time'])).toContain('undermining:just a small fix');
    // "Online" is no name: allowing "SharePoint Online" leaves an ordinary word alone elsewhere, marked or not.
    expect(marks('Our end users can now sign in online.', ['SharePoint Online'])).toContain('us-them:end users');
  });

  it('is matched by isAllowedText as the card and the popup hide it at once', () => {
    const allow = compileAllow(['SharePoint Online', 'APIs']);
    expect(isAllowedText(allow, 'SharePoint Online')).toBe(true);
    expect(isAllowedText(allow, 'sharepoint online')).toBe(true);
    expect(isAllowedText(allow, 'SharePoint')).toBe(true);
    expect(isAllowedText(allow, 'API')).toBe(true);
    expect(isAllowedText(allow, 'Online')).toBe(false);
    expect(isAllowedText(allow, 'SharePoint Server')).toBe(false);
  });
});

describe('"Always allow" is offered where it holds', () => {
  const finding = (check: Finding['check'], text: string, wholeMessage = false) => ({ check, text, wholeMessage });
  it.each([
    [finding('jargon', 'SharePoint Online'), true],
    [finding('acronym', 'ZTNA'), true],
    [finding('technical', 'HAProxy'), true],
    [finding('us-them', 'end users'), true],
    [finding('undermining', 'just a small fix'), true],
    [finding('discouraging', 'raise a ticket and wait'), true],
    // A sentence is not a term: allowing its words would not silence it.
    [finding('feature-talk', 'We patched the VPN.'), false],
    [finding('feature-talk', 'We patched the VPN. We rebooted the NAS.', true), false],
    // Longer than an allowed term may be: it could not be stored, or exported and imported again.
    [finding('technical', `srv-${'x'.repeat(90)}`), false],
  ])('%j: %s', (f, expected) => {
    expect(canAllowFinding(f)).toBe(expected);
  });

  it('says why a term cannot be allowed, with the same rules everywhere', () => {
    expect(allowTermProblem('  ')).toMatch(/Type the term/);
    expect(allowTermProblem('x'.repeat(81))).toMatch(/at most 80 characters; this one has 81/);
    expect(allowTermProblem(`  ${'x'.repeat(80)}  `)).toBeNull();
  });
});
