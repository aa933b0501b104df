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

/** Simple line icons, drawn inline so nothing is fetched and no font is relied on. */
const ICON_PATHS: Record<StatePanelProps['kind'], string> = {
  'no-box': 'M4 20h4L19 9l-4-4L4 16v4zM13.5 6.5l4 4',
  'site-off': 'M12 3v8M7.5 6.2a7 7 0 1 0 9 0',
  paused: 'M9 5v14M15 5v14',
  restricted: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM5.6 5.6l12.8 12.8',
  error: 'M12 8v5M12 16.5v.5M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z',
  loading: 'M5 12h.01M12 12h.01M19 12h.01',
  clean: 'M5 12.5l4.5 4.5L19 7.5',
};

function StateIcon({ kind }: { kind: StatePanelProps['kind'] }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="22"
      height="22"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={ICON_PATHS[kind]} />
    </svg>
  );
}

export function StatePanel({ kind, title, children, action, secondary, notice }: StatePanelProps) {
  return (
    <section class={`bl-state bl-state--${kind}`} aria-labelledby="bl-state-title" aria-busy={kind === 'loading' ? true : undefined}>
      <div class="bl-state__icon" aria-hidden="true">
        <StateIcon kind={kind} />
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
