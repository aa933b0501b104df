/**
 * Check 6: self-undermining wording ("just", "only a small fix", "sorry for the delay", "hopefully", "I think").
 * The phrases and their reasoning are data: undermining.data.ts.
 */
import { PHRASES, PRINCIPLE } from './undermining.data.ts';
import { createWordingCheck } from './wording.ts';

/** Marks wording that undersells IT's work. */
export const underminingCheck = createWordingCheck({
  id: 'undermining',
  principle: PRINCIPLE,
  phrases: PHRASES,
});
