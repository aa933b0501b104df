/**
 * Generated IT messages and every suggestion the product offers for them, for the score's property test
 * (score-property.test.ts): built from the built-in lexicon's terms, report verbs, outcome clauses and the
 * wording the checks flag.
 */
import fc from 'fast-check';
import { builtInEntries } from '../../../../lexicon/data/index.ts';
import { analyze, type Audience, AUDIENCES, type Finding } from '../../../../lexicon/index.ts';
import { rewriteText, splitSentences } from '../../../../lexicon/rewrite/index.ts';

/** Lexicon terms a writer would put after a verb ("the VPN"), skipping familiar words the checks never mark. */
const TERMS = builtInEntries
  .filter((e) => !e.familiar && !e.sense && !e.disabled && /^[\p{L}\d][\p{L}\d \-/.]*$/u.test(e.term))
  .map((e) => e.term);

const SUBJECTS = ['We', 'The team', 'IT', 'I', 'Our engineers'];
const VERBS = ['migrated', 'patched', 'upgraded', 'rolled out', 'replaced', 'restarted', 'configured', 'moved', 'enforced', 'deployed'];
const TAILS = ['', ' on Friday', ' over the weekend', ' for all staff', ' last night', ' in the London office', ' before the audit'];
const OUTCOMES = [
  '',
  ', so that staff can work from home',
  ', so that invoices go out a day sooner',
  ', which means customers can pay online again',
];
const OPENERS = ['', 'Just ', 'Hopefully ', 'Sorry for the delay, but ', 'As usual, '];
const CLOSERS = [
  '',
  ' End users should raise a ticket and wait.',
  " We're swamped, so bear with us.",
  ' IT exists to support the business.',
  ' Thanks for your patience.',
  ' The printers on the second floor work again.',
];

const sentence = fc
  .record({
    opener: fc.constantFrom(...OPENERS),
    subject: fc.constantFrom(...SUBJECTS),
    verb: fc.constantFrom(...VERBS),
    article: fc.constantFrom('the ', 'our ', 'a new ', ''),
    term: fc.constantFrom(...TERMS),
    second: fc.option(fc.constantFrom(...TERMS), { nil: undefined }),
    tail: fc.constantFrom(...TAILS),
    outcome: fc.constantFrom(...OUTCOMES),
  })
  .map(({ opener, subject, verb, article, term, second, tail, outcome }) => {
    const inner = subject === 'I' || subject === 'IT' ? subject : subject.charAt(0).toLowerCase() + subject.slice(1);
    const start = opener ? `${opener}${inner}` : subject;
    const object = second ? `${article}${term} and the ${second}` : `${article}${term}`;
    return `${start} ${verb} ${object}${tail}${outcome}.`;
  });

export const message = fc
  .record({
    greeting: fc.constantFrom('', 'Hi all,\n\n', 'Hello team, a quick update.\n\n'),
    sentences: fc.array(sentence, { minLength: 1, maxLength: 5 }),
    closer: fc.constantFrom(...CLOSERS),
    audience: fc.constantFrom<Audience>(...AUDIENCES),
  })
  .map(({ greeting, sentences, closer, audience }) => ({ text: `${greeting}${sentences.join(' ')}${closer}`, audience }));

export interface Edit {
  what: string;
  start: number;
  end: number;
  text: string;
}

/** Every suggestion for a message: those findings carry, and the rewrite engine's for each flagged sentence. */
export function suggestionsFor(text: string, audience: Audience): Edit[] {
  const edits: Edit[] = [];
  const { findings } = analyze(text, { audience });
  for (const f of findings) {
    for (const s of f.suggestions) {
      edits.push({ what: `${f.check} ${s.kind} "${f.text}"`, start: s.start ?? f.start, end: s.end ?? f.end, text: s.text });
    }
  }
  for (const span of splitSentences(text)) {
    if (!findings.some((f) => !f.wholeMessage && f.start < span.end && f.end > span.start)) continue;
    const result = rewriteText(span.text, { audience });
    for (const r of result.replacements)
      edits.push({ what: `fitted plain "${r.text}"`, start: span.start + r.start, end: span.start + r.end, text: r.plain });
    if (result.plain) edits.push({ what: 'plain sentence', start: span.start, end: span.end, text: result.plain });
    if (result.outcome) edits.push({ what: 'outcome rewrite', start: span.start, end: span.end, text: result.outcome });
  }
  return edits;
}

/** What a finding is about, to tell the findings an edit leaves from the ones it brings: its check and words. */
const about = (f: Finding) => `${f.check}\u0000${f.text.toLowerCase()}`;
const sentenceNotes = (fs: readonly Finding[]) => fs.filter((f) => f.check === 'feature-talk').length;

/**
 * What `after` finds that `before` did not: a suggestion that brings a finding (a plain phrase that runs into
 * the next word and makes a new term: "ISP circuit" → "…our internet circuit") is a fault of that suggestion,
 * not of the score, and is reported on its own. Feature-talk findings span their sentence, whose words the
 * edit changes, so only a rise in their number counts.
 */
export function newFindings(before: readonly Finding[], after: readonly Finding[]): string[] {
  const had = new Map<string, number>();
  for (const f of before) had.set(about(f), (had.get(about(f)) ?? 0) + 1);
  const fresh: string[] = [];
  for (const f of after) {
    if (f.check === 'feature-talk') continue;
    const n = had.get(about(f)) ?? 0;
    if (n > 0) had.set(about(f), n - 1);
    else fresh.push(`${f.check} "${f.text}"`);
  }
  const more = sentenceNotes(after) - sentenceNotes(before);
  if (more > 0) fresh.push(`${more} more feature-talk`);
  return fresh;
}
