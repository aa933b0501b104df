/**
 * Check 5: us-and-them wording ("the business", "support the business", "end users", "users"). The phrases
 * and their reasoning are data: us-them.data.ts.
 */
import { PHRASES, PRINCIPLE } from './us-them.data.ts';
import { createWordingCheck } from './wording.ts';

/** Marks wording that sets IT apart from the rest of the business. */
export const usThemCheck = createWordingCheck({
  id: 'us-them',
  principle: PRINCIPLE,
  phrases: PHRASES,
});
