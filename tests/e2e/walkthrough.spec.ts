/**
 * The walkthrough of issue #19's "Done when": the built extension on the playground, the message a new user
 * would write (an IT manager's update to executives) typed in, the marks shown by default and with "Show all",
 * the readiness score; then every suggestion applied in turn through the card from the keyboard (Replace where
 * the card has a plain wording, else "Use rewrite", else Ignore), recording what each fix inserted and the score
 * after it. Writes test-results/walkthrough.json (a step whose fix lowered the score is flagged `scoreDropped`),
 * and asserts that each term's fix changes only the sentence its card showed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CARD } from './editors/editor-page.ts';
import { launch, ROOT, type Harness } from './harness.ts';
import { playgroundText, PLAYGROUND_BODY, typeIntoPlayground } from './playground-message.ts';
import { WALKTHROUGH_MESSAGE } from '../fixtures/walkthrough-message.ts';

const BADGE = '[data-business-lens="badge"]';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

/** The badge's label once it has stopped changing (the analysis runs after typing pauses). */
async function settledBadge(page: Page): Promise<string> {
  let last = '';
  let stableSince = Date.now();
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const label = (await page.locator(BADGE).first().getAttribute('aria-label')) ?? '';
    if (label !== last) {
      last = label;
      stableSince = Date.now();
    } else if (label && !/checking/i.test(label) && Date.now() - stableSince > 600) return label;
    await page.waitForTimeout(150);
  }
  return last;
}

/** Readiness and its explanation, as the badge menu shows them. */
async function readiness(page: Page): Promise<{ score: number | null; menu: string }> {
  await settledBadge(page);
  await page.locator(BADGE).first().click();
  const menu = page.locator('.bl-menu');
  await menu.waitFor({ state: 'visible', timeout: 5_000 });
  const text = (await menu.innerText()).replace(/\s+/g, ' ').trim();
  await page.locator(BADGE).first().click();
  await menu.waitFor({ state: 'hidden', timeout: 5_000 });
  const score = /Readiness (\d+)\/100/.exec(text);
  return { score: score ? Number(score[1]) : null, menu: text };
}

/** Switches "Show all" (picky) from the badge menu. */
async function togglePicky(page: Page): Promise<void> {
  await page.locator(BADGE).first().click();
  await page.locator('[data-action="picky"]').click();
  await settledBadge(page);
}

/** Every mark shown, in order, by walking them with the keyboard shortcut until the first comes round again. */
async function marksShown(page: Page): Promise<Array<{ kind: string; words: string }>> {
  await page.locator(PLAYGROUND_BODY).click();
  await page.mouse.move(1090, 890);
  await page.keyboard.press('Control+End');
  const seen: Array<{ kind: string; words: string }> = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Alt+Shift+L');
    const open = await page
      .locator(CARD)
      .waitFor({ state: 'visible', timeout: 3_000 })
      .then(() => true)
      .catch(() => false);
    if (!open) break;
    const mark = { kind: await page.locator(`${CARD} .bl-kind`).innerText(), words: await page.locator(`${CARD} .bl-term`).innerText() };
    if (seen.length && mark.kind === seen[0]!.kind && mark.words === seen[0]!.words) break;
    seen.push(mark);
  }
  await page.keyboard.press('Escape');
  await page.locator(CARD).waitFor({ state: 'hidden', timeout: 3_000 });
  return seen;
}

/** What changed between two texts: the replaced span and what replaced it. */
function change(before: string, after: string): { removed: string; inserted: string; at: number } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end])
    end++;
  return { removed: before.slice(start, before.length - end), inserted: after.slice(start, after.length - end), at: start };
}

const sentences = (text: string) => text.match(/[^.!?\n]+[.!?]*/g)?.map((s) => s.trim()) ?? [];

