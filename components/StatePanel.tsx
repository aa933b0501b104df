/**
 * A calm explanation for when there is nothing to review (no compose box, site switched off, paused, a page
 * where the extension cannot run, an error), with at most a main action and a secondary link.
 */
import type { ComponentChildren } from 'preact';

export interface StateAction {
  label: string;
  onClick: () => void;
  /** Busy actions are disabled and say so, so they are not pressed twice. */
  busy?: boolean;
}

export interface StatePanelProps {
  /** Selects the icon and tone. */
  kind: 'no-box' | 'site-off' | 'paused' | 'restricted' | 'error' | 'loading' | 'clean';
  title: string;
  children?: ComponentChildren;
  action?: StateAction;
  secondary?: StateAction;
  /** A short message under the actions, e.g. why enabling failed. */
  notice?: string;
}

const ICONS: Record<StatePanelProps['kind'], string> = {
  'no-box': '✎',
  'site-off': '⏻',
  paused: '⏸',
  restricted: '⊘',
  error: '!',
  loading: '…',
  clean: '✓',
};

export function StatePanel({ kind, title, children, action, secondary, notice }: StatePanelProps) {
  return (
    <section class={`bl-state bl-state--${kind}`} aria-labelledby="bl-state-title" aria-busy={kind === 'loading' ? true : undefined}>
      <div class="bl-state__icon" aria-hidden="true">
        {ICONS[kind]}
      </div>
      <h2 id="bl-state-title" class="bl-state__title">
        {title}
      </h2>
      {children ? <div class="bl-state__body">{children}</div> : null}
      {action || secondary ? (
        <div class="bl-state__actions">
          {action ? (
            <button type="button" class="bl-button bl-button--primary" disabled={action.busy} onClick={action.onClick}>
              {action.label}
            </button>
          ) : null}
          {secondary ? (
            <button type="button" class="bl-button" disabled={secondary.busy} onClick={secondary.onClick}>
              {secondary.label}
            </button>
          ) : null}
        </div>
      ) : null}
      {notice ? (
        <p class="bl-notice bl-notice--error" role="alert">
          {notice}
        </p>
      ) : null}
    </section>
  );
}
