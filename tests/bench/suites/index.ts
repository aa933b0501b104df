/**
 * Every benchmark suite, in the order `npm run bench` runs them. To add one: write suites/NAME.ts exporting a
 * `BenchSuite` and add it here; `npm run bench -- --only NAME` runs it alone.
 */
import type { BenchSuite } from '../harness.ts';
import { compileSuite } from './compile.ts';
import { emailSuite } from './email.ts';
import { importSuite } from './import.ts';
import { keystrokeSuite } from './keystroke.ts';
import { pathologicalSuite } from './pathological.ts';
import { rewriteSuite } from './rewrite.ts';
import { typingBrowserSuite } from './typing-browser.ts';

/** The suites `npm run bench` runs, in order. */
export const SUITES: BenchSuite[] = [
  emailSuite,
  keystrokeSuite,
  pathologicalSuite,
  compileSuite,
  rewriteSuite,
  importSuite,
  typingBrowserSuite,
];
