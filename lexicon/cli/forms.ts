/**
 * `npm run lexicon:forms`: regenerates lexicon/data/forms.generated.json, the plural and verb forms of every
 * built-in spelling, with compromise. Run it after editing lexicon/data/*.json; a unit test fails while the
 * file is stale. `--check` only reports whether it is stale (exit 1) without writing.
 *
 * compromise runs here, at build time, so the content script never loads it (see lexicon/inflect/compromise.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtInEntries } from '../data/index.ts';
import { buildFormsTable } from '../inflect/compromise.ts';
import { serializeForms } from '../inflect/forms-file.ts';

/** Where the generated table lives. */
export const FORMS_PATH = fileURLToPath(new URL('../data/forms.generated.json', import.meta.url));

function main(argv: readonly string[]): number {
  const text = serializeForms(buildFormsTable(builtInEntries));
  let current: string;
  try {
    current = readFileSync(FORMS_PATH, 'utf8');
  } catch {
    current = '';
  }
  if (argv.includes('--check')) {
    if (current === text) return 0;
    process.stderr.write('lexicon/data/forms.generated.json is stale: run `npm run lexicon:forms`.\n');
    return 1;
  }
  if (current !== text) writeFileSync(FORMS_PATH, text);
  const count = text.split('\n').length - 6;
  process.stdout.write(`${current === text ? 'Unchanged' : 'Wrote'} lexicon/data/forms.generated.json (${count} spellings).\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
