/** Fails the e2e run early, with a clear message, when the browser or the build is missing. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from './browser-path.ts';
import { EXTENSION_PATH, PAGES_PATH } from './harness.ts';

export default function setup(): void {
  findChromium();
  if (!existsSync(join(EXTENSION_PATH, 'manifest.json'))) throw new Error(`No e2e build at ${EXTENSION_PATH}: run \`npm run build:e2e\`.`);
  if (!existsSync(PAGES_PATH)) throw new Error(`No test pages at ${PAGES_PATH}: run \`npm run build:pages\`.`);
}
