/**
 * What each check is, in one table: the style its marks are drawn in, its title, and whether "Always allow this
 * term" is offered for its findings; and, below it, what each check looks for. The page, the in-page card, the popup
 * and the options page all read them from here. It is plain data, so the popup and options page read it without
 * loading any check.
 * The checks themselves are registered in ./index.ts, which must implement every id listed here, in this order.
 */
import { allowTermProblem } from '../match/allow.ts';
import type { MarkKind } from '../types.ts';

export interface CheckInfo {
  /** Which of the four mark styles draws its findings. */
  kind: MarkKind;
  /** A short name for the reader of the popup, the card and the settings (not for developers). */
  title: string;
  /**
   * Whether its findings offer "Always allow this term". True only for checks that honour the allow list: a term
   * allowed there is never marked again. The analyzer reads it to know which checks' findings an allowed term
   * silences (lexicon/analyze/analyzer.ts), so the offer and the silence cannot drift apart.
   */
  canAllow: boolean;
}

/** Every check, in the order the popup groups and the settings list them. */
export const CHECK_CATALOG = {
  jargon: {
    kind: 'jargon',
    title: 'IT jargon',
    canAllow: true,
  },
  acronym: {
    kind: 'acronym',
    title: 'Unexplained acronyms',
    canAllow: true,
  },
  technical: {
    // Technical tokens read like jargon to a non-IT reader, so they share its style.
    kind: 'jargon',
    title: 'Technical names and codes',
    canAllow: true,
  },
  'feature-talk': {
    kind: 'feature-talk',
    title: 'Says what was done, not what it gives',
    canAllow: false,
  },
  'us-them': {
    kind: 'wording',
    title: 'Sets IT apart from the business',
    canAllow: true,
  },
  undermining: {
    kind: 'wording',
    title: 'Undersells the work',
    canAllow: true,
  },
  discouraging: {
    kind: 'wording',
    title: 'Discourages people from asking',
    canAllow: true,
  },
} as const satisfies Record<string, CheckInfo>;

export type CheckId = keyof typeof CHECK_CATALOG;

/**
 * What each check looks for, in one sentence, for the options page. Kept apart from the rows above so the content
 * script, which never shows them, does not carry them: its size has a budget (tests/e2e/bundle-size.spec.ts).
 */
export const CHECK_DESCRIPTIONS: Readonly<Record<CheckId, string>> = {
  jargon: 'Marks IT terms a colleague outside IT may not know and offers plain words for them.',
  acronym: 'Marks acronyms the message never spells out, except the ones everybody at work knows (CEO, HR, KPI, ROI…).',
  technical: 'Marks product and protocol names, error codes, file paths, server names and metric shorthand that mean nothing outside IT.',
  'feature-talk': 'Marks sentences that say what IT did but not what it does for anyone, and messages that never state an outcome.',
  'us-them': 'Marks wording that sets IT outside the business ("the business", "end users") and offers wording that puts it back inside.',
  undermining: 'Marks wording that undersells the work ("just", "only a small fix", "sorry for the delay", "hopefully").',
  discouraging: 'Marks wording that keeps colleagues from asking IT early ("we\'re swamped", "raise a ticket and wait").',
};

/** Every check id, in the catalog's order. */
export const CHECK_IDS = Object.keys(CHECK_CATALOG) as readonly CheckId[];

/** The catalog row of a check. */
export function checkInfo(id: CheckId): CheckInfo {
  return CHECK_CATALOG[id];
}

/**
 * Whether a finding offers "Always allow this term": its check honours the allow list, it marks words, not the
 * message, and those words can go on the allow list (the rule every way of allowing shares: allowTermProblem). The
 * card and the popup both ask this.
 */
export function canAllowFinding(finding: { check: CheckId; wholeMessage?: boolean; text: string }): boolean {
  return !finding.wholeMessage && CHECK_CATALOG[finding.check].canAllow && allowTermProblem(finding.text) === null;
}
