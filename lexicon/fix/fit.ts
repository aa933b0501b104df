/**
 * Fits a suggestion to the text it goes into, before it is inserted: the words a card or the popup shows are right
 * on their own, but the message around them decides the spacing, the capital at a sentence's start, "a" or "an",
 * and whether the words can stand where the term stood at all. `fitReplacement` returns the edit to make (its range
 * may reach over an article, a comma or a space the change leaves stranded) or refuses, saying why in plain words;
 * either way its result is checked with `joinProblems` first, so what is inserted reads cleanly at both joins.
 * Pure string work, used by the card and the popup alike (through compose/'s fix path).
 */
import { articleFor } from '../rewrite/articles.ts';
import { isSpace, isWordChar, joinProblems, startsSentence, wordAfter, wordBefore } from './join.ts';
import { canModify, DETERMINERS, endsNounPhrase } from './words.ts';

/** The edit to make: replace `[start, end)` of the text with `text`. */
export type FittedEdit = { ok: true; start: number; end: number; text: string } | { ok: false; reason: string };

const ARTICLE_AT_START = /^(?:a|an|the)\s+/i;
const CAPITALIZED_DETERMINER = /^(?:The|A|An|This|Our|Your|These|Those)\b/;

function upperFirst(text: string): string {
  // Only after opening quotes or brackets: "<img…" or "2fa" is not a word to capitalise.
  return text.replace(/^([\s"'“‘([]*)(\p{L})/u, (_, lead: string, letter: string) => lead + letter.toUpperCase());
}

function lowerFirst(text: string): string {
  return text.replace(/^(\P{L}*)(\p{L})/u, (_, lead: string, letter: string) => lead + letter.toLowerCase());
}

/** The article ("a"/"an") right for `word`, in the case of `like`. */
function articleLike(like: string, word: string): string {
  const need = articleFor(word);
  const chosen = need === 'either' ? like.toLowerCase() : need;
  return /^\p{Lu}/u.test(like) ? upperFirst(chosen) : chosen;
}

/**
 * The edit that removes `[start, end)` cleanly: a space or comma left on either side goes too, and a sentence that
 * loses its first words starts again with a capital ("Hopefully, we can…" → "We can…").
 */
function fitRemoval(text: string, start: number, end: number): FittedEdit {
  let s = start;
  let e = end;
  let insert = '';
  if (startsSentence(text, s)) {
    // The words opened the sentence: what followed them ("," and spaces) goes, and the next word takes the capital.
    // A sentence of nothing but the words ("Hopefully.") goes whole.
    while (e < text.length && /[,;:.!?…]/.test(text[e]!)) e++;
    while (e < text.length && isSpace(text[e])) e++;
    const next = wordAfter(text, e);
    if (next && next.start === e && /^\p{Ll}/u.test(next.word)) {
      insert = upperFirst(next.word);
      e = next.end;
    }
    return { ok: true, start: s, end: e, text: insert };
  }
  let before = s;
  while (before > 0 && isSpace(text[before - 1])) before--;
  let after = e;
  while (after < text.length && isSpace(text[after])) after++;
  const left = text[before - 1];
  const right = text[after];
  if (left === ',' && right === ',') {
    // "we will, hopefully, finish": both commas go with the words.
    s = before - 1;
    e = after + 1;
  } else if (right !== undefined && /[.!?…,;:)]/.test(right)) {
    // "Friday, hopefully." → "Friday."; "us hopefully." → "us."
    s = left === ',' && /[.!?…)]/.test(right) ? before - 1 : before;
    e = after;
  } else if (before < s && after > e) {
    e = after; // one space stays, the one before
  }
  return { ok: true, start: s, end: e, text: insert };
}

/**
 * The edit that puts `replacement` in place of `[start, end)` of `text`, adjusted to read as English there, or a
 * refusal. Adjustments: spaces at both joins (none doubled, none missing); a capital when the words start a
 * sentence; "a"/"an" before them agreeing with their first word; no word doubled at a join ("the the"); an article
 * of their own dropped where the text already has one. A removal takes the space or comma it would strand with it.
 * Refused: a phrase that cannot stand before the noun that follows the term ("…spreading across the internet issue"),
 * and any edit whose joins would still read badly.
 */
export function fitReplacement(text: string, start: number, end: number, replacement: string): FittedEdit {
  if (start < 0 || end < start || end > text.length)
    return { ok: false, reason: 'The text changed since it was checked, so nothing was replaced.' };
  let insert = replacement.replace(/\s+/g, ' ').trim();
  const fitted = insert === '' ? fitRemoval(text, start, end) : fitWords(text, start, end, insert);
  if (!fitted.ok) return fitted;
  insert = fitted.text;
  // The check after: the text as it will read, judged at the joins against how they read before.
  const result = text.slice(0, fitted.start) + insert + text.slice(fitted.end);
  const already = new Set(joinProblems(text, start, end));
  const problems = joinProblems(result, fitted.start, fitted.start + insert.length).filter((p) => !already.has(p));
  if (problems.length) return { ok: false, reason: `That change would leave ${problems[0]} in the message, so nothing was replaced.` };
  return fitted;
}

function fitWords(text: string, start: number, end: number, insert: string): FittedEdit {
  let s = start;
  const e = end;
  const left = text[s - 1];
  const right = text[e];
  const previous = isSpace(left) ? wordBefore(text, s) : null;
  const next = isSpace(right) ? wordAfter(text, e) : null;
  const atSentenceStart = startsSentence(text, s);

  // "the" + "a second sign-in check": the text already opened the noun phrase.
  if (previous && DETERMINERS.has(previous.word.toLowerCase()) && ARTICLE_AT_START.test(insert))
    insert = insert.replace(ARTICLE_AT_START, '');

  // The term describes the noun after it ("DNS propagation issue"): only a short, plain phrase can do that.
  if (next && /^\p{Ll}/u.test(next.word) && !endsNounPhrase(next.word.toLowerCase())) {
    // Its own article goes, unless it replaces one ("an MFA prompt" → "a second sign-in check prompt").
    if (!ARTICLE_AT_START.test(text.slice(start, end))) insert = insert.replace(ARTICLE_AT_START, '');
    if (!canModify(insert))
      return {
        ok: false,
        reason: `“${insert}” does not fit before “${next.word}”, so nothing was replaced. Try the rewrite, or reword it yourself.`,
      };
  }

  // The same word on both sides of a join: "the the", "to to".
  if (previous) {
    const first = wordAfter(insert, 0);
    if (first && first.start === 0 && first.word.toLowerCase() === previous.word.toLowerCase() && !/^\d+$/.test(first.word))
      insert = insert.slice(first.end).trimStart();
  }
  if (next) {
    const last = wordBefore(insert, insert.length);
    if (
      last &&
      last.start + last.word.length === insert.length &&
      last.word.toLowerCase() === next.word.toLowerCase() &&
      !/^\d+$/.test(last.word)
    )
      insert = insert.slice(0, last.start).trimEnd();
  }
  if (!insert) return fitRemoval(text, start, end);

  // A capital where the words start a sentence; none on a plain "the" in the middle of one.
  if (atSentenceStart) insert = upperFirst(insert);
  else if (CAPITALIZED_DETERMINER.test(insert) && /^\p{Ll}/u.test(text.slice(start, end))) insert = lowerFirst(insert);

  // "a"/"an" before the words agrees with their first word ("an MFA prompt" → "a second sign-in check prompt").
  if (previous && /^an?$/i.test(previous.word)) {
    const first = wordAfter(insert, 0)?.word ?? '';
    const article = articleLike(previous.word, first);
    if (first && article !== previous.word) {
      insert = article + text.slice(previous.start + previous.word.length, s) + insert;
      s = previous.start;
    }
  }

  // Spaces at the joins: never two, never none between words or after a sentence's end.
  if ((isWordChar(left) || /[.!?,;:]/.test(left ?? '')) && isWordChar(insert[0]) && s === start) insert = ` ${insert}`;
  if (isWordChar(right) && (isWordChar(insert[insert.length - 1]) || /[.!?,;:]/.test(insert[insert.length - 1]!))) insert = `${insert} `;
  // A sentence that ends in its own full stop, where the text already has one.
  if (/[.!?]$/.test(insert) && right !== undefined && /[.!?]/.test(right)) insert = insert.slice(0, -1);
  return { ok: true, start: s, end: e, text: insert };
}

/**
 * Where and how to insert a whole sentence near `offset`: at the end of the sentence that holds the offset (never
 * inside a sentence), with one space on each side where words meet.
 */
export function fitSentenceInsertion(
  text: string,
  offset: number,
  sentence: string,
  sentences: ReadonlyArray<{ start: number; end: number }>,
): FittedEdit {
  let at = Math.max(0, Math.min(offset, text.length));
  const holding = sentences.find((s) => s.start < at && at < s.end);
  if (holding) at = holding.end;
  let insert = upperFirst(sentence.replace(/\s+/g, ' ').trim());
  if (!insert) return { ok: false, reason: 'There is no sentence to insert.' };
  if (!/[.!?…]["'”’)]*$/.test(insert)) insert += '.';
  const left = text[at - 1];
  const right = text[at];
  if (left !== undefined && !isSpace(left) && left !== '\n') insert = ` ${insert}`;
  if (right !== undefined && !isSpace(right) && right !== '\n') insert = `${insert} `;
  const result = text.slice(0, at) + insert + text.slice(at);
  const already = new Set(joinProblems(text, at, at));
  const problems = joinProblems(result, at, at + insert.length).filter((p) => !already.has(p));
  if (problems.length) return { ok: false, reason: `Inserting there would leave ${problems[0]} in the message, so nothing was inserted.` };
  return { ok: true, start: at, end: at, text: insert };
}
