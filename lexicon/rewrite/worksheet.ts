/**
 * The features → benefits → outcomes worksheet: three editable columns, prefilled from the lexicon, and the one
 * sentence they compose, ready for "insert into message".
 */
import { DEFAULT_AUDIENCE } from './defaults.ts';
import { checkFacts } from './facts.ts';
import { chooseFocus } from './focus.ts';
import { featureClause, joinOutcome, tidyClause } from './outcome.ts';
import { parseSentence } from './parse.ts';
import { sentencePolarity } from './polarity.ts';
import { repairSentence } from './repair.ts';
import { normalizeMatches, substitutePlain } from './plain.ts';
import { checkSentenceQuality } from './quality.ts';
import { MAX_REWRITE_WORDS } from './safety.ts';
import { countWords } from './sentences.ts';
import type { ComposedSentence, RewriteRequest, Worksheet } from './types.ts';

const PURPOSE_IN_FEATURE = /\b(?:so that|which means|in order to)\b/i;

/**
 * Prefills the worksheet for one sentence: the feature is the sentence in plain words, the benefit and outcome
 * come from the term the sentence is about. With no lexicon term, benefit and outcome start empty for the user.
 */
export function buildWorksheet(request: RewriteRequest): Worksheet {
  const audience = request.audience ?? DEFAULT_AUDIENCE;
  const text = request.text;
  const matches = normalizeMatches(text, request.matches);
  const termRanges = matches.map((m) => ({ start: m.start, end: m.end }));
  const short = countWords(text) <= MAX_REWRITE_WORDS;
  const parse = short && matches.length ? parseSentence(text) : null;
  const feature = parse
    ? featureClause(text, matches, parse).text
    : substitutePlain(text, matches, null).text.replace(/[\s.!?…,;:]+$/u, '');
  const focus = chooseFocus(matches, parse, text);
  const entry = focus?.entry;
  const polarity = parse ? sentencePolarity(text, parse, matches) : 'done';
  const claimable = polarity === 'done' || polarity === 'fault';
  return {
    original: text,
    audience,
    entryId: entry?.id ?? null,
    feature,
    benefit: claimable && entry?.benefit ? tidyClause(entry.benefit) : '',
    outcome: claimable && entry?.outcomes ? tidyClause(entry.outcomes[audience]) : '',
    termRanges,
    polarity,
  };
}

/**
 * Composes the worksheet's columns into one sentence ("{feature}, so that {benefit}, and {outcome}."), and says
 * what stops it being safe to insert: a fact of the original it lost, or a grammar problem.
 */
export function composeWorksheetSentence(worksheet: Worksheet): ComposedSentence {
  const feature = worksheet.feature.trim();
  if (!feature) return { text: '', missingFacts: [], problems: ['the feature column is empty'] };
  const finalMark = /!\s*$/.test(worksheet.original) ? '!' : '.';
  let text: string;
  if (worksheet.polarity === 'fault') {
    // "The VPN is down. Once this is fixed, you can reach shared drives from home."
    const clauses = [...new Set([worksheet.benefit, worksheet.outcome].map((c) => tidyClause(c)).filter(Boolean))];
    const fixed = clauses.length ? ` Once this is fixed, ${clauses.join(', and ')}.` : '';
    text = repairSentence(feature, finalMark) + fixed;
  } else {
    text = joinOutcome({
      feature,
      benefit: worksheet.benefit,
      outcome: worksheet.outcome,
      hasPurpose: PURPOSE_IN_FEATURE.test(feature),
      finalMark,
    });
  }
  const facts = checkFacts(worksheet.original, text, { exempt: worksheet.termRanges });
  return { text, missingFacts: facts.missing, problems: checkSentenceQuality(text) };
}
