// @vitest-environment happy-dom
/**
 * The built-in sites: one table gives the manifest's hosts, the options page's and popup's names and what an
 * organisation may switch off, so each host Microsoft and Google serve Outlook, Teams and Gmail from must be in it,
 * be named, be recognised by its editor's adapter and be switchable off by policy.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_IN_SITES, BUILT_IN_SITE_NAMES, builtInSiteHost, builtInSiteOf, siteNameOf } from '../../../extension/sites.ts';
import { applyLockedSettings, parseOrgPolicy } from '../../../extension/org-policy.ts';
import { DEFAULT_SETTINGS } from '../../../extension/settings.ts';
import { urlMatchesPattern } from '../../../extension/site-match.ts';
import { adapterFor } from '../../../compose/adapters/registry.ts';

const hosts = BUILT_IN_SITES.map(builtInSiteHost);
/** Moves the test document to a URL (happy-dom's own API). */
const goTo = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

describe('the built-in sites', () => {
  it('run on Outlook and Teams under Microsoft 365’s own domain, and keep every older host', () => {
    expect(hosts).toEqual(
      expect.arrayContaining([
        'outlook.cloud.microsoft',
        'teams.cloud.microsoft',
        'outlook.office.com',
        'outlook.office365.com',
        'outlook.live.com',
        'teams.microsoft.com',
        'teams.live.com',
        'mail.google.com',
        'app.slack.com',
      ]),
    );
  });

  it('are https match patterns for one host each, every host once, each with its own name', () => {
    for (const pattern of BUILT_IN_SITES) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
    expect(new Set(hosts).size).toBe(hosts.length);
    const names = BUILT_IN_SITES.map((pattern) => BUILT_IN_SITE_NAMES[pattern]);
    for (const name of names) expect(name.trim().length).toBeGreaterThan(0);
    expect(new Set(names).size).toBe(names.length);
  });

  it('give the popup a name for a page’s host, and the host itself for any other site', () => {
    expect(siteNameOf('teams.cloud.microsoft')).toBe('Teams (Microsoft 365)');
    expect(siteNameOf('OUTLOOK.CLOUD.MICROSOFT')).toBe('Outlook (Microsoft 365)');
    expect(siteNameOf('intranet.example.com')).toBe('intranet.example.com');
    // A look-alike host is not a built-in site.
    expect(builtInSiteOf('teams.cloud.microsoft.example.com')).toBeUndefined();
    expect(builtInSiteOf('evil-teams.cloud.microsoft')).toBeUndefined();
  });
});

describe('an organisation switching built-in sites off by policy', () => {
  it.each(BUILT_IN_SITES.map((pattern) => [pattern]))('accepts %s and switches off that site, and only that one', (pattern) => {
    const policy = parseOrgPolicy({ lockedSettings: { disabledSites: [pattern] } });
    expect(policy.issues).toEqual([]);
    const settings = applyLockedSettings(DEFAULT_SETTINGS, policy.locked);
    expect(settings.disabledSites).toEqual([pattern]);
    const off = (host: string) =>
      settings.disabledSites.some((disabled) => urlMatchesPattern(`https://${host}/mail/0/?compose=new#inbox`, disabled));
    for (const host of hosts) expect(off(host), host).toBe(host === builtInSiteHost(pattern));
  });
});

describe('Outlook’s compose box on each Outlook host', () => {
  afterEach(() => goTo('about:blank'));

  const outlookHosts = BUILT_IN_SITES.filter((pattern) => BUILT_IN_SITE_NAMES[pattern].startsWith('Outlook')).map(builtInSiteHost);

  it('covers the Microsoft 365 host', () => expect(outlookHosts).toContain('outlook.cloud.microsoft'));

  it.each(outlookHosts.map((host) => [host]))('is read by the Outlook adapter on %s, even before a signature or quote is in it', (host) => {
    goTo(`https://${host}/mail/deeplink/compose`);
    document.body.innerHTML = '<div id="x" role="textbox" aria-label="Message body" contenteditable="true"><div>Hi</div></div>';
    expect(adapterFor(document.getElementById('x')!)?.name).toBe('outlook');
  });

  it('is a plain contenteditable elsewhere', () => {
    goTo('https://intranet.example.com/compose');
    document.body.innerHTML = '<div id="x" role="textbox" aria-label="Message body" contenteditable="true"><div>Hi</div></div>';
    expect(adapterFor(document.getElementById('x')!)?.name).toBe('contenteditable');
  });
});
