/**
 * The background loads the combined lexicon once for the card's rewrites. A load that fails (storage briefly
 * unavailable while the service worker starts, an extension update) must not be kept: the next request loads
 * again, rather than every card staying without a rewrite until the lexicon happens to change.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetOrgPolicy } from '../../../extension/org-policy.ts';

/** The background's rewrite function, from a fresh copy of its module: each test starts with no lexicon loaded. */
let rewriteForCard: typeof import('../../../extension/sentence-rewrites.ts').rewriteForCard;

beforeEach(async () => {
  fakeBrowser.reset();
  forgetOrgPolicy();
  vi.resetModules();
  ({ rewriteForCard } = await import('../../../extension/sentence-rewrites.ts'));
});
afterEach(() => {
  vi.restoreAllMocks();
});

const SENTENCE = 'We enforced MFA for every account.';

describe('a failed lexicon load in the background', () => {
  it('is tried again on the next rewrite request', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('Extension context invalidated'));
    await expect(rewriteForCard(SENTENCE, 'executive')).rejects.toThrow(/context invalidated/);
    expect(get).toHaveBeenCalled();

    const rewrites = await rewriteForCard(SENTENCE, 'executive');
    expect(rewrites?.replacements?.length).toBeGreaterThan(0);
    expect(rewrites?.plain).toBeTruthy();
    expect(rewrites?.plain).not.toMatch(/\bMFA\b/);
  });

  it('keeps a good load: storage is read once for many requests', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await rewriteForCard(SENTENCE, 'executive');
    const reads = get.mock.calls.length;
    await rewriteForCard('We patched the VPN gateway.', 'board');
    expect(get.mock.calls.length).toBe(reads);
  });
});
