/**
 * A content script outlives its extension's update or reload; its messages must then fail without a sound, and the
 * caller must learn that nothing will get through, so it can stop trying.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendQuietly } from '../../../extension/send-quietly.ts';

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('sendQuietly', () => {
  it('sends the message and says so', () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    expect(sendQuietly({ type: 'bl/open-popup' })).toBe(true);
    expect(send).toHaveBeenCalledWith({ type: 'bl/open-popup' });
  });

  it('swallows a rejection (no background listening), so no unhandled rejection reaches the page', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection.'));
    expect(sendQuietly({ type: 'bl/open-popup' })).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });

  it('returns false when the extension context is gone and sendMessage throws at once', () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(sendQuietly({ type: 'bl/box-focused' })).toBe(false);
  });
});
