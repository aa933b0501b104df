/**
 * One finding as one line: its kind (with the same label as the in-page card), the marked words and what to
 * write instead, and the one action that uses it. Opening the line shows the rest: why it was marked, the
 * sentence rewritten for the reader, an analogy, Ignore and Always allow. Two Tab stops a line (the line and
 * its action), so a long review stays quick from the keyboard. Prop-driven and free of extension APIs.
 */
import type { Finding } from '../lexicon/types.ts';
import { kindLabelOf } from './check-kinds.ts';
import { CHECK_CATALOG } from '../lexicon/checks/catalog.ts';

/** What can be offered for one finding; every part is optional because not every check has every kind. */
export interface FindingSuggestions {
  /** Why it was marked, when the lexicon says more than the finding could (a page carries no built-in reasons). */
  message?: string;
  /**
   * Replaces the marked words: a plain phrase, or nothing at all for words best removed ("just"). `start`/`end`
   * give the range when it is not exactly the marked words (removing "just " takes its space too).
   */
  replacement?: { kind: 'plain' | 'remove'; text: string; start?: number; end?: number };
  /** The whole sentence rewritten to say what it gives the chosen audience. */
  outcome?: string;
  /** The outcome sentence followed by a short analogy. */
  withAnalogy?: string;
  /** The analogy on its own, to explain the idea in conversation. */
  analogy?: { title: string; explanation: string };
  /** Why no sentence rewrite is offered, when the engine could not rewrite it safely. */
  rewriteNote?: string;
  /**
   * Where what a change gives depends on why it was done: the sentence with the term's outcome, for the writer to
   * take only if that is why. Shown as a choice, never as the outcome rewrite.
   */
  choice?: string;
}

/** The outcome of the last action on this finding, shown beside it (e.g. why a fix was refused). */
export interface FindingNotice {
  tone: 'error' | 'info';
  text: string;
}

export interface FindingItemProps {
  finding: Finding;
  suggestions: FindingSuggestions;
  /** Names the audience in the rewrite's heading, e.g. "executives". */
  audienceLabel: string;
  /** The details are shown. */
  expanded: boolean;
  onToggle: () => void;
  onReplace?: () => void;
  onUseOutcome?: () => void;
  /** Writes the choice offered where the gain depends on why. */
  onUseChoice?: () => void;
  onUseWithAnalogy?: () => void;
  onIgnore?: () => void;
  /** A further action specific to the caller, e.g. "Open the worksheet" for a note about the whole message. */
  extraAction?: { label: string; short?: string; onClick: () => void };
  /** Omit to hide "Always allow" (for findings about a sentence, not a term). */
  onAllow?: () => void;
  notice?: FindingNotice;
  /**
   * True while an action is on its way, so it is not sent twice. Buttons stay focusable (aria-disabled, not
   * disabled), so keyboard focus is not thrown to the page while the page answers.
   */
  busy?: boolean;
}

const quote = (s: string) => `“${s}”`;

/** What a finding without a replacement or rewrite asks of the writer, in a few words for its one line. */
const SHORT_ASK: Record<Finding['check'], string> = {
  jargon: 'say what it does in plain words',
  acronym: 'never spelled out',
  technical: 'a name a business reader won’t know',
  'feature-talk': 'says what was done, not what it gives',
  'us-them': 'sets IT apart from the business',
  undermining: 'undersells the work',
  discouraging: 'keeps people from asking',
};

/**
 * Escape inside an open line closes it and puts the keyboard back on the line, where the user opened it
 * (the popup itself stays open: the key is not passed on).
 */
function closeOnEscape(expanded: boolean, onToggle: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !expanded) return;
    event.preventDefault();
    event.stopPropagation();
    onToggle();
    (event.currentTarget as HTMLElement).querySelector<HTMLElement>('.bl-row__toggle')?.focus();
  };
}

