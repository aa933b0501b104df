/**
 * Check 7: discouraging wording ("we're swamped", "too busy", "raise a ticket and wait"). The phrases and
 * their reasoning are data: discouraging.data.ts.
 */
import { PHRASES, PRINCIPLE } from './discouraging.data.ts';
import { createWordingCheck } from './wording.ts';

/** Marks wording that discourages colleagues from asking IT early. */
export const discouragingCheck = createWordingCheck({
  id: 'discouraging',
  principle: PRINCIPLE,
  phrases: PHRASES,
});
