/** The content script's compact lexicon keeps everything marking needs and still passes the schema. */
import { describe, expect, it } from 'vitest';
import { compactLexiconFileForPages } from '../../lexicon/build/page-lexicon.ts';
import { BUILT_IN_FILES } from '../../lexicon/data/index.ts';
import { parseLexiconFile } from '../../lexicon/schema.ts';

describe('compactLexiconFileForPages', () => {
  for (const [name, file] of Object.entries(BUILT_IN_FILES)) {
    it(`keeps ${name} valid and drops only page-unused fields`, () => {
      const compact = compactLexiconFileForPages(file) as { entries?: Record<string, unknown>[]; analogies?: Record<string, unknown>[] };
      const parsed = parseLexiconFile(compact);
      expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues.slice(0, 3))).toBe(true);
      const original = file as { entries?: Record<string, unknown>[] };
      compact.entries?.forEach((entry, i) => {
        const source = original.entries![i]!;
        for (const key of ['id', 'term', 'variants', 'plain', 'exceptions', 'severity', 'category', 'explanation', 'caseSensitive', 'noInflect']) {
          expect(entry[key]).toEqual(source[key]);
        }
        expect(entry).not.toHaveProperty('outcomes');
        expect(entry).not.toHaveProperty('benefit');
      });
      expect(JSON.stringify(compact).length).toBeLessThanOrEqual(JSON.stringify(file).length);
    });
  }
});
