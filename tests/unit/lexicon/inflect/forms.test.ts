/**
 * lexicon/data/forms.generated.json must match what `npm run lexicon:forms` would write for the current
 * built-in lexicon; otherwise new spellings lose their irregular forms in the extension.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeForms } from '../../../../lexicon/inflect/forms-file.ts';
import { builtInEntries } from '../../../../lexicon/data/index.ts';
import { buildFormsTable, inflectWithCompromise } from '../../../../lexicon/inflect/compromise.ts';

describe('generated forms', () => {
  it('are up to date with the built-in lexicon (run `npm run lexicon:forms` if not)', () => {
    const committed = readFileSync(new URL('../../../../lexicon/data/forms.generated.json', import.meta.url), 'utf8');
    expect(committed).toBe(serializeForms(buildFormsTable(builtInEntries)));
  }, 60_000);

  it('use compromise for irregular forms the rules miss', () => {
    expect(inflectWithCompromise('spin up')).toContain('spun up');
    expect(inflectWithCompromise('analysis')).toContain('analyses');
    expect(inflectWithCompromise('commit', 'verb')).toEqual(['commits', 'committed', 'committing']);
  });
});
