/** The content script's compact lexicon keeps everything marking needs and still passes the schema. */
import { describe, expect, it } from 'vitest';
import { compactLexiconFileForPages } from '../../../../lexicon/build/page-lexicon.ts';
import { BUILT_IN_FILES } from '../../../../lexicon/data/index.ts';
import { parseLexiconFile } from '../../../../lexicon/schema.ts';

describe('compactLexiconFileForPages', () => {
  for (const [name, file] of Object.entries(BUILT_IN_FILES)) {
    it(`keeps ${name} valid and drops only page-unused fields`, () => {
      const compact = compactLexiconFileForPages(file) as { entries?: Record<string, unknown>[]; analogies?: Record<string, unknown>[] };
      const parsed = parseLexiconFile(compact);
      expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues.slice(0, 3))).toBe(true);
      const full = parseLexiconFile(file);
      if (!full.ok || !parsed.ok) throw new Error('unparseable');
      parsed.value.entries.forEach((entry, i) => {
        const source = full.value.entries[i]!;
        // Everything matching and replacing needs survives, with the schema's defaults filled in.
        for (const key of [
          'id',
          'term',
          'variants',
          'plain',
          'exceptions',
          'severity',
          'category',
          'explanation',
          'caseSensitive',
          'noInflect',
          'inflectAs',
          'disabled',
        ] as const) {
          expect(entry[key]).toEqual(source[key]);
        }
        expect(entry.outcomes).toBeUndefined();
        expect(entry.benefit).toBeUndefined();
      });
      expect(JSON.stringify(compact).length).toBeLessThanOrEqual(JSON.stringify(file).length);
    });
  }
});
