/**
 * The shapes the rewrite engine takes and returns. The engine takes its inputs explicitly (a sentence, the
 * jargon matches in it, the analogies, an audience), so it works with any lexicon and any matcher.
 */
import type { Analogy, Audience, LexiconEntry } from '../schema.ts';
import type { SentenceRole } from './roles.ts';

export type { Analogy, Audience, LexiconEntry, SentenceRole };

/** One jargon term found in a sentence. Offsets are UTF-16 indices into that sentence's text. */
export interface JargonMatch {
  start: number;
  end: number;
  entry: LexiconEntry;
}

/** What `rewriteSentence` needs: one sentence, never a whole message. */
export interface RewriteRequest {
  /** One sentence, as the user wrote it. */
  text: string;
  /** The jargon terms in it, with offsets into `text`; order does not matter, overlaps are dropped. */
  matches: readonly JargonMatch[];
  /** Analogies the chosen term may link to; without them no analogy suggestion is made. */
  analogies?: readonly Analogy[];
  /** Whose outcome to state. Defaults to `DEFAULT_AUDIENCE`. */
  audience?: Audience;
}

/** Why the engine offers less than an outcome rewrite for a sentence. */
export type UnsafeReason =
  /** Longer than `MAX_REWRITE_WORDS`: too slow and too risky to restructure. */
  | 'too-long'
  /** Quoted words are someone else's; they are not reworded. */
  | 'quote'
  /** A question asks for something; an outcome clause would change what it asks. */
  | 'question'
  /** A heading, list label or fragment: there is no clause to add an outcome to. */
  | 'heading'
  /** A fault or incident: a benefit clause would read as if the fault helped. */
  | 'fault'
  /** A risk or threat: likewise. */
  | 'risk'
  /** An instruction to the reader needs no outcome. */
  | 'instruction'
  /** A disruption notice: the reason belongs with the change it serves. */
  | 'disruption'
  /** A description or definition reports no change to give an outcome to. */
  | 'description'
  /** The main verb is negated ("did not", "no longer"): a benefit clause would claim what did not happen. */
  | 'negated'
  /** No lexicon term in the sentence. */
  | 'no-term'
  /** No lexicon term is what the change acts on, so the lexicon has no outcome for it (a nudge asks for one). */
  | 'no-focus'
  /** The sentence already says why. */
  | 'has-purpose'
  /**
   * The change replaces, moves, upgrades or restarts the thing: what that gives the reader depends on why it was
   * done, which the lexicon cannot know (a nudge offers the term's outcome to pick from).
   */
  | 'depends-on-why'
  /** The composed sentence lost a number, date, name, negation or quantity. */
  | 'facts-lost'
  /** The composed sentence failed the grammar checks. */
  | 'grammar'
  /** The outcome would make the sentence more than 20 words longer. */
  | 'too-many-words';

/** A plain-language replacement of one jargon term inside the sentence. */
export interface PlainReplacement {
  /** Offsets of the term in the original sentence. */
  start: number;
  end: number;
  /** The term as written. */
  text: string;
  /** The plain phrase, inflected to fit where the term stood. */
  plain: string;
  entryId: string;
}

/** The term a rewrite is built around: the one the sentence is about. */
export interface RewriteFocus {
  entryId: string;
  /** The term as written in the sentence. */
  text: string;
  start: number;
  end: number;
}

/** The three suggestions for one sentence, each a complete sentence the user can accept as it is. */
export interface RewriteResult {
  /** The sentence as given. */
  original: string;
  audience: Audience;
  /** Every jargon term replaced by its plain phrase; null only when no term was found or the result failed its checks. */
  plain: string | null;
  /** The plain sentence plus the benefit and the audience's outcome; null when `unsafe` says why. */
  outcome: string | null;
  /** The outcome sentence followed by the best-fitting analogy; null when there is none or `unsafe` says why. */
  analogy: string | null;
  /** Per-term replacements, always given, so a caller can offer them one by one. */
  replacements: PlainReplacement[];
  focus: RewriteFocus | null;
  /** The analogy used in `analogy`. */
  analogyId: string | null;
  /** Set when only the plain replacements are offered. */
  unsafe: { reason: UnsafeReason; message: string } | null;
  /** What the sentence is doing (see roles.ts); null when it could not be told (too long to parse). */
  role: SentenceRole | null;
  /**
   * For a change whose outcome no lexicon term can give: a short prompt to add one, with the chosen audience's
   * outcome phrases of the terms in the sentence as options (each completes "…, so that").
   */
  nudge: { message: string; options: string[] } | null;
  /**
   * Where the gain depends on why (`depends-on-why`): the plain sentence with the focus term's outcome, for the
   * writer to take only if that is why. Never counted as a suggestion: the writer, not the engine, makes the claim.
   */
  choice: string | null;
}

/** The features → benefits → outcomes worksheet for one sentence; every column is editable text. */
export interface Worksheet {
  /** The sentence it was built from; facts in it are checked against the composed sentence. */
  original: string;
  audience: Audience;
  /** The lexicon entry the columns were prefilled from, or null when the sentence names none. */
  entryId: string | null;
  /** What was done, in plain words: a clause such as "we moved our email to Microsoft's cloud service". */
  feature: string;
  /** What it does for people; completes "…, so that". */
  benefit: string;
  /** The business result for the audience; completes "…, so that". */
  outcome: string;
  /**
   * Where the jargon terms stand in `original`; facts inside them (the "365" of "O365") need not survive.
   * Keep it when passing an edited worksheet back; without it, facts inside terms are required too.
   */
  termRanges?: { start: number; end: number }[];
  /**
   * What the sentence reports: `done` (the default) composes "…, so that…"; `fault` composes "… Once this is
   * fixed, …"; after `past-fault` or `negated` the benefit and outcome start empty, since none can be claimed.
   */
  polarity?: 'done' | 'fault' | 'past-fault' | 'negated';
}

/** A sentence composed from a worksheet, with anything that stops it being safe to insert. */
export interface ComposedSentence {
  /** The sentence, or an empty string when the feature column is empty. */
  text: string;
  /** Facts of the original that the sentence no longer states, e.g. `"40"` or `"not"`. */
  missingFacts: string[];
  /** Grammar problems, e.g. `"a" before a vowel sound`; empty when the sentence is fine. */
  problems: string[];
}
