/**
 * The shapes of the IT update: a win logged as the work happens, the period and audience an update is for, and
 * the draft the composer makes from them. Pure data: no DOM, no extension APIs.
 */
import type { Audience } from '../schema.ts';

export type { Audience };

/** The business goals every organisation has; an organisation adds its own (`OrgGoal`). */
export const BUILT_IN_GOALS = ['revenue', 'cost', 'risk', 'time', 'customer', 'compliance'] as const;
export type BuiltInGoal = (typeof BUILT_IN_GOALS)[number];

/** A goal the organisation set in options or by policy, e.g. `{ id: 'open-second-site', label: 'Open the Leeds site' }`. */
export interface OrgGoal {
  id: string;
  label: string;
}

/** What a figure counts. Each reads differently in a sentence ("12 hours saved", "3 days earlier"). */
export const FIGURE_KINDS = ['hours', 'days', 'money', 'share', 'count'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** A number the user gave for a win, with what it counts. */
export interface Figure {
  kind: FigureKind;
  /** The number, as the user gave it. */
  amount: number;
  /** For money: the currency sign or code the user chose ("£", "$", "EUR"). */
  currency?: string;
  /** The rest of the phrase, in the user's words: "a week", "a year in licences", "of staff", "tickets". */
  detail?: string;
}

/** One win, as the user logged it. Everything but `what` and `date` is optional, and nothing is guessed at compose time. */
export interface Win {
  id: string;
  /** What was done, in the user's words. */
  what: string;
  /** When it happened: a calendar date, YYYY-MM-DD. */
  date: string;
  /** The people who did the work, credited by name. */
  people: string[];
  /** Which business goal it serves: a built-in goal or an organisation goal's id. Empty: not said yet. */
  goal: string;
  /** What it gives the people who benefit, as a clause ("invoices are approved the same day"). Empty: "needs a why". */
  benefit: string;
  /** Who benefits: "the finance team", "all staff", "customers". */
  beneficiary: string;
  figure?: Figure;
  /** ISO timestamps: when the win was logged and last edited. */
  created: string;
  updated: string;
}

/** The days an update covers, inclusive, as YYYY-MM-DD, and how the draft names them. */
export interface Period {
  start: string;
  end: string;
  /** "this week", "November 2026", "1 to 14 December 2026". */
  label: string;
}

export interface ComposeOptions {
  audience: Audience;
  period: Period;
  /** The organisation's own goals (from options or policy), so their labels can be used. */
  orgGoals?: readonly OrgGoal[];
  /** What is coming next, in the user's words, one item each. Nothing is made up when it is empty. */
  next?: readonly string[];
  /**
   * Puts what was done in plain words (the page passes the lexicon's plain wording). It must keep every fact;
   * the default keeps the text as it is.
   */
  plainWording?: (text: string) => string;
}

/** One win as a paragraph of the draft: outcome first, then what was done, then who did it. */
export interface WinParagraph {
  winId: string;
  /** The outcome sentence, with the figure. */
  outcome: string;
  /** What was done, in plain words, as its own sentence. */
  done: string;
  /** Outcome and what was done as the one sentence the draft uses: "…, because we moved …". */
  sentence: string;
  /** "Thanks to Priya Shah and Tom Lee." or empty. */
  credit: string;
}

export interface DraftSection {
  goal: string;
  heading: string;
  items: WinParagraph[];
}

/** The composed update. `text` is the whole draft as plain text; the other fields are its parts, for rich text. */
export interface UpdateDraft {
  audience: Audience;
  period: Period;
  subject: string;
  greeting: string;
  intro: string;
  lead: WinParagraph | null;
  sections: DraftSection[];
  next: string[];
  closing: string;
  text: string;
  /** The wins in the draft, lead first. */
  included: Win[];
  /** Wins in the period with no stated benefit: listed for the user to complete, never given a stock one. */
  needsWhy: Win[];
}
