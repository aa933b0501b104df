/**
 * The grammar gate every suggestion passes before it is offered: a suggestion that fails is not shown.
 * These are the mistakes word substitution makes ("a an", doubled words, lost capitals or full stops).
 */
import { isWrongArticle } from './articles.ts';

/** Word pairs that are correct when doubled ("that that", "had had"). */
const DOUBLING_ALLOWED = new Set(['that', 'had', 'is', 'do', 'very', 'bye', 'no']);

/** A word made of letters, with an optional inner apostrophe or hyphen. */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** True when the text ends like a sentence: a full stop, "!" or "?", optionally inside a closing quote or bracket. */
export function hasFinalPunctuation(text: string): boolean {
  return /[.!?…]["'”’)\]]*\s*$/.test(text);
}

/** True when the first word starts with a capital (or a digit, or is a brand spelled like "iPhone"). */
export function hasCapitalStart(text: string): boolean {
  const first = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/u)?.[0];
  if (!first) return false;
  const c = first[0]!;
  return c !== c.toLowerCase() || /\p{N}/u.test(c) || /\p{Lu}/u.test(first.slice(1));
}

/** Lists what is wrong with a sentence; an empty list means it may be offered. */
export function checkSentenceQuality(text: string): string[] {
  const problems: string[] = [];
  if (!text.trim()) return ['the sentence is empty'];
  if (!hasCapitalStart(text)) problems.push('does not start with a capital');
  if (!hasFinalPunctuation(text)) problems.push('has no final punctuation');
  if (/ {2,}/.test(text.trim())) problems.push('has a double space');
  if (/\s[,.;:!?](?!\d)/.test(text)) problems.push('has a space before punctuation');
  if (/[,;:]\s*[,.;:]|\.\s*[,;]|\.\.(?!\.)/.test(text.replace(/\.{3}/g, '…'))) problems.push('has doubled punctuation');
  // "…on Monday, A second check": a determiner keeps a capital only at the start of a sentence.
  const midCapital = text.match(/[\p{Ll}\d,;]\s+(A|An|Our|Their|Your|Its)\s+\p{Ll}/u);
  if (midCapital) problems.push(`"${midCapital[1]}" has a capital in the middle of a sentence`);
  const words = [...text.matchAll(WORD)];
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1]!;
    const between = text.slice(a.index + a[0].length, b.index);
    if (!/^\s+$/.test(between)) continue;
    const word = a[0].toLowerCase();
    if ((word === 'a' || word === 'an') && isWrongArticle(word, b[0])) problems.push(`"${a[0]}" before "${b[0]}"`);
    if (word === b[0].toLowerCase() && !DOUBLING_ALLOWED.has(word) && !/^\p{N}+$/u.test(word)) problems.push(`doubled word "${a[0]}"`);
    if ((word === 'a' || word === 'an' || word === 'the') && /^(?:a|an|the|our|your|their|my)$/i.test(b[0]))
      problems.push(`two determiners "${a[0]} ${b[0]}"`);
  }
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    if (depth < 0) break;
  }
  if (depth !== 0) problems.push('has unbalanced brackets');
  return problems;
}
