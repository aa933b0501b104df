/**
 * Puts a message of one's own into the playground's compose box the way a writer would: the sample cleared,
 * then every paragraph typed, Enter twice between paragraphs.
 */
import type { Page } from 'playwright-core';

/** The playground's message body. */
export const PLAYGROUND_BODY = '#body';

/** Clears the playground's message and types `text` into it. */
export async function typeIntoPlayground(page: Page, text: string): Promise<void> {
  const body = page.locator(PLAYGROUND_BODY);
  await body.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  const paragraphs = text.split(/\n\n/);
  for (const [i, paragraph] of paragraphs.entries()) {
    if (i > 0) {
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
    }
    await page.keyboard.type(paragraph);
  }
}

/** The playground message's text as the page holds it. */
export function playgroundText(page: Page): Promise<string> {
  return page.locator(PLAYGROUND_BODY).evaluate((el) => (el as HTMLElement).innerText);
}