it('walks a new user’s message through the card, fix by fix', { timeout: 600_000 }, async () => {
  const page = await h.openExtensionPage('playground.html');
  await h.resize(page, 1100, 900);
  await typeIntoPlayground(page, WALKTHROUGH_MESSAGE);
  const words = WALKTHROUGH_MESSAGE.split(/\s+/).filter(Boolean).length;

  const quietBadge = await settledBadge(page);
  const quietMarks = await marksShown(page);
  const start = await readiness(page);
  await h.screenshot(page, 'walkthrough-before');
  await togglePicky(page);
  const allBadge = await settledBadge(page);
  const allMarks = await marksShown(page);
  await togglePicky(page);

  const steps: Array<Record<string, unknown>> = [];
  let score = start.score;
  for (let i = 0; i < 40; i++) {
    const before = await playgroundText(page);
    await page.locator(PLAYGROUND_BODY).click();
    // The pointer goes out of the way, so no card opens under it: only the keyboard picks the mark.
    await page.mouse.move(1090, 890);
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Alt+Shift+L');
    const open = await page
      .locator(CARD)
      .waitFor({ state: 'visible', timeout: 3_000 })
      .then(() => true)
      .catch(() => false);
    if (!open) break;
    const kind = await page.locator(`${CARD} .bl-kind`).innerText();
    const shown = await page.locator(`${CARD} .bl-term`).innerText();
    // A card fetches its sentence's rewrite; give it the time a reader would, and no longer than it takes.
    await page
      .locator(`${CARD} .bl-pending`, { hasText: 'Writing a rewrite' })
      .waitFor({ state: 'hidden', timeout: 4_000 })
      .catch(() => undefined);
    const replace = page.locator(`${CARD} [data-action="replace"]:not([disabled])`);
    const rewrite = page.locator(`${CARD} [data-action="rewrite"]:not([disabled])`);
    let action = (await replace.count()) ? 'replace' : (await rewrite.count()) ? 'rewrite' : 'ignore';
    await page.locator(`${CARD} [data-action="${action}"]`).click();
    // A fix that cannot stand where the words stand is refused and the card says why (lexicon/fix): then the
    // new user ignores that mark.
    const closed = await Promise.race([
      page
        .locator(CARD)
        .waitFor({ state: 'hidden', timeout: 5_000 })
        .then(() => true)
        .catch(() => false),
      page
        .locator(`${CARD} .bl-notice:not(:empty)`)
        .waitFor({ state: 'visible', timeout: 5_000 })
        .then(() => false)
        .catch(() => false),
    ]);
    if (!closed) {
      action = `${action} refused, then ignore`;
      await page.locator(`${CARD} [data-action="ignore"]`).click();
      await page.locator(CARD).waitFor({ state: 'hidden', timeout: 5_000 });
    }
    const after = await playgroundText(page);
    const { score: next, menu } = await readiness(page);
    const diff = change(before, after);
    const untouched = sentences(before).filter((s) => after.includes(s)).length;
    steps.push({
      step: i + 1,
      kind,
      shown,
      action,
      ...diff,
      scoreBefore: score,
      scoreAfter: next,
      sentencesUntouched: untouched,
      sentencesBefore: sentences(before).length,
      menu,
    });
    if (action !== 'ignore') {
      // A drop is recorded, not thrown, so the walkthrough reports every step (the property test in
      // tests/unit/lexicon/analyze/score-property.test.ts is where a drop fails).
      steps[steps.length - 1]!.scoreDropped = next !== null && score !== null && next < score;
      // A term's fix touches one sentence, the one its card showed.
      if (kind !== 'FEATURE-TALK') expect(untouched).toBeGreaterThanOrEqual(sentences(before).length - 1);
    }
    score = next;
  }
  await h.screenshot(page, 'walkthrough-after');

  const report = {
    words,
    message: WALKTHROUGH_MESSAGE,
    quiet: { badge: quietBadge, marks: quietMarks, perHundredWords: Math.round((quietMarks.length / words) * 1000) / 10 },
    showAll: { badge: allBadge, marks: allMarks, perHundredWords: Math.round((allMarks.length / words) * 1000) / 10 },
    start,
    steps,
    end: { score, text: await playgroundText(page), readiness: await readiness(page) },
  };
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(join(ROOT, 'test-results/walkthrough.json'), `${JSON.stringify(report, null, 1)}\n`);
  expect(quietMarks.length).toBeGreaterThan(0);
  expect(quietMarks.length).toBeLessThan(allMarks.length);
  await page.close();
});
