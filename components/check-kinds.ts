/**
 * What the popup and options page need to show findings: findings grouped by check, and the context around a
 * finding. Each check's style, title and description are in lexicon/checks/catalog.ts.
 */
import { CHECK_CATALOG, CHECK_IDS, type CheckId } from '../lexicon/checks/catalog.ts';
import type { Finding } from '../lexicon/types.ts';
import { KIND_LABELS } from '../compose/mark-kinds.ts';

export interface FindingGroup {
  check: CheckId;
  label: string;
  findings: Finding[];
}

/**
 * Groups findings by check in the fixed check order, each group in text order (whole-message findings last,
 * since they point at no particular words). Empty groups are left out.
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const byStart = (a: Finding, b: Finding) => Number(!!a.wholeMessage) - Number(!!b.wholeMessage) || a.start - b.start || a.end - b.end;
  return CHECK_IDS.map((check) => ({
    check,
    label: CHECK_CATALOG[check].title,
    findings: findings.filter((f) => f.check === check).sort(byStart),
  })).filter((group) => group.findings.length > 0);
}

/** The marked words with a little text either side, cut at word boundaries, so a finding can be recognised. */
export interface FindingContext {
  before: string;
  marked: string;
  after: string;
}

/**
 * Cuts the context around [start, end) to about `radius` characters a side, with ellipses where text was cut.
 * `bounds` (usually the sentence) limits it further, so the context reads as one thought.
 */
export function contextAround(
  text: string,
  start: number,
  end: number,
  radius = 48,
  bounds?: { start: number; end: number },
): FindingContext {
  const lo = Math.max(0, Math.min(bounds?.start ?? 0, start));
  const hi = Math.min(text.length, Math.max(bounds?.end ?? text.length, end));
  const from = Math.max(lo, start - radius);
  const to = Math.min(hi, end + radius);
  let before = text.slice(from, start);
  let after = text.slice(end, to);
  // Stop at a paragraph break: text from another paragraph is noise, not context.
  const lastBreak = before.lastIndexOf('\n');
  const cutBefore = lastBreak >= 0 || from === lo;
  if (lastBreak >= 0) before = before.slice(lastBreak + 1);
  else if (from > lo) before = before.replace(/^\S*\s/, '');
  const firstBreak = after.indexOf('\n');
  const cutAfter = firstBreak >= 0 || to === hi;
  if (firstBreak >= 0) after = after.slice(0, firstBreak);
  else if (to < hi) after = after.replace(/\s\S*$/, '');
  return {
    before: (cutBefore ? '' : '…') + before.replace(/\s+/g, ' ').trimStart(),
    marked: text.slice(start, end).replace(/\s+/g, ' '),
    after: after.replace(/\s+/g, ' ').trimEnd() + (cutAfter ? '' : '…'),
  };
}

/**
 * The label of a finding, the same words the in-page card's heading shows: the name of its mark style ("IT
 * jargon", "Feature-talk"), short enough for one line; the check's longer title is the card's tooltip.
 */
export function kindLabelOf(check: CheckId): string {
  return KIND_LABELS[CHECK_CATALOG[check].kind];
}
