import { describe, expect, it } from 'vitest';
import { guessInflectAs, inflectRuleBased, looksInflected, lowerCaseAcronym } from '../../../../lexicon/inflect/rules.ts';

describe('rule-based inflector', () => {
  it.each([
    ['deploy', undefined, ['deploys', 'deployed', 'deploying']],
    ['patch', undefined, ['patches', 'patched', 'patching']],
    ['proxy', 'noun', ['proxies']],
    ['configure', undefined, ['configures', 'configured', 'configuring']],
    ['log', 'verb', ['logs', 'logged', 'logging']],
    ['server', undefined, ['servers']],
    ['load balancer', undefined, ['load balancers']],
    ['load-balancer', undefined, ['load-balancers']],
    ['roll back', undefined, ['rolls back', 'rolled back', 'rolling back']],
    ['cut-over', undefined, ['cut-overs', 'cuts-over', 'cutted-over', 'cutting-over']],
    ['API', undefined, ['APIs']],
    ['SharePoint', undefined, ['SharePoints']],
    ['DNS', undefined, []],
    ['servers', undefined, []],
    ['VMs', undefined, []],
    ['autoscaling', undefined, []],
  ] as const)('%s (%s)', (base, as, forms) => {
    expect(inflectRuleBased(base, as)).toEqual(forms);
  });

  it('knows inflected-looking words that are not', () => {
    expect(looksInflected('string')).toBe(false);
    expect(looksInflected('speed')).toBe(false);
    expect(looksInflected('status')).toBe(false);
    expect(looksInflected('deployed')).toBe(true);
    expect(guessInflectAs('network')).toBe('noun');
    expect(guessInflectAs('deploy')).toBe('both');
    expect(guessInflectAs('encryption')).toBe('noun');
  });

  it('gives lower-case spellings only for acronyms that cannot be words', () => {
    expect(lowerCaseAcronym('VPN')).toBe('vpn');
    expect(lowerCaseAcronym('DHCP')).toBe('dhcp');
    expect(lowerCaseAcronym('RAID')).toBeNull();
    expect(lowerCaseAcronym('IT')).toBeNull();
    expect(lowerCaseAcronym('AD')).toBeNull();
  });
});
