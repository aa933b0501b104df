import { describe, expect, it } from 'vitest';
import { layerLexicons } from '../../../extension/lexicon-layers.ts';
import { allow, entry } from '../components/options/fixtures.ts';

describe('layerLexicons: user > organisation > built-in', () => {
  const builtIn = [entry('dns', { term: 'DNS' }), entry('vpn', { term: 'VPN' }), entry('sso', { term: 'SSO' })];

  it('uses every built-in entry when nothing else is defined', () => {
    const result = layerLexicons({ builtIn, organisation: [], user: [], disabledIds: [] });
    expect(result.active.map((e) => e.id)).toEqual(['dns', 'vpn', 'sso']);
    expect(result.extraEntries).toEqual([]);
    expect(result.suppressedBuiltInIds).toEqual([]);
  });

  it('lets a user entry with the same id replace the built-in one', () => {
    const mine = entry('dns', { term: 'DNS', plain: ['the address book'] });
    const result = layerLexicons({ builtIn, organisation: [], user: [mine], disabledIds: [] });
    expect(result.active.filter((e) => e.id === 'dns')).toEqual([mine]);
    expect(result.suppressedBuiltInIds).toEqual(['dns']);
    expect(result.all.find((l) => l.source === 'built-in' && l.entry.id === 'dns')?.replacedBy).toEqual({ source: 'user', id: 'dns' });
  });

  it('lets an organisation entry that shares a spelling (any case) replace the built-in one', () => {
    const org = entry('our-vpn', { term: 'Remote Access', variants: ['vpn'] });
    const result = layerLexicons({ builtIn, organisation: [org], user: [], disabledIds: [] });
    expect(result.active.map((e) => e.id).sort()).toEqual(['dns', 'our-vpn', 'sso']);
    expect(result.suppressedBuiltInIds).toEqual(['vpn']);
  });

  it('puts the user above the organisation', () => {
    const org = entry('falcon', { term: 'Falcon', plain: ['the order system'] });
    const mine = entry('my-falcon', { term: 'falcon', plain: ['our order tool'] });
    const result = layerLexicons({ builtIn: [], organisation: [org], user: [mine], disabledIds: [] });
    expect(result.active).toEqual([mine]);
    expect(result.all.find((l) => l.entry.id === 'falcon')?.replacedBy).toEqual({ source: 'user', id: 'my-falcon' });
  });

  it('switches off built-in and organisation entries by id, and user entries by their field', () => {
    const org = entry('falcon', { term: 'Falcon' });
    const mine = entry('kiwi', { term: 'Kiwi', disabled: true });
    const result = layerLexicons({ builtIn, organisation: [org], user: [mine], disabledIds: ['vpn', 'falcon'] });
    expect(result.active.map((e) => e.id).sort()).toEqual(['dns', 'sso']);
    expect(result.suppressedBuiltInIds).toEqual(['vpn']);
    expect(
      result.all
        .filter((l) => l.disabled)
        .map((l) => l.entry.id)
        .sort(),
    ).toEqual(['falcon', 'kiwi', 'vpn']);
  });

  it('does not let a switched-off entry hide anything', () => {
    const mine = entry('dns', { term: 'DNS', disabled: true });
    const result = layerLexicons({ builtIn, organisation: [], user: [mine], disabledIds: [] });
    expect(result.active.map((e) => e.id)).toContain('dns');
    expect(result.active.find((e) => e.id === 'dns')).toBe(builtIn[0]);
  });

  it('adds the allow lists together, one per term', () => {
    const result = layerLexicons({
      builtIn: [],
      organisation: [],
      user: [],
      disabledIds: [],
      userAllow: [allow('Kanban')],
      organizationAllow: [allow('kanban'), allow('Falcon')],
    });
    expect(result.allow.map((a) => a.term)).toEqual(['Kanban', 'Falcon']);
  });
});
