/**
 * Settings come from sync storage, which another device, an older version, another tool or a bug may have
 * written. Each field is checked on its own: a damaged field falls back to its default (a damaged check to
 * "on", a damaged site in a list is left out) and every other field keeps the user's choice.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetOrgPolicy } from '../../../extension/org-policy.ts';
import { DEFAULT_SETTINGS, getSettings, updateSettings, withDefaults } from '../../../extension/settings.ts';

beforeEach(() => {
  fakeBrowser.reset();
  forgetOrgPolicy();
});

/** Writes raw data where the settings item keeps its value, as another device's copy would arrive. */
async function storeRaw(value: unknown, area: 'sync' | 'local' = 'sync'): Promise<void> {
  if (area === 'sync') await fakeBrowser.storage.sync.set({ settings: value });
  else await fakeBrowser.storage.local.set({ settingsFallback: value });
}

describe('settings read from storage', () => {
  it('replace each damaged field with its default and keep every good one', async () => {
    await storeRaw({
      audience: 'everyone',
      checks: { jargon: 'no', acronym: false, 'us-them': false, bogus: true },
      minSeverity: 5,
      paused: 'yes',
      disabledSites: ['https://app.slack.com/*', 7, null, { pattern: 'x' }],
      disabledEntries: 'vpn',
      picky: 'all',
      reminder: { on: 'yes', day: 9, time: '25:00' },
      colour: 'blue',
    });
    const settings = await getSettings();
    expect(settings).toEqual({
      audience: DEFAULT_SETTINGS.audience,
      checks: { ...DEFAULT_SETTINGS.checks, acronym: false, 'us-them': false },
      minSeverity: DEFAULT_SETTINGS.minSeverity,
      paused: false,
      disabledSites: ['https://app.slack.com/*'],
      disabledEntries: [],
      picky: false,
      reminder: DEFAULT_SETTINGS.reminder,
    });
  });

  it('keep each good part of the weekly reminder, and only the good ones', async () => {
    await storeRaw({ reminder: { on: true, day: 2.5, time: '08:30' } });
    expect((await getSettings()).reminder).toEqual({ on: true, day: DEFAULT_SETTINGS.reminder.day, time: '08:30' });
    await storeRaw({ reminder: 'weekly' });
    expect((await getSettings()).reminder).toEqual({ on: false, day: 5, time: '15:00' });
  });

  it('keep the other fields when one is damaged', async () => {
    await storeRaw({ audience: 'board', minSeverity: 'high', paused: 'true', disabledEntries: ['vpn', 3] });
    expect(await getSettings()).toMatchObject({ audience: 'board', minSeverity: 'high', paused: false, disabledEntries: ['vpn'] });
  });

  it.each([
    ['a string', 'settings'],
    ['a number', 42],
    ['a list', ['board']],
    ['checks as a list', { checks: [true, false] }],
    ['checks as a string', { checks: 'all' }],
  ])('fall back to the defaults when the whole value is %s', async (_name, raw) => {
    await storeRaw(raw);
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('check the copy kept in local storage while sync is full the same way', async () => {
    await storeRaw({ ...DEFAULT_SETTINGS, audience: 'staff', minSeverity: 'urgent' }, 'local');
    expect(await getSettings()).toMatchObject({ audience: 'staff', minSeverity: 'low' });
  });

  it('are never written back damaged: a change stores only checked values', async () => {
    await storeRaw({ audience: 'manager', paused: 'yes', checks: { jargon: 'off' } });
    await updateSettings({ minSeverity: 'medium' });
    const stored = await fakeBrowser.storage.sync.get<{ settings: unknown }>('settings');
    expect(stored.settings).toEqual({ ...DEFAULT_SETTINGS, audience: 'manager', minSeverity: 'medium' });
  });

  it('do not share the defaults: changing one result never changes the next', () => {
    const first = withDefaults(null);
    first.disabledSites.push('https://app.slack.com/*');
    first.checks.jargon = false;
    expect(withDefaults(null)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
  });
});
