/**
 * Turns one flagged sentence into up to three suggestions, each a whole sentence the writer could send:
 * - plain: every marked term in plain words (a name kept and glossed);
 * - outcome: the plain sentence and ONE short clause saying what the change gives the chosen reader, only where a
 *   change is announced or done and a term is what it acts on (see roles.ts, focus.ts);
 * - analogy: the plain sentence and one sentence saying what the main thing is like.
 * Every suggestion passes the gate (gate.ts): grammar, facts, echoes, repeats, length. Where none passes, the
 * engine says why instead; silence beats a bad suggestion.
 */
import { analogySentence, chooseAnalogy } from './analogy.ts';
import { DEFAULT_AUDIENCE } from './defaults.ts';
import { centralFocus, isMainTerm, outcomeFollows } from './focus.ts';
import { gateSuggestion, hasEcho, newRepeat, type GateContext } from './gate.ts';
import { composeOutcome, featureClause, saysWhy } from './outcome.ts';
import { parseSentence } from './parse.ts';
import { sentencePolarity } from './polarity.ts';
import { normalizeMatches, readsBare, substitutePlain, type PlainSubstitution } from './plain.ts';
import { phraseNumber } from './inflect.ts';
import { checkSentenceQuality, hasFinalPunctuation } from './quality.ts';
import { repairSentence } from './repair.ts';
import { ANALOGY_ROLES, OUTCOME_ROLES, sentenceRole, type SentenceRole } from './roles.ts';
import { MAX_REWRITE_WORDS, UNSAFE_MESSAGES, unsafeBeforeParse } from './safety.ts';
import { countWords } from './sentences.ts';
import type { JargonMatch, RewriteRequest, RewriteResult, UnsafeReason } from './types.ts';

/** The longest text a plain rewrite is offered for. */
const MAX_PLAIN_WORDS = 400;
/** The most terms a plain rewrite tries one by one when replacing them all at once is refused. */
const MAX_PARTIAL_TERMS = 12;
/** The longest analogy sentence offered: a title and a one-sentence picture. */
const MAX_ANALOGY_WORDS = 32;
/** The longest sentence an analogy follows: after a longer one, a second long sentence buries the point. */
const MAX_ANALOGY_BASE_WORDS = 25;

function unsafe(reason: UnsafeReason): RewriteResult['unsafe'] {
  return { reason, message: UNSAFE_MESSAGES[reason] };
}

/** The roles that rule an outcome out, with the reason the writer reads. */
const ROLE_REASON: Partial<Record<SentenceRole, UnsafeReason>> = {
  fault: 'fault',
  risk: 'risk',
  instruction: 'instruction',
  disruption: 'disruption',
  description: 'description',
  question: 'question',
  heading: 'heading',
  quote: 'quote',
};

/**
 * What the analogy sentence names as its subject: the term's plain phrase as the plain sentence has it, or the term
 * as written where it was kept (a name). "the" goes before a countable phrase ("The secure office connection works
 * like…"); a practice or a name stands bare ("Two-step sign-in works like…", "SharePoint works like…").
 */
function analogySubject(
  term: JargonMatch,
  replacements: RewriteResult['replacements'],
  sentence: string,
): { text: string; plural: boolean } | undefined {
  const replaced = replacements.find((r) => r.start <= term.start && term.end <= r.end && r.entryId === term.entry.id);
  const written = sentence.slice(term.start, term.end);
  // A name kept, or glossed ("AnyConnect, the app that…"): the name itself. A term kept as written is named as the
  // sentence names it only where that is a noun the reader can point back to (the term or its acronym); a form that
  // only describes ("multi-factor") gives "The multi-factor works like…", so the entry's plain phrase is used.
  const nounAsWritten = term.entry.name || written.toLowerCase() === term.entry.term.toLowerCase() || /^[A-Z0-9]{2,}s?$/.test(written);
  const text =
    replaced && !term.entry.name
      ? replaced.plain.replace(/^(?:the|a|an|our|your)\s+/i, '')
      : nounAsWritten
        ? written
        : (term.entry.plain[0] ?? '').replace(/^(?:the|a|an|our|your)\s+/i, '');
  if (!text || /[,;:()]/.test(text) || text.split(/\s+/).length > 5) return undefined;
  const number = phraseNumber(text);
  const bare = term.entry.name || /^\p{Lu}/u.test(text) || number !== 'singular' || readsBare(text);
  return { text: bare ? text : `the ${text}`, plural: number === 'plural' };
}

