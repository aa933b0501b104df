/**
 * End-to-end tests read and click what Business Lens draws in a page, which a closed shadow root and random
 * highlight names keep from every script in the page, tests included. The Chromium e2e build (BL_E2E=1) opens
 * them for a browser profile whose storage the test runner marked (tests/e2e/harness.ts); the spec that plays a
 * hostile page (tests/e2e/trust/page-attacks.spec.ts) leaves the mark out and gets what users get. The Firefox
 * e2e build always opens them: WebDriver BiDi can neither read a closed root nor reach the add-on's storage.
 *
 * In users' builds `__BL_E2E__` is the constant false, so this returns false without reading anything and the
 * bundler drops the storage key with the dead branch.
 */
import { browser } from 'wxt/browser';

/** Set by wxt.config.ts: false, or how an e2e build opens its layer to tests. */
declare const __BL_E2E__: false | 'on-request' | 'inspectable' | undefined;

/** The storage.local key the e2e harness sets. */
export const E2E_INSPECTABLE_KEY = 'e2eInspectable';

/** Whether to mount with an inspectable UI: only in an e2e build, and only when the test runner asked. */
export async function inspectableForTests(): Promise<boolean> {
  if (typeof __BL_E2E__ === 'undefined' || !__BL_E2E__) return false;
  if (__BL_E2E__ === 'inspectable') return true;
  const stored: Record<string, unknown> = await browser.storage.local.get(E2E_INSPECTABLE_KEY).catch(() => ({}));
  return stored[E2E_INSPECTABLE_KEY] === true;
}
