import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetOrgPolicy } from '../../../extension/org-policy.ts';
import { getSettings, getSettingsStorageArea, updateSettings, watchSettings } from '../../../extension/settings.ts';

beforeEach(() => {
  fakeBrowser.reset();
  forgetOrgPolicy();
});

describe('settings when sync storage is full', () => {
  it('keeps working from local storage, and goes back to sync when it has room', async () => {
    await updateSettings({ audience: 'manager' });
    expect(await getSettingsStorageArea()).toBe('sync');

    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    const applied = await updateSettings({ minSeverity: 'high' });
    expect(applied).toMatchObject({ audience: 'manager', minSeverity: 'high' });
    expect(await getSettingsStorageArea()).toBe('local');
    expect(await getSettings()).toMatchObject({ audience: 'manager', minSeverity: 'high' });
    set.mockRestore();

    await updateSettings({ paused: true });
    expect(await getSettingsStorageArea()).toBe('sync');
    expect(await getSettings()).toMatchObject({ audience: 'manager', minSeverity: 'high', paused: true });
  });

  it('still reports errors that are not about space', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('Extension context invalidated'));
    await expect(updateSettings({ paused: true })).rejects.toThrow(/context invalidated/);
    set.mockRestore();
  });

  it('tells watchers about changes from either area', async () => {
    const seen: string[] = [];
    const unwatch = watchSettings((s) => seen.push(s.minSeverity));
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await updateSettings({ minSeverity: 'medium' });
    set.mockRestore();
    await vi.waitFor(() => expect(seen).toContain('medium'));
    unwatch();
  });
});
