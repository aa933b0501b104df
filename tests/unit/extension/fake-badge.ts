/** A fake toolbar button for tests of the badge: it keeps a global look and per-tab looks, as browsers do. */
import { vi } from 'vitest';
import type { BadgeButton } from '../../../extension/toolbar-badge.ts';

type BadgeColor = Awaited<ReturnType<BadgeButton['getBadgeBackgroundColor']>>;

export function fakeButton() {
  const global: { text: string; color: BadgeColor; title: string } = { text: '', color: '#000000', title: 'Business Lens' };
  const tabs = new Map<number, Partial<typeof global>>();
  const set = (key: keyof typeof global) => (details: { tabId?: number } & Record<string, unknown>) => {
    const value = details[key === 'color' ? 'color' : key];
    if (details.tabId === undefined) (global as Record<string, unknown>)[key] = value;
    else if (value === null) delete tabs.get(details.tabId)?.[key];
    else tabs.set(details.tabId, { ...tabs.get(details.tabId), [key]: value });
    return Promise.resolve();
  };
  const get =
    <K extends keyof typeof global>(key: K) =>
    (details: { tabId?: number }): Promise<(typeof global)[K]> =>
      Promise.resolve(details.tabId === undefined ? global[key] : (tabs.get(details.tabId)?.[key] ?? global[key]));
  return {
    global,
    shown: (tabId: number) => ({ ...global, ...tabs.get(tabId) }),
    button: {
      setBadgeText: vi.fn(set('text')),
      getBadgeText: get('text'),
      setBadgeBackgroundColor: vi.fn(set('color')),
      getBadgeBackgroundColor: get('color'),
      setTitle: vi.fn(set('title')),
      getTitle: get('title'),
    },
  };
}
