import { describe, expect, it } from 'vitest';
import { exportJson, planImport, readImportFile } from '../../../extension/lexicon-transfer.ts';
import { allow, entry } from '../components/options/fixtures.ts';

const file = (body: object) => JSON.stringify({ schemaVersion: 1, ...body });

describe('readImportFile: malformed files name the entry and field', () => {
  it('rejects text that is not JSON', () => {
    const result = readImportFile('{"schemaVersion": 1, "entries": [');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.message).toMatch(/not valid JSON/);
  });

  it('rejects a file of the wrong shape', () => {
    const result = readImportFile('[1, 2, 3]');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.message).toMatch(/JSON object/);
  });

  it('rejects a newer version', () => {
    const result = readImportFile(JSON.stringify({ schemaVersion: 99, entries: [] }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ field: 'schemaVersion', message: expect.stringMatching(/newer/) as unknown });
  });

  it('rejects a missing version', () => {
    const result = readImportFile(JSON.stringify({ entries: [] }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.field).toBe('schemaVersion');
  });

  it('names the entry and field of a schema error', () => {
    const bad = { ...entry('kubernetes'), severity: 'urgent' };
    const result = readImportFile(file({ entries: [entry('dns'), bad] }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ where: 'entries[1] "kubernetes"', field: 'severity' });
  });

  it('rejects duplicate ids and duplicate allowed terms', () => {
    const dupEntries = readImportFile(file({ entries: [entry('dns'), entry('dns', { term: 'Domain names' })] }));
    expect(dupEntries.ok).toBe(false);
    if (!dupEntries.ok) expect(dupEntries.issues[0]).toMatchObject({ where: 'entries[1] "dns"', field: 'id' });
    const dupAllow = readImportFile(file({ allow: [allow('Kanban'), allow('kanban')] }));
    expect(dupAllow.ok).toBe(false);
    if (!dupAllow.ok) expect(dupAllow.issues[0]).toMatchObject({ where: 'allow[1] "kanban"', field: 'term' });
  });

  it('rejects a file that is too large before parsing it', () => {
    const result = readImportFile(file({ entries: [] }) + ' '.repeat(2000), 1000);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.message).toMatch(/too large/);
  });

  it('reads back exactly what was exported', () => {
    const lexicon = { entries: [entry('dns', { term: 'DNS' }), entry('kiwi')], allow: [allow('Kanban', 'the team uses it')] };
    const result = readImportFile(exportJson(lexicon));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.file.entries).toEqual(lexicon.entries);
      expect(result.file.allow).toEqual(lexicon.allow);
    }
  });
});

describe('planImport: what an import would do', () => {
  const current = {
    entries: [entry('dns', { term: 'DNS' }), entry('vpn', { term: 'VPN' }), entry('sso', { term: 'SSO' })],
    allow: [allow('Kanban')],
  };
  const incoming = {
    schemaVersion: 2 as const,
    analogies: [],
    entries: [entry('dns', { term: 'DNS' }), entry('vpn', { term: 'VPN', severity: 'high' }), entry('mfa', { term: 'MFA' })],
    allow: [allow('Scrum')],
  };

  it('merge adds new entries, changes those with the same id and removes nothing', () => {
    const result = planImport(current, incoming, 'merge');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { plan } = result;
    expect(plan.added.map((e) => e.id)).toEqual(['mfa']);
    expect(plan.changed.map((c) => c.after.id)).toEqual(['vpn']);
    expect(plan.changed[0]!.before.severity).toBe('medium');
    expect(plan.removed).toEqual([]);
    expect(plan.unchanged).toBe(1);
    expect(plan.result.entries.map((e) => e.id).sort()).toEqual(['dns', 'mfa', 'sso', 'vpn']);
    expect(plan.result.allow.map((a) => a.term)).toEqual(['Kanban', 'Scrum']);
  });

  it('replace makes the file the whole lexicon and lists what goes', () => {
    const result = planImport(current, incoming, 'replace');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.removed.map((e) => e.id)).toEqual(['sso']);
    expect(result.plan.allowRemoved.map((a) => a.term)).toEqual(['Kanban']);
    expect(result.plan.result.entries.map((e) => e.id)).toEqual(['dns', 'vpn', 'mfa']);
  });

  it('refuses a merge that leaves two entries claiming one spelling', () => {
    const clash = { ...incoming, entries: [entry('single-sign-on', { term: 'Single sign-on', variants: ['sso'] })] };
    const result = planImport(current, clash, 'merge');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ where: 'entries[0] "single-sign-on"', field: 'variants' });
    expect(planImport(current, clash, 'replace').ok).toBe(true);
  });

  it('sees entries as unchanged whatever their key order', () => {
    const reordered = Object.fromEntries(Object.entries(entry('dns', { term: 'DNS' })).reverse()) as ReturnType<typeof entry>;
    const result = planImport(current, { ...incoming, entries: [reordered] }, 'merge');
    expect(result.ok && result.plan.unchanged).toBe(1);
  });
});
