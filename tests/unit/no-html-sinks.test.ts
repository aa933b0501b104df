/**
 * Page and lexicon text is always rendered as text. No source file may use an HTML sink; the one in
 * Preact's renderer (documented in tests/firefox-lint.ts) is reachable only through dangerouslySetInnerHTML.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const SOURCE_DIRS = ['compose', 'components', 'entrypoints', 'extension', 'lexicon'];
const SINKS =
  /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|createContextualFragment)\b|\beval\s*\(|new Function\s*\(/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('no HTML sinks in the sources', () => {
  const files = SOURCE_DIRS.flatMap((d) => sourceFiles(join(ROOT, d)));
  it('has sources to check', () => expect(files.length).toBeGreaterThan(50));
  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))('%s sets no HTML', (_name, file) => {
    const code = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
      .join('\n');
    expect(code).not.toMatch(SINKS);
  });
});
