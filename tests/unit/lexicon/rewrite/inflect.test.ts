import { describe, expect, it } from 'vitest';
import { detectForm, inflectPlain, phraseNumber, pluralizePhrase } from '../../../../lexicon/rewrite/inflect.ts';
import { fixtureEntries } from './fixture-lexicon.ts';

const entry = (id: string) => fixtureEntries.find((e) => e.id === id)!;

describe('detectForm', () => {
  it.each([
    ['deploy', 'deploy', '', undefined, 'base'],
    ['deployed', 'deploy', 'We ', true, 'past'],
    ['deployed', 'deploy', 'It has been ', true, 'participle'],
    ['deploying', 'deploy', 'We are ', true, 'gerund'],
    ['deploys', 'deploy', 'It ', true, 'third-person'],
    ['patches', 'patch', 'The ', false, 'plural'],
    ['servers', 'server', 'The ', false, 'plural'],
    ['firewalls', 'firewall', 'Both ', false, 'plural'],
    ['DNS servers', 'dns', 'The ', false, 'plural'], // the plural of the variant "DNS server"
    ['MFA', 'mfa', '', false, 'base'],
  ] as const)('%s (%s, after %j, verb %s) → %s', (written, id, before, verb, expected) => {
    expect(detectForm(written, entry(id), before, verb)).toBe(expected);
  });
});

describe('inflectPlain', () => {
  it.each([
    ['computer that runs a shared service', 'plural', 'computers that run a shared service'],
    ['a second sign-in check', 'plural', 'second sign-in checks'],
    ["the internet's address book", 'plural', "the internet's address book"],
    ['security update', 'plural', 'security updates'],
    ['release', 'past', 'released'],
    ['roll out', 'past', 'rolled out'],
    ['put live', 'participle', 'put live'],
    ['roll out', 'gerund', 'rolling out'],
    ['fix', 'third-person', 'fixes'],
    ['switch to the standby system', 'past', 'switched to the standby system'],
    ['email', 'plural', 'email'],
  ] as const)('%s as %s → %s', (phrase, form, expected) => {
    expect(inflectPlain(phrase, form)).toBe(expected);
  });

  it('leaves a phrase that is already plural as it is', () => {
    expect(pluralizePhrase('security updates')).toBe('security updates');
  });

  it('tells singular, plural and mass phrases apart', () => {
    expect(phraseNumber('security updates')).toBe('plural');
    expect(phraseNumber('computer that runs a service')).toBe('singular');
    expect(phraseNumber('email')).toBe('mass');
    expect(phraseNumber('access')).toBe('mass');
  });
});
