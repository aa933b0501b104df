import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  applyLockedSettings,
  forgetOrgPolicy,
  isLocked,
  parseOrgPolicy,
  readOrgPolicy,
  watchOrgPolicy,
} from '../../../extension/org-policy.ts';
import { DEFAULT_SETTINGS, getSettings, updateSettings, watchSettings } from '../../../extension/settings.ts';
import { entry } from '../components/options/fixtures.ts';

beforeEach(() => {
  fakeBrowser.reset();
  forgetOrgPolicy();
});

describe('parseOrgPolicy', () => {
  it('is empty without a policy', () => {
    expect(parseOrgPolicy({}).present).toBe(false);
    expect(parseOrgPolicy(undefined).present).toBe(false);
  });

  it('reads the lexicon, the name and the locked settings', () => {
    const policy = parseOrgPolicy({
      organisationName: ' Example Ltd ',
      lexicon: { schemaVersion: 1, entries: [entry('falcon')], allow: [{ term: 'Kanban', added: '2026-01-01T00:00:00.000Z' }] },
      lockedSettings: { audience: 'board', checks: { 'us-them': false }, minSeverity: 'high' },
    });
    expect(policy).toMatchObject({ present: true, name: 'Example Ltd', issues: [] });
    expect(policy.entries.map((e) => e.id)).toEqual(['falcon']);
    expect(policy.allow.map((a) => a.term)).toEqual(['Kanban']);
    expect(policy.locked).toEqual({ audience: 'board', checks: { 'us-them': false }, minSeverity: 'high' });
  });

  it('drops only the broken parts and says why', () => {
    const policy = parseOrgPolicy({
      lexicon: { schemaVersion: 1, entries: [{ ...entry('falcon'), severity: 'extreme' }] },
      lockedSettings: { audience: 'everyone', minSeverity: 'high', colour: 'blue' },
    });
    expect(policy.entries).toEqual([]);
    expect(policy.locked).toEqual({ minSeverity: 'high' });
    expect(policy.issues).toEqual([
      { where: 'lexicon entries[0] "falcon"', field: 'severity', message: 'must be low, medium or high' },
      { where: 'lockedSettings', field: 'audience', message: expect.stringMatching(/must be one of/) as unknown },
      { where: 'lockedSettings', field: 'colour', message: 'is not a setting that can be locked' },
    ]);
  });

  it('locks only sites named by a match pattern, and says which entry is not one', () => {
    const good = parseOrgPolicy({ lockedSettings: { disabledSites: ['https://app.slack.com/*', 'https://*.example.com/mail/*'] } });
    expect(good.locked.disabledSites).toEqual(['https://app.slack.com/*', 'https://*.example.com/mail/*']);
    expect(good.issues).toEqual([]);
    for (const bad of [
      'app.slack.com',
      'https://app.slack.com',
      'ftp://x/*',
      'https://a*b.com/*',
      `https://app.slack.com/${'*'.repeat(3_000)}`,
    ]) {
      const policy = parseOrgPolicy({ lockedSettings: { disabledSites: ['https://app.slack.com/*', bad], paused: true } });
      expect(policy.locked, bad).toEqual({ paused: true });
      expect(
        policy.issues.map((issue) => [issue.where, issue.field]),
        bad,
      ).toEqual([['lockedSettings', 'disabledSites.1']]);
      expect(policy.issues[0]!.message).toMatch(/match pattern/);
    }
  });

  it('reports which settings are locked', () => {
    const locked = { audience: 'board' as const, checks: { jargon: true } };
    expect(isLocked(locked, 'audience')).toBe(true);
    expect(isLocked(locked, 'minSeverity')).toBe(false);
    expect(isLocked(locked, 'checks.jargon')).toBe(true);
    expect(isLocked(locked, 'checks.acronym')).toBe(false);
    expect(applyLockedSettings(DEFAULT_SETTINGS, { checks: { jargon: false } }).checks).toEqual({
      ...DEFAULT_SETTINGS.checks,
      jargon: false,
    });
  });
});

describe('locked settings in storage', () => {
  it('lays the locks over the user settings without overwriting the user choice', async () => {
    await updateSettings({ audience: 'staff', minSeverity: 'medium' });
    await fakeBrowser.storage.managed.set({ lockedSettings: { audience: 'board' } });
    expect((await readOrgPolicy()).locked).toEqual({ audience: 'board' });
    const settings = await getSettings();
    expect(settings.audience).toBe('board');
    expect(settings.minSeverity).toBe('medium');
    await updateSettings({ minSeverity: 'high' });
    await fakeBrowser.storage.managed.clear();
    expect((await getSettings()).audience).toBe('staff');
  });

  it('treats a browser that throws on managed storage as having no policy', async () => {
    const original = fakeBrowser.storage.managed.get;
    fakeBrowser.storage.managed.get = () => Promise.reject(new Error('Managed storage manifest not found'));
    try {
      expect((await readOrgPolicy()).present).toBe(false);
      expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    } finally {
      fakeBrowser.storage.managed.get = original;
    }
  });
});

describe('a policy service that is slow to start', () => {
  it('does not hold settings up, and applies the policy when it arrives', async () => {
    // Chromium answers managed storage only once its policy service has loaded, seconds after start-up.
    let answer!: (value: Record<string, unknown>) => void;
    const original = fakeBrowser.storage.managed.get;
    fakeBrowser.storage.managed.get = () => new Promise((resolve) => (answer = resolve as never));
    try {
      const seenPolicies: unknown[] = [];
      const seenAudiences: string[] = [];
      watchOrgPolicy((p) => seenPolicies.push(p.locked));
      watchSettings((s) => seenAudiences.push(s.audience));
      const started = Date.now();
      expect((await getSettings()).audience).toBe('executive');
      expect(Date.now() - started).toBeLessThan(2_000);
      answer({ lockedSettings: { audience: 'staff' } });
      await vi.waitFor(() => expect(seenPolicies).toEqual([{ audience: 'staff' }]));
      await vi.waitFor(() => expect(seenAudiences).toContain('staff'));
      expect((await getSettings()).audience).toBe('staff');
    } finally {
      fakeBrowser.storage.managed.get = original;
    }
  });

  it('hears when the administrator changes the policy', async () => {
    const seen: unknown[] = [];
    watchOrgPolicy((p) => seen.push(p.name));
    expect((await readOrgPolicy()).present).toBe(false);
    await fakeBrowser.storage.managed.set({ organisationName: 'Example Ltd' });
    await vi.waitFor(() => expect(seen).toEqual(['Example Ltd']));
  });
});
