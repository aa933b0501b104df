/**
 * Facts are never lost: every number, date, time, percentage, name, negation and quantity in the original must
 * still be in a rewrite. Every suggestion passes `checkFacts` before it is offered.
 */

/** What kind of fact a word is; the kind decides whether case matters when it is looked for again. */
export type FactKind = 'number' | 'date' | 'name' | 'negation' | 'quantity';

/** One fact found in a sentence. */
export interface Fact {
  kind: FactKind;
  /** As written. */
  text: string;
  start: number;
  end: number;
}

/** Options for `extractFacts` and `checkFacts`. */
export interface FactOptions {
  /**
   * Ranges of the original whose facts need not survive: the jargon terms being replaced ("O365" becomes
   * "Microsoft's cloud service", and its "365" is part of a product name, not a fact).
   */
  exempt?: readonly { start: number; end: number }[];
  /** Words known to be names even where capitals cannot tell (the first word of the sentence). */
  names?: readonly string[];
}

/** The result of comparing a rewrite with its original. */
export interface FactCheck {
  ok: boolean;
  /** Each fact the rewrite states fewer times than the original, as written in the original. */
  missing: string[];
}

const DATE_WORDS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'today tonight tomorrow yesterday overnight midnight noon midday weekend weekends morning afternoon evening night nights ' +
    'week weeks fortnight month months quarter quarters year years day days hour hours minute minutes second seconds ' +
    'daily weekly monthly quarterly yearly annually hourly last next ago earlier later am pm bst gmt utc cet est pst'
  ).split(' '),
);
/** "may", "march" and "second" are dates only when capitalised or next to a number; handled in `kindOf`. */
const AMBIGUOUS_DATE_WORDS = new Set(['may', 'march', 'second', 'seconds', 'sun', 'sat', 'wed', 'mar', 'jun', 'last', 'next']);

const NEGATIONS = new Set(['not', 'never', 'no', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'cannot', 'nowhere']);

const QUANTITIES = new Set(
  (
    'all every each both several few many most half dozen dozens hundred hundreds thousand thousands million millions ' +
    'billion billions percent twice double triple once zero one two three four five six seven eight nine ten eleven twelve ' +
    'thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety ' +
    'first third fourth fifth sixth seventh eighth ninth tenth more less fewer least entire whole'
  ).split(' '),
);

/** Capitalised words that are not names wherever they stand. */
const NOT_NAMES = new Set(['I', "I'm", "I've", "I'll", "I'd", 'OK']);

const TOKEN = /[£$€]?[\p{L}\p{N}]+(?:['’.,:/-][\p{L}\p{N}]+)*%?/gu;

/** True when [start, end) overlaps a range of `sorted` (sorted by start) from index `from` on. */
function overlapsFrom(start: number, end: number, sorted: readonly { start: number; end: number }[], from: number): boolean {
  for (let k = from; k < sorted.length && sorted[k]!.start < end; k++) if (sorted[k]!.end > start) return true;
  return false;
}

function kindOf(token: string, index: number, text: string, names: ReadonlySet<string>): FactKind | null {
  if (/\p{N}/u.test(token)) return 'number';
  const lower = token.toLowerCase().replace(/’/g, "'");
  if (/n't$/.test(lower) || NEGATIONS.has(lower)) return 'negation';
  if (names.has(token)) return 'name';
  if (DATE_WORDS.has(lower)) {
    if (!AMBIGUOUS_DATE_WORDS.has(lower)) return 'date';
    // "May" the month, not "may" the verb; "last" only before a date word ("last weekend").
    if (lower === 'last' || lower === 'next') {
      const after = text
        .slice(index + token.length)
        .match(/^\s+([\p{L}]+)/u)?.[1]
        ?.toLowerCase();
      return after && DATE_WORDS.has(after) && !AMBIGUOUS_DATE_WORDS.has(after) ? 'date' : null;
    }
    if (token[0] !== token[0]!.toLowerCase() && index > 0) return 'date';
  }
  if (QUANTITIES.has(lower)) return 'quantity';
  // A capitalised word that does not start the sentence is a name: a person, a team, a product, a place.
  // Only the last few characters can end a sentence before the token; testing the whole prefix was quadratic.
  const startsSentence =
    /^[\s"'“‘([]*$/.test(text.slice(0, index)) || /[.!?:]\s+["'“‘(]*$/.test(text.slice(Math.max(0, index - 100), index));
  if (/^\p{Lu}/u.test(token) && !startsSentence && !NOT_NAMES.has(token)) return 'name';
  return null;
}

/** Lists the facts in a sentence, outside the exempt ranges. */
export function extractFacts(text: string, options: FactOptions = {}): Fact[] {
  // Sorted, with a cursor past the ranges that end before the current token: tokens come in order, so a
  // sentence with thousands of terms stays linear (a 200,000-character sentence took seconds otherwise).
  const exempt = [...(options.exempt ?? [])].sort((a, b) => a.start - b.start);
  let passed = 0;
  const names = new Set(options.names ?? []);
  const facts: Fact[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const token = m[0].replace(/[.,:]+$/, '');
    const end = start + token.length;
    while (passed < exempt.length && exempt[passed]!.end <= start) passed++;
    if (overlapsFrom(start, end, exempt, passed)) continue;
    const kind = kindOf(token, start, text, names);
    if (kind) facts.push({ kind, text: token, start, end });
  }
  return facts;
}

function keyOf(kind: FactKind, text: string): string {
  const t = text.replace(/’/g, "'");
  // Names and numbers must come back exactly; dates, negations and quantities may change case at a sentence start.
  return kind === 'name' || kind === 'number' ? t : t.toLowerCase();
}

/** Counts every token of `text` by the key a fact of each kind would be looked up by. */
function countTokens(text: string): { exact: Map<string, number>; lower: Map<string, number> } {
  const exact = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0].replace(/[.,:]+$/, '').replace(/’/g, "'");
    exact.set(token, (exact.get(token) ?? 0) + 1);
    lower.set(token.toLowerCase(), (lower.get(token.toLowerCase()) ?? 0) + 1);
    // "didn't" states a negation however it is spelled ("did not").
    if (/n't$/i.test(token)) lower.set('not', (lower.get('not') ?? 0) + 1);
  }
  return { exact, lower };
}

/**
 * Checks that `rewrite` states every fact of `original` at least as often as the original does. Extra facts in
 * the rewrite (an outcome that says "no longer") are fine; a lost one is not.
 */
export function checkFacts(original: string, rewrite: string, options: FactOptions = {}): FactCheck {
  const wanted = new Map<string, { kind: FactKind; text: string; count: number }>();
  for (const fact of extractFacts(original, options)) {
    const key = keyOf(fact.kind, fact.text) + '\u0000' + (fact.kind === 'name' || fact.kind === 'number' ? 'exact' : 'lower');
    const w = wanted.get(key);
    if (w) w.count++;
    else wanted.set(key, { kind: fact.kind, text: fact.text, count: 1 });
  }
  const { exact, lower } = countTokens(rewrite);
  const missing: string[] = [];
  for (const [key, w] of wanted) {
    const [k, mode] = key.split('\u0000') as [string, string];
    let have = mode === 'exact' ? (exact.get(k) ?? 0) : (lower.get(k) ?? 0);
    if (w.kind === 'negation' && /n't$/.test(k)) have = Math.max(have, lower.get('not') ?? 0);
    if (have < w.count) missing.push(w.text);
  }
  return { ok: missing.length === 0, missing };
}
