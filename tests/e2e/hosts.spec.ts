/**
 * The built-in sites under their real host names: every host of the sites table (outlook.cloud.microsoft,
 * teams.cloud.microsoft and the rest) serves its app's compose page over HTTPS from 127.0.0.1, so what is tested
 * is the production match patterns, not the test build's extra 127.0.0.1 pattern. A look-alike host mapped to the
 * same server gets nothing; the options page names each site, and switching one off stops it there at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness.ts';
import { BADGE, badgeLabels, drawnMarks } from './editors/editor-page.ts';
import { LOOKALIKE_HOST, pageForSite } from './hosts.ts';
import { BUILT_IN_SITES, BUILT_IN_SITE_NAMES, builtInSiteHost } from '../../extension/sites.ts';

let h: Harness;
beforeAll(async () => {
  h = await launch({ realHosts: true });
});
afterAll(async () => h?.close());

/** Opens a page on a host and waits for its editor; the extension has not been waited for. */
async function openOn(host: string, file: string): Promise<Page> {
  const page = await h.openOnHost(host, file);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  return page;
}

/** Waits until the page's box has its badge with a count (not "checking"). */
async function counted(page: Page): Promise<string[]> {
  await page.locator(BADGE).first().waitFor({ state: 'visible', timeout: 10_000 });
  await expect.poll(() => page.locator(`${BADGE}[data-level="checking"]`).count(), { timeout: 10_000 }).toBe(0);
  return badgeLabels(page);
}

describe('the built-in sites under their own host names', () => {
  it.each(BUILT_IN_SITES.map((pattern) => [BUILT_IN_SITE_NAMES[pattern], pattern] as const))(
    '%s (%s): marks and a badge in its compose box',
    async (_name, pattern) => {
      const host = builtInSiteHost(pattern);
      const page = await openOn(host, pageForSite(pattern));
      expect(await page.evaluate(() => location.origin)).toBe(`https://${host}`);
      const labels = await counted(page);
      expect(labels).toHaveLength(1);
      expect(labels[0]).toMatch(/^[1-9]\d* suggestions?$/);
      await expect
        .poll(async () => (await drawnMarks(page)).filter((m) => m.kind === 'jargon').length, { timeout: 5_000 })
        .toBeGreaterThan(0);
      await page.close();
    },
  );

  it('a look-alike host served the same page gets nothing', async () => {
    // The same browser runs the extension on a real host first, so the quiet page below is not a slow start.
    const real = await openOn('outlook.cloud.microsoft', 'outlook.html');
    await counted(real);
    const lookalike = await openOn(LOOKALIKE_HOST, 'outlook.html');
    expect(await lookalike.evaluate(() => location.origin)).toBe(`https://${LOOKALIKE_HOST}`);
    await lookalike.waitForTimeout(1_500);
    expect(await lookalike.locator('business-lens-ui').count()).toBe(0);
    expect(await lookalike.evaluate(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()])).toEqual([]);
    await real.close();
    await lookalike.close();
  });

  it('the options page names every site; switching Teams (Microsoft 365) off stops it there at once, and only there', async () => {
    const options = await h.openExtensionPage('options.html#settings');
    await options.getByRole('heading', { name: 'Sites', exact: true }).waitFor({ timeout: 10_000 });
    for (const pattern of BUILT_IN_SITES) {
      expect(await options.getByRole('switch', { name: BUILT_IN_SITE_NAMES[pattern], exact: true }).count(), pattern).toBe(1);
    }
    const m365 = await openOn('teams.cloud.microsoft', 'teams.html');
    const work = await openOn('teams.microsoft.com', 'teams.html');
    await counted(m365);
    await counted(work);
    await h.screenshot(options, 'options-sites');

    const m365Switch = options.getByRole('switch', { name: 'Teams (Microsoft 365)', exact: true });
    await m365Switch.click();
    await expect.poll(() => m365.locator(BADGE).count(), { timeout: 5_000 }).toBe(0);
    expect(await drawnMarks(m365)).toEqual([]);
    expect(await badgeLabels(work)).toHaveLength(1);

    await m365Switch.click();
    expect(await counted(m365)).toHaveLength(1);
    for (const page of [options, m365, work]) await page.close();
  });
});
