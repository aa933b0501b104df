/**
 * Each check's marks are drawn in one of four styles, so a writer learns to tell them apart at a glance.
 */
import type { CheckId, MarkKind } from '../lexicon/types.ts';

export type { MarkKind };

export const MARK_KINDS: readonly MarkKind[] = ['jargon', 'acronym', 'feature-talk', 'wording'];

/** The style a check's marks are drawn in. Technical tokens read like jargon to a newcomer. */
export function markKindOf(check: CheckId): MarkKind {
  switch (check) {
    case 'jargon':
    case 'technical':
      return 'jargon';
    case 'acronym':
      return 'acronym';
    case 'feature-talk':
      return 'feature-talk';
    default:
      return 'wording';
  }
}

/** The card's heading for each kind. */
export const KIND_LABELS: Record<MarkKind, string> = {
  jargon: 'IT jargon',
  acronym: 'Unexplained acronym',
  'feature-talk': 'Feature-talk',
  wording: 'Wording',
};

/** Colours shared by highlights, overlay boxes and the card's accent. */
export const KIND_COLOURS: Record<MarkKind, { line: string; fill: string; style: 'solid' | 'dotted' | 'wavy' | 'dashed' }> = {
  jargon: { line: '#d97706', fill: 'rgba(245, 158, 11, 0.16)', style: 'solid' },
  acronym: { line: '#7c3aed', fill: 'rgba(124, 58, 237, 0.12)', style: 'dotted' },
  'feature-talk': { line: '#2563eb', fill: 'rgba(37, 99, 235, 0.10)', style: 'wavy' },
  wording: { line: '#dc2626', fill: 'rgba(220, 38, 38, 0.10)', style: 'dashed' },
};
