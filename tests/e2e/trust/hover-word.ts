/** Opens the in-page card by resting the pointer on a word, as a user does; works for any contenteditable box. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { CARD } from '../editors/editor-page.ts';

/** Rests the pointer on the first occurrence of a word inside an editable element, waits for its card, and returns the card's term. */
export async function hoverWord(page: Page, root: string, word: string): Promise<string> {
  const point = await page.evaluate(
    ({ root, word }) => {
      const walker = document.createTreeWalker(document.querySelector(root)!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(word);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        const r = range.getBoundingClientRect();
        return { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
      }
      throw new Error(`"${word}" is not in ${root}`);
    },
    { root, word },
  );
  await expect
    .poll(
      async () => {
        await page.mouse.move(point.x - 3, point.y);
        await page.mouse.move(point.x, point.y);
        return page
          .locator(`${CARD} .bl-term`)
          .innerText({ timeout: 1_000 })
          .catch(() => '');
      },
      { timeout: 10_000 },
    )
    .toContain(word);
  return page.locator(`${CARD} .bl-term`).innerText();
}
