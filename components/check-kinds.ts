/**
 * How each check is named and coloured wherever findings are shown (popup, in-page card, options preview).
 * Seven checks are drawn in four styles, so a reader learns four colours, not seven.
 */
import { CHECK_IDS, type CheckId, type Finding, type MarkKind } from '../lexicon/types.ts';
import type { Audience } from '../lexicon/schema.ts';

/** The mark style of each check. Technical tokens read like jargon to a non-IT reader, so they share its colour. */
export const MARK_KIND: Record<CheckId, MarkKind> = {
  jargon: 'jargon',
  technical: 'jargon',
  acronym: 'acronym',
  'feature-talk': 'feature-talk',
  'us-them': 'wording',
  undermining: 'wording',
  discouraging: 'wording',
};

/** A group heading per check, written for the person reading the popup, not for developers. */
export const CHECK_LABELS: Record<CheckId, string> = {
  jargon: 'IT jargon',
  acronym: 'Unexplained acronyms',
  technical: 'Technical names and codes',
  'feature-talk': 'Says what was done, not what it gives',
  'us-them': 'Sets IT apart from the business',
  undermining: 'Undersells the work',
  discouraging: 'Discourages people from asking',
};

/** The audience choices, in the order the selector shows them, with the label used in sentences ("For the board"). */
export const AUDIENCE_LABELS: Record<Audience, { short: string; long: string }> = {
  board: { short: 'Board', long: 'the board' },
  executive: { short: 'Executives', long: 'executives' },
  manager: { short: 'Managers', long: 'department managers' },
  staff: { short: 'Staff', long: 'staff' },
};

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
    label: CHECK_LABELS[check],
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