/** Finding ids may hold any character; element ids are kept to a safe set. */
export function cssId(id: string): string {
  return id.replace(/[^a-zA-Z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`);
}

export function FindingItem(props: FindingItemProps) {
  const { finding, suggestions, audienceLabel, notice, busy, expanded } = props;
  const kind = CHECK_CATALOG[finding.check].kind;
  const id = cssId(finding.id);
  const { replacement, outcome, withAnalogy, analogy, rewriteNote, choice } = suggestions;
  const isSentence = finding.check === 'feature-talk';

  // The one line: the words, and what to write instead.
  let summary;
  if (finding.wholeMessage) {
    summary = <span class="bl-row__ask">No sentence says what the work gives {audienceLabel}</span>;
  } else if (isSentence) {
    summary = outcome ? (
      <span class="bl-row__ask" data-testid="outcome-text">
        {outcome}
      </span>
    ) : choice ? (
      <span class="bl-row__ask" data-testid="choice-text">
        If this is why: {choice}
      </span>
    ) : (
      <span class="bl-row__ask">
        {SHORT_ASK['feature-talk']} {audienceLabel}
      </span>
    );
  } else {
    summary = (
      <>
        <span class="bl-row__term">{finding.text}</span>
        <span class="bl-row__arrow" aria-hidden="true">
          {' → '}
        </span>
        <span class="bl-sr-only">: </span>
        {replacement?.kind === 'plain' ? (
          <span class="bl-row__plain">{replacement.text}</span>
        ) : replacement?.kind === 'remove' ? (
          <span class="bl-row__ask">leave it out</span>
        ) : (
          <span class="bl-row__ask">{SHORT_ASK[finding.check]}</span>
        )}
      </>
    );
  }

  const primary =
    replacement && props.onReplace ? (
      <button
        type="button"
        class="bl-button bl-button--primary bl-button--small bl-row__action"
        aria-disabled={busy || undefined}
        aria-label={
          replacement.kind === 'remove' ? `Remove ${quote(finding.text)}` : `Replace ${quote(finding.text)} with ${quote(replacement.text)}`
        }
        onClick={busy ? undefined : props.onReplace}
      >
        {replacement.kind === 'remove' ? 'Remove' : 'Replace'}
      </button>
    ) : isSentence && outcome && props.onUseOutcome ? (
      <button
        type="button"
        class="bl-button bl-button--primary bl-button--small bl-row__action"
        aria-disabled={busy || undefined}
        aria-label={`Use the rewrite for ${audienceLabel}`}
        onClick={busy ? undefined : props.onUseOutcome}
      >
        Use rewrite
      </button>
    ) : isSentence && choice && props.onUseChoice ? (
      <button
        type="button"
        class="bl-button bl-button--small bl-row__action"
        aria-disabled={busy || undefined}
        aria-label="Use this wording, if this is why"
        onClick={busy ? undefined : props.onUseChoice}
      >
        Use this
      </button>
    ) : props.extraAction ? (
      <button
        type="button"
        class="bl-button bl-button--small bl-row__action"
        aria-label={props.extraAction.label}
        onClick={props.extraAction.onClick}
      >
        {props.extraAction.short ?? props.extraAction.label}
      </button>
    ) : null;

  return (
    <article
      class={`bl-row bl-kind--${kind}${expanded ? ' is-expanded' : ''}`}
      aria-labelledby={`bl-row-${id}`}
      data-finding-id={finding.id}
      data-check={finding.check}
      onKeyDown={closeOnEscape(expanded, props.onToggle)}
    >
      <div class="bl-row__line">
        <button
          type="button"
          id={`bl-row-${id}`}
          class="bl-row__toggle"
          aria-expanded={expanded}
          aria-controls={`bl-row-details-${id}`}
          onClick={props.onToggle}
        >
          <span class="bl-row__kind">{kindLabelOf(finding.check)}</span>
          <span class="bl-row__summary">{summary}</span>
        </button>
        {primary}
      </div>
      {notice ? (
        <p class={`bl-notice bl-notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      ) : null}
      <div class="bl-row__details" id={`bl-row-details-${id}`} hidden={!expanded}>
        <p class="bl-finding__message">{suggestions.message ?? finding.message}</p>
        {isSentence && outcome ? (
          <div class="bl-suggestion bl-suggestion--outcome">
            <span class="bl-suggestion__label">Rewrite for {audienceLabel}</span>
            <span class="bl-suggestion__value">{outcome}</span>
          </div>
        ) : isSentence && rewriteNote ? (
          <>
            <p class="bl-suggestion__note">{rewriteNote}</p>
            {choice ? (
              <div class="bl-suggestion bl-suggestion--outcome">
                <span class="bl-suggestion__label">If this is why, you could write</span>
                <span class="bl-suggestion__value">{choice}</span>
              </div>
            ) : null}
          </>
        ) : null}
        {analogy ? (
          <div class="bl-analogy">
            <span class="bl-suggestion__label">Analogy: {analogy.title}</span>
            <p class="bl-analogy__explanation">{analogy.explanation}</p>
            {withAnalogy && props.onUseWithAnalogy ? (
              <div class="bl-suggestion bl-suggestion--analogy">
                <span class="bl-suggestion__value">{withAnalogy}</span>
                <button
                  type="button"
                  class="bl-button bl-button--small"
                  aria-disabled={busy || undefined}
                  aria-label={`Use the rewrite with the analogy ${quote(analogy.title)}`}
                  onClick={busy ? undefined : props.onUseWithAnalogy}
                >
                  Use with analogy
                </button>
              </div>
            ) : null}
          </div>
        ) : null}
        {props.onIgnore || props.onAllow ? (
          <div class="bl-finding__actions">
            {props.onIgnore ? (
              <button
                type="button"
                class="bl-button bl-button--quiet bl-button--small"
                aria-disabled={busy || undefined}
                aria-label={`Ignore ${finding.wholeMessage ? 'this note' : quote(finding.text)}`}
                onClick={busy ? undefined : props.onIgnore}
              >
                Ignore
              </button>
            ) : null}
            {props.onAllow ? (
              <button
                type="button"
                class="bl-button bl-button--quiet bl-button--small"
                aria-disabled={busy || undefined}
                aria-label={`Always allow ${quote(finding.text)}`}
                onClick={busy ? undefined : props.onAllow}
              >
                Always allow
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
    </article>
  );
}

export interface RewriteLineProps {
  /** A key for element ids (e.g. `rewrite:42`). */
  id: string;
  outcome: string;
  audienceLabel: string;
  expanded: boolean;
  onToggle: () => void;
  onUse: () => void;
  busy?: boolean;
}

/**
 * A sentence's outcome rewrite as one line of its own, for a sentence whose findings are all terms: shown once
 * under them rather than once per term.
 */
export function RewriteLine({ id, outcome, audienceLabel, expanded, onToggle, onUse, busy }: RewriteLineProps) {
  const safe = cssId(id);
  return (
    <div
      class={`bl-row bl-row--rewrite bl-kind--feature-talk${expanded ? ' is-expanded' : ''}`}
      onKeyDown={closeOnEscape(expanded, onToggle)}
    >
      <div class="bl-row__line">
        <button
          type="button"
          id={`bl-row-${safe}`}
          class="bl-row__toggle"
          aria-expanded={expanded}
          aria-controls={`bl-row-details-${safe}`}
          onClick={onToggle}
        >
          <span class="bl-row__kind">Rewrite</span>
          <span class="bl-sr-only">for {audienceLabel}: </span>
          <span class="bl-row__summary">
            <span class="bl-row__ask" data-testid="outcome-text">
              {outcome}
            </span>
          </span>
        </button>
        <button
          type="button"
          class="bl-button bl-button--small bl-row__action"
          aria-disabled={busy || undefined}
          aria-label={`Use the rewrite for ${audienceLabel}`}
          onClick={busy ? undefined : onUse}
        >
          Use rewrite
        </button>
      </div>
      <div class="bl-row__details" id={`bl-row-details-${safe}`} hidden={!expanded}>
        <div class="bl-suggestion bl-suggestion--outcome">
          <span class="bl-suggestion__label">Rewrite for {audienceLabel}</span>
          <span class="bl-suggestion__value">{outcome}</span>
        </div>
      </div>
    </div>
  );
}
