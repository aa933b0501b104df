/**
 * The built-in lexicon: every category file and the analogies, validated through the same schema as user
 * and organisation lexicons. Importing this module throws at once, naming the file and the fields at fault,
 * if a data file is invalid, so a bad edit can never ship silently.
 */
import { formatIssue, parseLexiconFile, type Analogy, type LexiconEntry, type LexiconFile } from '../schema.ts';
import analogiesFile from './analogies.json' with { type: 'json' };
import architectureFile from './architecture.json' with { type: 'json' };
import cloudFile from './cloud.json' with { type: 'json' };
import dataFile from './data.json' with { type: 'json' };
import deliveryFile from './delivery.json' with { type: 'json' };
import endUserFile from './end-user.json' with { type: 'json' };
import infrastructureFile from './infrastructure.json' with { type: 'json' };
import metricsFile from './metrics.json' with { type: 'json' };
import networkingFile from './networking.json' with { type: 'json' };
import productsFile from './products.json' with { type: 'json' };
import securityFile from './security.json' with { type: 'json' };
import serviceManagementFile from './service-management.json' with { type: 'json' };
import { expandPageFile } from './page-file.ts';

/**
 * The raw data files by file name, in the order their entries are listed. Tests and the report script read
 * these to check each file on its own; everything else should use `builtInEntries` and `builtInAnalogies`.
 */
export const BUILT_IN_FILES: Readonly<Record<string, unknown>> = {
  'infrastructure.json': infrastructureFile,
  'networking.json': networkingFile,
  'security.json': securityFile,
  'end-user.json': endUserFile,
  'cloud.json': cloudFile,
  'delivery.json': deliveryFile,
  'data.json': dataFile,
  'service-management.json': serviceManagementFile,
  'architecture.json': architectureFile,
  'metrics.json': metricsFile,
  'products.json': productsFile,
  'analogies.json': analogiesFile,
};

/**
 * Parses one built-in file (in a content script, the compact copy the build wrote: see page-file.ts), or throws an
 * error that names the file and every issue found (up to 50).
 */
export function parseBuiltInFile(fileName: string, data: unknown): LexiconFile {
  const result = parseLexiconFile(expandPageFile(data));
  if (!result.ok) {
    const issues = result.issues.map((issue) => `  - ${formatIssue(issue)}`).join('\n');
    throw new Error(`Built-in lexicon file lexicon/data/${fileName} is invalid:\n${issues}`);
  }
  return result.value;
}

const parsed = Object.entries(BUILT_IN_FILES).map(([fileName, data]) => parseBuiltInFile(fileName, data));

/** Every built-in lexicon entry, validated, in file order. */
export const builtInEntries: LexiconEntry[] = parsed.flatMap((file) => file.entries);

/** Every built-in analogy, validated. */
export const builtInAnalogies: Analogy[] = parsed.flatMap((file) => file.analogies);
