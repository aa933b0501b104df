/**
 * The text of lexicon/data/forms.generated.json for a forms table: one spelling per line, so a lexicon edit
 * shows as a small diff. Shared by `npm run lexicon:forms` and the test that keeps the file fresh.
 */
import type { FormsTable } from './rules.ts';

/** Serializes a forms table the way the generated file stores it. */
export function serializeForms(table: FormsTable): string {
  const lines = Object.entries(table).map(([key, forms]) => `    ${JSON.stringify(key)}: ${JSON.stringify(forms)}`);
  return `{\n  "generatedBy": "npm run lexicon:forms (do not edit by hand)",\n  "forms": {\n${lines.join(',\n')}\n  }\n}\n`;
}
