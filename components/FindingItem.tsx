/**
 * One finding, in full: the marked words in their sentence, why they were marked, the plain wording, the
 * sentence rewritten for the reader, and an analogy, each with the action that uses it. Prop-driven and free of
 * extension APIs, so the popup, the in-page card and the options preview can all show a finding the same way.
 */
import type { Finding } from '../lexicon/types.ts';
import { type FindingContext } from './check-kinds.ts';
import { CHECK_CATALOG } from '../lexicon/checks/catalog.ts';

/** What can be offered for one finding; every part is optional because not every check has every kind. */
export interface FindingSuggestions {
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
}

/** The outcome of the last action on this finding, shown beside it (e.g. why a fix was refused). */
export interface FindingNotice {
  tone: 'error' | 'info';
  text: string;
}

export interface FindingItemProps {
  finding: Finding;
  /** The marked words with some text either side; omitted for findings about the whole message. */
  context?: FindingContext;
  suggestions: FindingSuggestions;
  /** Names the audience in the rewrite's heading, e.g. "executives". */
  audienceLabel: string;
  onReplace?: () => void;
  onUseOutcome?: () => void;
  onUseWithAnalogy?: () => void;
  onIgnore?: () => void;
  /** A further action specific to the caller, e.g. "Open the worksheet" for a note about the whole message. */
  extraAction?: { label: string; onClick: () => void };
  /** Omit to hide "Always allow" (for findings about a sentence, not a term). */
  onAllow?: () => void;
  notice?: FindingNotice;
  /**
   * True while an action is on its way, so it is not sent twice. Buttons stay focusable (aria-disabled, not
   * disabled), so keyboard focus is not thrown to the page while the page answers.
   */
  busy?: boolean;
  /** Folds the sentence rewrite away when an earlier finding in the same sentence already shows it. */
  rewriteCollapsed?: boolean;
  /** The heading level of the finding's title inside its list. */
  headingLevel?: 3 | 4;
}

const quote = (s: string) => `“${s}”`;

export function FindingItem(props: FindingItemProps) {
  const { finding, context, suggestions, audienceLabel, notice, busy } = props;
  const kind = CHECK_CATALOG[finding.check].kind;
  const titleId = `bl-finding-${cssId(finding.id)}`;
  const Heading = props.headingLevel === 4 ? 'h4' : 'h3';
  const { replacement, outcome, withAnalogy, analogy, rewriteNote } = suggestions;
  const outcomeBlock = outcome ? (
    <div class="bl-suggestion bl-suggestion--outcome">
      <div class="bl-suggestion__text">
        <span class="bl-suggestion__label">Rewrite for {audienceLabel}</span>
        <span class="bl-suggestion__value" data-testid="outcome-text">
          {outcome}
        </span>
      </div>
      {props.onUseOutcome ? (
        <button
          type="button"
          class="bl-button bl-button--small"
          aria-disabled={busy || undefined}
          aria-label={`Use the rewrite for ${audienceLabel}`}
          onClick={busy ? undefined : props.onUseOutcome}
        >
          Use rewrite
        </button>
      ) : null}
    </div>
  ) : null;

  return (
    <article class={`bl-finding bl-kind--${kind}`} aria-labelledby={titleId} data-finding-id={finding.id} data-check={finding.check}>
      <Heading id={titleId} class="bl-finding__title">
        {finding.wholeMessage || !context ? (
          <span class="bl-finding__whole">The whole message</span>
        ) : (
          <q class="bl-finding__context">
            {context.before}
            <mark class="bl-finding__mark">{context.marked}</mark>
            {context.after}
          </q>
        )}
      </Heading>
      <p class="bl-finding__message">{finding.message}</p>

      {replacement ? (
        <div class="bl-suggestion bl-suggestion--plain">
          <div class="bl-suggestion__text">
            <span class="bl-suggestion__label">{replacement.kind === 'remove' ? 'Leave it out' : 'Plain wording'}</span>
            {replacement.kind === 'plain' ? <span class="bl-suggestion__value">{replacement.text}</span> : null}
          </div>
          {props.onReplace ? (
            <button
              type="button"
              class="bl-button bl-button--primary bl-button--small"
              aria-disabled={busy || undefined}
              aria-label={
                replacement.kind === 'remove'
                  ? `Remove ${quote(finding.text)}`
                  : `Replace ${quote(finding.text)} with ${quote(replacement.text)}`
              }
              onClick={busy ? undefined : props.onReplace}
            >
              {replacement.kind === 'remove' ? 'Remove' : 'Replace'}
            </button>
          ) : null}
        </div>
      ) : null}

      {outcome ? (
        props.rewriteCollapsed ? (
          <details class="bl-rewrite">
            <summary>
              <span class="bl-suggestion__label">Rewrite for {audienceLabel}</span>{' '}
              <span class="bl-rewrite__same">the same sentence as above</span>
            </summary>
            {outcomeBlock}
          </details>
        ) : (
          outcomeBlock
        )
      ) : rewriteNote ? (
        <p class="bl-suggestion__note">{rewriteNote}</p>
      ) : null}

      {props.extraAction ? (
        <div>
          <button type="button" class="bl-button bl-button--small" onClick={props.extraAction.onClick}>
            {props.extraAction.label}
          </button>
        </div>
      ) : null}

      {analogy ? (
        <details class="bl-analogy">
          <summary>
            <span class="bl-suggestion__label">Analogy</span> {analogy.title}
          </summary>
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
        </details>
      ) : null}

      {notice ? (
        <p class={`bl-notice bl-notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
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
    </article>
  );
}

/** Finding ids may hold any character; element ids are kept to a safe set. */
function cssId(id: string): string {
  return id.replace(/[^a-zA-Z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`);
}
