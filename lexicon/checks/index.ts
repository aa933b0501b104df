/**
 * The registry of checks. Adding a check: write lexicon/checks/NAME.ts exporting a `Check` (and NAME.data.ts for
 * its phrases beside it), give it a row in catalog.ts (style, title, description, whether it can be allowed), add
 * one line here, and give it a table test in tests/unit/lexicon/checks/. The compiler refuses a catalog row
 * without a line here.
 */
import { acronymCheck } from './acronym.ts';
import { CHECK_IDS, type CheckId } from './catalog.ts';
import { discouragingCheck } from './discouraging.ts';
import { featureTalkCheck } from './feature-talk.ts';
import { jargonCheck } from './jargon.ts';
import { technicalCheck } from './technical.ts';
import type { Check } from './types.ts';
import { underminingCheck } from './undermining.ts';
import { usThemCheck } from './us-them.ts';

const REGISTRY: Record<CheckId, Check<unknown>> = {
  jargon: jargonCheck,
  acronym: acronymCheck,
  technical: technicalCheck,
  'feature-talk': featureTalkCheck,
  'us-them': usThemCheck,
  undermining: underminingCheck,
  discouraging: discouragingCheck,
};

/** Every check, in the catalog's order. */
export const CHECKS: readonly Check<unknown>[] = CHECK_IDS.map((id) => REGISTRY[id]);

export { CHECK_CATALOG, CHECK_DESCRIPTIONS, CHECK_IDS, canAllowFinding, checkInfo, type CheckId, type CheckInfo } from './catalog.ts';
/** The shapes a check is written against. */
export type { Check, CheckContext, DraftFinding, MessageView, PlacedResult, UnitResult } from './types.ts';
