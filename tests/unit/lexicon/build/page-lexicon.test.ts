/**
 * The content script's compact lexicon: read back, it holds everything marking needs exactly as the full lexicon
 * has it, and a page marks the same words with the same suggestions. Only the reason at the end of a jargon message
 * differs until the card or the popup fills it in.
 */
import { describe, expect, it } from 'vitest';
import { compactLexiconFileForPages } from '../../../../lexicon/build/page-lexicon.ts';
import { BUILT_IN_FILES } from '../../../../lexicon/data/index.ts';
import { expandPageFile } from '../../../../lexicon/data/page-file.ts';
import { FALLBACK_REASON, reasonOf, withReason } from '../../../../lexicon/checks/jargon-reason.ts';
import { parseLexiconFile, type LexiconEntry } from '../../../../lexicon/schema.ts';
import { analyze } from '../../../../lexicon/index.ts';
import { readCorpus } from '../corpus.ts';
import { IT_RECALL_SENTENCES } from '../../../fixtures/it-recall-sentences.ts';
import { PLAIN_BUSINESS_TRAPS } from '../../../fixtures/plain-business-traps.ts';

/** Fields a page never needs: the background and the extension pages have them. */
const PAGE_OMITS = ['explanation', 'why', 'benefit', 'outcomes', 'analogies'] as const;

function parsed(data: unknown) {
  const result = parseLexiconFile(data);
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
  return result.value;
}

/** Every built-in entry as the full lexicon and as a page has it, in the same order. */
const files = Object.values(BUILT_IN_FILES);
const full: LexiconEntry[] = files.flatMap((file) => parsed(file).entries);
const page: LexiconEntry[] = files.flatMap((file) => parsed(expandPageFile(compactLexiconFileForPages(file))).entries);

describe('compactLexiconFileForPages', () => {
  for (const [name, file] of Object.entries(BUILT_IN_FILES)) {
    it(`writes ${name} smaller, and it reads back as the same entries less the page-only fields`, () => {
      const compact = compactLexiconFileForPages(file);
      expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(file).length);
      const fullFile = parsed(file);
      const pageFile = parsed(expandPageFile(compact));
      expect(pageFile.entries).toHaveLength(fullFile.entries.length);
      pageFile.entries.forEach((entry, i) => {
        const source = fullFile.entries[i]!;
        const { explanation, why, benefit, outcomes, analogies, ...kept } = entry;
        expect(kept).toEqual(
          Object.fromEntries(Object.entries(source).filter(([key]) => !(PAGE_OMITS as readonly string[]).includes(key))),
        );
        // Until the background answers, a page gives the check's own reason.
        expect([explanation, why, benefit, outcomes, analogies]).toEqual([FALLBACK_REASON, undefined, undefined, undefined, []]);
      });
      expect(pageFile.analogies).toEqual([]);
    });
  }

  it('refuses a phrase it could not read back the same, rather than ship it changed', () => {
    const entry = { id: 'x', term: 'x', category: 'data', severity: 'low', plain: ['this | that'], explanation: 'An x.' };
    expect(() => compactLexiconFileForPages({ schemaVersion: 2, entries: [entry] })).toThrow(/plain/);
  });

  it('leaves a file that is not a page file as it is', () => {
    const file = BUILT_IN_FILES['cloud.json'];
    expect(expandPageFile(file)).toBe(file);
  });
});

describe('a page with the compact lexicon', () => {
  const texts = [
    ...readCorpus(new URL('../../../fixtures/it-messages/', import.meta.url)).map((m) => m.text),
    ...readCorpus(new URL('../../../fixtures/plain-business/', import.meta.url)).map((m) => m.text),
    ...IT_RECALL_SENTENCES.map((s) => s.text),
    ...PLAIN_BUSINESS_TRAPS.map((p) => p.text),
  ];

  it('marks what the full lexicon marks, and its messages read the same once the reason is filled in', () => {
    expect(page.length).toBeGreaterThan(600);
    const byId = new Map(full.map((entry) => [entry.id, entry]));
    let jargon = 0;
    for (const text of texts) {
      const withFull = analyze(text, { builtIn: false, entries: full });
      const onPage = analyze(text, { builtIn: false, entries: page });
      expect(onPage.score).toEqual(withFull.score);
      expect(onPage.findings.map((f) => ({ ...f, message: undefined }))).toEqual(
        withFull.findings.map((f) => ({ ...f, message: undefined })),
      );
      onPage.findings.forEach((finding, i) => {
        const entry = finding.entryId ? byId.get(finding.entryId) : undefined;
        if (finding.check === 'jargon') jargon++;
        expect(entry ? withReason(finding.message, reasonOf(entry)) : finding.message).toBe(withFull.findings[i]!.message);
      });
    }
    expect(jargon).toBeGreaterThan(100);
  });
});
