/**
 * Is the text about IT? Terms that are also ordinary words ("server", "patch", "migrate") and capitalised words
 * that may be anyone's acronym are marked only where it is. Strong evidence is IT jargon that means nothing else
 * (an unambiguous lexicon term such as "DNS", or a term a check marked without needing context); weak evidence is
 * what plain text may mention too: familiar lexicon terms ("email", "Office 365"), the words of IT_CONTEXT_WORDS,
 * and "IT". A message is about IT on one piece of strong evidence or two of weak. A paragraph records where its
 * evidence stands (token indices, for "is there any in this sentence?") and what it is (keys, counted once per
 * message; strong keys start with STRONG).
 */
import { registerWords } from '../match/word-index.ts';
import { IT_CONTEXT_WORDS, MIN_IT_EVIDENCE } from './context.data.ts';
import type { PreparedUnit } from './unit.ts';

const CONTEXT_WORDS = new Set(IT_CONTEXT_WORDS);
/** The first character of a strong piece of evidence's key. */
export const STRONG = '#';
/**
 * The first character of a key saying that a paragraph used an ambiguous entry in its ordinary sense ("a provision
 * for bad debts"). It is no evidence of IT; it tells the rest of the message which sense that word has when its own
 * sentence does not ("Subject: Year-end provisions").
 */
export const ORDINARY_SENSE = '~';
const CONTEXT_BIT = registerWords(CONTEXT_WORDS);

/** Keys made so far, by id: the same few hundred are made on every keystroke, and a key made once is hashed once. */
const strongKeys = new Map<string, string>();
const ordinaryKeys = new Map<string, string>();

/** `prefix + id` (STRONG or ORDINARY_SENSE and an entry id or a term), the same string each time. */
export function evidenceKey(prefix: typeof STRONG | typeof ORDINARY_SENSE, id: string): string {
  const made = prefix === STRONG ? strongKeys : ordinaryKeys;
  let key = made.get(id);
  if (key === undefined) {
    key = prefix + id;
    // Ids come from the lexicon, but acronyms and technical tokens come from the text: keep the table small.
    if (made.size >= 4096) made.clear();
    made.set(id, key);
  }
  return key;
}

/** Fills `unit.evidence` and `unit.evidenceKeys`. Linear in the tokens; one bit test for most of them. */
export function findEvidence(unit: PreparedUnit): void {
  const at: number[] = [];
  // A paragraph holds a handful of keys: a list, searched, costs less than a Set made for each paragraph.
  const keys: string[] = [];
  for (const term of unit.terms) {
    if (term.entry.sense) continue;
    at.push(term.firstToken);
    const key = term.entry.familiar ? term.entry.id : evidenceKey(STRONG, term.entry.id);
    if (!keys.includes(key)) keys.push(key);
  }
  const terms = at.length;
  const { tokens, info } = unit;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if ((info[k]?.flags ?? 0) & CONTEXT_BIT && CONTEXT_WORDS.has(token.lower)) {
      at.push(k);
      if (!keys.includes(token.lower)) keys.push(token.lower);
    } else if (token.text === 'IT') {
      at.push(k);
      if (!keys.includes('IT')) keys.push('IT');
    }
  }
  if (!at.length) return;
  // Two runs in token order (terms, then words): sorted only when both hold some.
  unit.evidence = terms && terms < at.length ? at.sort((a, b) => a - b) : at;
  unit.evidenceKeys = keys;
}

/** Is there evidence among tokens `[from, to)` other than tokens `[skipFrom, skipTo)` (the term being judged)? */
export function evidenceBetween(unit: PreparedUnit, from: number, to: number, skipFrom: number, skipTo: number): boolean {
  for (const k of unit.evidence) {
    if (k >= to) return false;
    if (k >= from && (k < skipFrom || k >= skipTo)) return true;
  }
  return false;
}

/** Does a message with these distinct pieces of evidence read as being about IT? */
export function isAboutIT(keys: Iterable<string>): boolean {
  let weight = 0;
  for (const key of keys) {
    if (key.startsWith(ORDINARY_SENSE)) continue;
    if ((weight += key.startsWith(STRONG) ? MIN_IT_EVIDENCE : 1) >= MIN_IT_EVIDENCE) return true;
  }
  return false;
}
