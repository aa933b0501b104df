/**
 * compose/: the page integration. Mount it on a document with an analyser and settings; it finds compose
 * boxes, marks findings, and applies fixes through each editor's own input path.
 */
export { mountComposeIntegration, type MountOptions } from './mount.ts';
export { NEXT_MARK_SHORTCUT, isNextMarkShortcut } from './keyboard-shortcut.ts';
export { badgeLabel } from './ui/badge.ts';
export { HOST_TAG } from './ui/ui-layer.ts';
export type * from './types.ts';
