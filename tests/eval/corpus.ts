/**
 * Reads the real-text corpus lent for evaluation (`../shared/corpus` beside the repository, or `$BL_CORPUS`).
 * The passages are other people's words: they are read at run time and never copied into the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One annotated passage (see the corpus's README for the annotation rules). */
export interface Passage {
  id: string;
  /** A: IT notices; B: status-page incidents; C: IT leaders' updates; D: plain business text; E: short replies. */
  kind: 'A' | 'B' | 'C' | 'D' | 'E';
  source: string;
  text: string;
  /** Gold IT jargon: each distinct surface form, once. */
  jargon: string[];
  /** Does the passage say what the work means for the reader? */
  outcome_framed: boolean;
  notes: string;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the corpus is looked for: `$BL_CORPUS`, else `../shared/corpus` beside the repository. */
export function corpusDir(): string {
  return process.env.BL_CORPUS ? resolve(process.env.BL_CORPUS) : resolve(root, '../shared/corpus');
}

/** Is the corpus here? Outside this workplace it is not, and what needs it says so instead of failing. */
export function hasCorpus(dir = corpusDir()): boolean {
  return existsSync(join(dir, 'it.jsonl'));
}

/** Every passage of every `.jsonl` file in the corpus folder, in file then line order. */
export function readCorpus(dir = corpusDir()): Passage[] {
  const passages: Passage[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (line.trim()) passages.push(JSON.parse(line) as Passage);
    }
  }
  return passages;
}

/** The kinds, with the names the report uses. */
export const KIND_NAMES: Record<Passage['kind'], string> = {
  A: 'IT notices',
  B: 'incidents',
  C: "IT leaders' updates",
  D: 'plain business text',
  E: 'chat replies',
};
