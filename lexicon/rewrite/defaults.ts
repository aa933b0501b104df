/** Defaults shared by the rewrite engine's entry points. */
export { DEFAULT_AUDIENCE } from '../schema.ts';
