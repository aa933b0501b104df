/**
 * Checks one of the user's own entries before it is saved: the schema's rules, plus what only the whole
 * lexicon can tell (another of the user's entries already has this id or spelling). Each problem is keyed by
 * the field it belongs to, so the editor shows it beside that field.
 */
import * as v from 'valibot';
import { EntrySchema, shortIssueMessage, type LexiconEntry } from '../lexicon/schema.ts';
import { MAX_PLAIN_WORDS, plainTooLong, whatToWrite, wordCount } from './issue-words.ts';

/** Problems by field: `term`, `plain`, `outcomes.board`... A list field's message says which line. */
export type FieldErrors = Record<string, string>;

export type EntryValidation = { ok: true; entry: LexiconEntry } | { ok: false; errors: FieldErrors };

/**
 * Validates an entry against the schema and against the user's other entries. `replacingId` is the id of the
 * entry being edited, which the new version may keep.
 */
export function validateUserEntry(input: unknown, others: readonly LexiconEntry[], replacingId?: string): EntryValidation {
  const errors: FieldErrors = {};
  // Every field is checked at once, so the user sees every problem after one Save, not one round at a time.
  const result = v.safeParse(EntrySchema, input, { abortPipeEarly: true });
  if (!result.success) {
    for (const issue of result.issues) {
      const keys = (issue.path ?? []).map((p) => (p as { key: unknown }).key);
      const [field, index, sub] = keys;
      // Lists are edited one item per line; say which line, counting from 1 as people do.
      let name = typeof field === 'string' ? field : '(entry)';
      if (typeof index === 'string') name = `${name}.${index}`;
      if ((typeof sub === 'string' || typeof sub === 'number') && typeof index === 'string') name = `${name}.${sub}`;
      let message = whatToWrite(name, shortIssueMessage(issue.message));
      if (typeof index === 'number') message = `Line ${index + 1}: ${message}`;
      if (!errors[name]) errors[name] = message;
    }
  }
  // A plain wording replaces the term in a sentence: longer than a short phrase, it no longer reads as one.
  const plain = (input as { plain?: unknown }).plain;
  if (!errors.plain && Array.isArray(plain)) {
    const long = plain.findIndex((line) => typeof line === 'string' && wordCount(line) > MAX_PLAIN_WORDS);
    if (long >= 0) errors.plain = `${plain.length > 1 ? `Line ${long + 1}: ` : ''}${plainTooLong(wordCount(plain[long] as string))}`;
  }
  if (!result.success || Object.keys(errors).length) return { ok: false, errors };
  const entry = result.output;
  const others2 = others.filter((other) => other.id !== replacingId);
  if (others2.some((other) => other.id === entry.id)) errors.id = `another of your entries already has the id "${entry.id}"`;
  const owners = new Map<string, string>();
  for (const other of others2) for (const form of [other.term, ...other.variants]) owners.set(form.toLowerCase(), other.term);
  const termOwner = owners.get(entry.term.toLowerCase());
  if (termOwner) errors.term = `your entry "${termOwner}" already uses "${entry.term}"`;
  const seen = new Set([entry.term.toLowerCase()]);
  entry.variants.forEach((variant, i) => {
    if (errors.variants) return;
    const key = variant.toLowerCase();
    const owner = owners.get(key);
    if (owner) errors.variants = `line ${i + 1}: your entry "${owner}" already uses "${variant}"`;
    else if (seen.has(key)) errors.variants = `line ${i + 1}: "${variant}" is listed twice (or repeats the term)`;
    seen.add(key);
  });
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, entry };
}

/** An id made from a term: "Active Directory" → "active-directory". */
export function idFromTerm(term: string): string {
  return term
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
