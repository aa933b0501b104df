/**
 * The list of checks. Adding a check: write lexicon/checks/NAME.ts exporting a `Check` (and its data file
 * beside it), add it here, add its id to CHECK_IDS in lexicon/types.ts, and give it a table test in
 * tests/unit/lexicon/checks/.
 */
import { acronymCheck } from './acronym.ts';
import { discouragingCheck } from './discouraging.ts';
import { featureTalkCheck } from './feature-talk.ts';
import { jargonCheck } from './jargon.ts';
import { technicalCheck } from './technical.ts';
import type { Check } from './types.ts';
import { underminingCheck } from './undermining.ts';
import { usThemCheck } from './us-them.ts';

/** Every check, in the order of CHECK_IDS. */
export const CHECKS: readonly Check<unknown>[] = [
  jargonCheck,
  acronymCheck,
  technicalCheck,
  featureTalkCheck,
  usThemCheck,
  underminingCheck,
  discouragingCheck,
];

/** The shapes a check is written against. */
export type { Check, CheckContext, DraftFinding, MessageView, PlacedResult, UnitResult } from './types.ts';
