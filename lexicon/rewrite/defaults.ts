/** Defaults shared by the rewrite engine's entry points. */
import type { Audience } from '../schema.ts';

/** The audience used when a caller names none: the executive team reads most IT updates. */
export const DEFAULT_AUDIENCE: Audience = 'executive';