/** Are offsets `[start, end)` inside quotation marks in the sentence? Quoted words are never changed. */
function insideQuotes(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  const straight = (before.match(/"/g) ?? []).length % 2 === 1 && sentence.indexOf('"', end) >= 0;
  const curly = before.lastIndexOf('“') > before.lastIndexOf('”') && sentence.indexOf('”', end) >= 0;
  return straight || curly;
}

/**
 * The plain sentence: every term replaced where the result passes the gate; where the whole does not, the terms
 * whose replacement keeps it passing, one by one. Null when no replacement passes.
 */
function plainSentence(
  original: string,
  matches: readonly JargonMatch[],
  context: GateContext,
  finalMark: string,
): PlainSubstitution | null {
  const attempt = (subset: readonly JargonMatch[]): PlainSubstitution | null => {
    if (!subset.length) return null;
    const substitution = substitutePlain(original, subset, context.parse);
    const text = repairSentence(substitution.text, finalMark);
    if (text === original || !substitution.replacements.length) return null;
    return gateSuggestion(original, text, context) ? null : { text, replacements: substitution.replacements };
  };
  const whole = attempt(matches);
  if (whole) return whole;
  // Term by term costs a substitution and a gate per term: only for a handful of terms.
  if (matches.length > MAX_PARTIAL_TERMS) return null;
  let kept: JargonMatch[] = [];
  let best: PlainSubstitution | null = null;
  for (const match of matches) {
    const tried = attempt([...kept, match]);
    if (tried) {
      kept = [...kept, match];
      best = tried;
    }
  }
  return best;
}

/**
 * Rewrites one sentence for one audience. compromise tags only this sentence, and only when it is at most
 * `MAX_REWRITE_WORDS` long; never pass a whole message.
 */
export function rewriteSentence(request: RewriteRequest): RewriteResult {
  const audience = request.audience ?? DEFAULT_AUDIENCE;
  const original = request.text;
  const result: RewriteResult = {
    original,
    audience,
    plain: null,
    outcome: null,
    analogy: null,
    replacements: [],
    focus: null,
    analogyId: null,
    unsafe: null,
    role: null,
    nudge: null,
    choice: null,
  };
  const matches = normalizeMatches(original, request.matches).filter((m) => !insideQuotes(original, m.start, m.end));
  if (!matches.length) return { ...result, unsafe: unsafe('no-term') };
  const finalMark = /!["'”’)\]]*\s*$/.test(original)
    ? '!'
    : /\?["'”’)\]]*\s*$/.test(original)
      ? '?'
      : hasFinalPunctuation(original)
        ? '.'
        : '';
  const early = unsafeBeforeParse(original);
  const parse = countWords(original) > MAX_REWRITE_WORDS ? null : parseSentence(original);
  const context: GateContext = { exempt: matches, parse };

  // Past a few hundred words this is no sentence (a whole message, or a page pasted in): nothing is offered.
  const plain = countWords(original) > MAX_PLAIN_WORDS ? null : plainSentence(original, matches, context, finalMark);
  if (plain) {
    result.plain = plain.text;
    result.replacements = plain.replacements;
  }
  if (!parse) return { ...result, unsafe: unsafe(early ?? 'too-long') };
  const role = sentenceRole(original, parse, matches);
  result.role = role;

  const reason = ROLE_REASON[role] ?? (OUTCOME_ROLES.has(role) ? null : 'description');
  const polarity = sentencePolarity(original, parse, matches);
  const focus = centralFocus(matches, parse, original);
  if (focus) result.focus = { entryId: focus.entry.id, text: original.slice(focus.start, focus.end), start: focus.start, end: focus.end };

  // An outcome (or a choice) is built on the plain wording: where that was refused, so is the outcome (unless every
  // term is a name or a word the reader knows, which have no plain wording to refuse).
  const plainRefused = !result.plain && matches.some((m) => !m.entry.familiar && !m.entry.name);
  if (reason) result.unsafe = unsafe(reason);
  else if (polarity === 'negated') result.unsafe = unsafe('negated');
  else if (!focus) {
    result.unsafe = unsafe('no-focus');
    const options = [...new Set(matches.map((m) => m.entry.outcomes?.[audience] ?? m.entry.benefit).filter((o): o is string => !!o))];
    result.nudge = { message: UNSAFE_MESSAGES['no-focus'], options: options.slice(0, 3) };
  } else if (saysWhy(original, parse)) result.unsafe = unsafe('has-purpose');
  else if (!outcomeFollows(focus, parse, matches)) {
    // Replaced, moved, upgraded, restarted: the gain is the writer's to say. The term's outcome is one to pick from.
    result.unsafe = unsafe('depends-on-why');
    const clause = focus.entry.outcomes?.[audience] ?? focus.entry.benefit;
    if (clause) result.nudge = { message: UNSAFE_MESSAGES['depends-on-why'], options: [clause] };
    const choice = composeOutcome(original, featureClause(original, matches, parse), focus.entry, audience);
    if (choice && !plainRefused && !gateSuggestion(original, choice, context)) result.choice = choice;
  } else {
    const feature = featureClause(original, matches, parse);
    const outcome = composeOutcome(original, feature, focus.entry, audience);
    // (A sentence that says why never gets here: saysWhy above is what feature.hasPurpose reads.)
    const refused = outcome
      ? gateSuggestion(original, outcome, context)
      : focus.entry.outcomes || focus.entry.benefit
        ? 'grammar'
        : 'no-term';
    if (outcome && !refused && !plainRefused) result.outcome = outcome;
    else if (outcome && !refused) result.unsafe = unsafe('grammar');
    else result.unsafe = unsafe(refused ?? 'grammar');
  }

  // An analogy says what the main thing is like: only for a change, completed work or a description, and only the
  // analogy of the term the sentence is about.
  // Only for the sentence's central term (a description's only term), and only in a sentence short enough to carry a second one.
  const terms = matches.filter((m) => !m.entry.familiar && !m.entry.name);
  const lone = terms.length === 1 ? terms[0] : undefined;
  const subject = focus ?? (role === 'description' && lone && isMainTerm(lone, parse, original, matches) ? lone : undefined);
  // Not for a common word ("server", "migration", severity low): the reader has a rough picture already, and a
  // stock picture of what the thing is for rarely fits what the sentence says about it.
  if (subject && subject.entry.severity !== 'low' && ANALOGY_ROLES.has(role) && countWords(original) <= MAX_ANALOGY_BASE_WORDS) {
    const analogy = chooseAnalogy(subject.entry, request.analogies ?? []);
    // The sentence's own subject is what "It" points at; any other term is named.
    const isSubject = subject.end <= (parse.verbs[0]?.start ?? 0);
    const line = analogy ? analogySentence(analogy, isSubject ? undefined : analogySubject(subject, result.replacements, original)) : null;
    if (analogy && line) {
      // The analogy is a sentence of its own after the writer's (or the plain) sentence: it is judged on its own,
      // not counted as words added to the writer's sentence.
      const base = result.plain ?? original;
      if (
        !checkSentenceQuality(base).length &&
        countWords(line) <= MAX_ANALOGY_WORDS &&
        !checkSentenceQuality(line).length &&
        !hasEcho(line) &&
        !newRepeat(base, `${base} ${line}`)
      ) {
        result.analogy = `${base} ${line}`;
        result.analogyId = analogy.id;
      }
    }
  }
  return result;
}
