/**
 * Turns one flagged sentence into three suggestions (plain, outcome, analogy), each checked for grammar and for
 * lost facts before it is offered. Where a rewrite is not safe, only the plain wording is offered, with a reason.
 */
import { analogySentence, chooseAnalogy } from './analogy.ts';
import { DEFAULT_AUDIENCE } from './defaults.ts';
import { checkFacts } from './facts.ts';
import { chooseFocus } from './focus.ts';
import { composeOutcome, featureClause } from './outcome.ts';
import { parseSentence, type SentenceParse } from './parse.ts';
import { sentencePolarity } from './polarity.ts';
import { normalizeMatches, substitutePlain } from './plain.ts';
import { checkSentenceQuality } from './quality.ts';
import { repairSentence } from './repair.ts';
import { UNSAFE_MESSAGES, unsafeAfterParse, unsafeBeforeParse } from './safety.ts';
import type { JargonMatch, RewriteRequest, RewriteResult, UnsafeReason } from './types.ts';

/** Why a candidate suggestion was refused, or null when it may be offered. */
function refuse(original: string, candidate: string, matches: readonly JargonMatch[], parse: SentenceParse | null): UnsafeReason | null {
  if (checkSentenceQuality(candidate).length) return 'grammar';
  const facts = checkFacts(original, candidate, { exempt: matches, names: parse?.names ?? [] });
  return facts.ok ? null : 'facts-lost';
}

function unsafe(reason: UnsafeReason): RewriteResult['unsafe'] {
  return { reason, message: UNSAFE_MESSAGES[reason] };
}

/**
 * Rewrites one sentence for one audience. compromise tags only this sentence, and only when it is at most
 * `MAX_REWRITE_WORDS` long; never pass a whole message.
 */
export function rewriteSentence(request: RewriteRequest): RewriteResult {
  const audience = request.audience ?? DEFAULT_AUDIENCE;
  const original = request.text;
  const matches = normalizeMatches(original, request.matches);
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
  };
  if (!matches.length) return { ...result, unsafe: unsafe('no-term') };
  const finalMark = /!["'”’)\]]*\s*$/.test(original) ? '!' : /\?["'”’)\]]*\s*$/.test(original) ? '?' : '.';

  const early = unsafeBeforeParse(original);
  const parse = early === 'too-long' ? null : parseSentence(original);
  const substitution = substitutePlain(original, matches, parse);
  result.replacements = substitution.replacements;
  const plain = repairSentence(substitution.text, finalMark);
  const plainRefused = refuse(original, plain, matches, parse);
  if (plainRefused) return { ...result, unsafe: unsafe(plainRefused) };
  result.plain = plain;

  const reason = early ?? (parse ? unsafeAfterParse(parse) : null);
  if (reason || !parse) return { ...result, unsafe: unsafe(reason ?? 'too-long') };

  const polarity = sentencePolarity(original, parse, matches);
  if (polarity === 'past-fault' || polarity === 'negated') return { ...result, unsafe: unsafe(polarity) };

  const focusMatch = chooseFocus(matches, parse, original);
  if (!focusMatch) return { ...result, unsafe: unsafe('no-term') };
  result.focus = {
    entryId: focusMatch.entry.id,
    text: original.slice(focusMatch.start, focusMatch.end),
    start: focusMatch.start,
    end: focusMatch.end,
  };

  const outcome = composeOutcome(original, featureClause(original, matches, parse), focusMatch.entry, audience, polarity === 'fault');
  if (!outcome) return { ...result, unsafe: unsafe('too-long') };
  const outcomeRefused = refuse(original, outcome, matches, parse);
  if (outcomeRefused) return { ...result, unsafe: unsafe(outcomeRefused) };
  result.outcome = outcome;

  const analogy = chooseAnalogy(focusMatch.entry, request.analogies ?? []);
  if (analogy) {
    const withAnalogy = `${outcome} ${analogySentence(analogy)}`;
    if (!refuse(original, withAnalogy, matches, parse)) {
      result.analogy = withAnalogy;
      result.analogyId = analogy.id;
    }
  }
  return result;
}
