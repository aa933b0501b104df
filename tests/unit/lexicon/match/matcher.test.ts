import { describe, expect, it } from 'vitest';
import { compileLexicon, matchText, type EntryLike } from '../../../../lexicon/match/matcher.ts';
import { FIXTURE_ENTRIES, fixtureLexicon } from '../fixture-lexicon.ts';

const found = (text: string, lexicon = fixtureLexicon()) => matchText(lexicon, text).map((m) => `${m.text}=${m.entry.id}`);

describe('lexicon matcher', () => {
  it.each([
    [
      'plural and verb forms',
      'We deploy, deployed and are deploying to two servers.',
      ['deploy=deploy', 'deployed=deploy', 'deploying=deploy', 'servers=server'],
    ],
    [
      'multi-word terms with hyphen, space or none',
      'load balancer, load-balancer, Load Balancers, loadbalancer',
      ['load balancer=load-balancer', 'load-balancer=load-balancer', 'Load Balancers=load-balancer', 'loadbalancer=load-balancer'],
    ],
    ['phrasal verbs conjugate their verb', 'We rolled back and are rolling back.', ['rolled back=roll-back', 'rolling back=roll-back']],
    [
      'all-capital spellings match only in capitals',
      'IT and it; AD and ad; LB and lb',
      ['IT=it-department', 'AD=active-directory', 'LB=load-balancer'],
    ],
    ['possessives', "The server's disk and the VPN's key.", ['server=server', 'VPN=vpn']],
    ['longest match first', 'single sign-on and sign-on', ['single sign-on=sso']],
    ['inner joints must match', 'Node.js, Node js, CI/CD, CI / CD, CI CD', ['Node.js=node-js', 'CI/CD=ci-cd', 'CI / CD=ci-cd']],
    ['exceptions, also inflected and without their article', 'the server at the restaurant; patches of grass', []],
    ['a sentence break never joins a term', 'We need a load. Balancer arms are heavy.', []],
    ['curly apostrophes in idioms', 'I don’t have the bandwidth.', []],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('gives offsets that slice the searched text to the match', () => {
    const text = 'Über die server läuft DNS 🙂 and the VPN.';
    for (const m of matchText(fixtureLexicon(), text)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(found(text)).toEqual(['server=server', 'DNS=dns', 'VPN=vpn']);
  });

  it('leaves out allowed terms, with all their spellings', () => {
    const lexicon = fixtureLexicon({ allow: ['Server', { term: 'VPN', reason: 'everyone knows it', added: '2024-01-01T00:00:00Z' }] });
    expect(found('The servers and the VPN and the DNS.', lexicon)).toEqual(['DNS=dns']);
    expect(lexicon.entries.some((e) => e.id === 'server')).toBe(false);
  });

  it('lets earlier entries win a shared spelling and skips disabled ones', () => {
    const mine: EntryLike = {
      id: 'my-server',
      term: 'server',
      category: 'infrastructure',
      severity: 'low',
      plain: ['our computer'],
      explanation: 'x',
    };
    const lexicon = compileLexicon([mine, ...FIXTURE_ENTRIES]);
    expect(found('the server', lexicon)).toEqual(['server=my-server']);
    expect(found('middleware', lexicon)).toEqual([]);
  });

  it('uses precomputed forms when given', () => {
    const lexicon = fixtureLexicon({ forms: { deploy: ['deployifies'] } });
    expect(found('it deployifies; it deployed', lexicon)).toEqual(['deployifies=deploy']);
  });

  it('ignores entries without an id or term instead of throwing', () => {
    const lexicon = compileLexicon([{} as never, { id: 'x', term: '   ' } as never, ...FIXTURE_ENTRIES]);
    expect(found('DNS')).toEqual(found('DNS', lexicon));
  });
});
