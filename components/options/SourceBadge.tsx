/** Where an entry comes from, as a small label: "Built-in", "Yours", "From your organisation". */
import type { EntrySource } from '../../extension/lexicon-layers.ts';
import { sourceLabel } from './labels.ts';

export function SourceBadge({ source, organisationName }: { source: EntrySource; organisationName?: string }) {
  return <span class={`bl-source bl-source--${source}`}>{sourceLabel(source, organisationName)}</span>;
}

/** Marks a setting the organisation has fixed. The text is read out with the control it follows. */
export function LockedNote({ id }: { id?: string }) {
  return (
    <span class="bl-locked" id={id}>
      <svg class="bl-locked__icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
        <path
          d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2h.5A1 1 0 0 1 13 8v6a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1h.5Zm1.5 0h4V5a2 2 0 0 0-4 0v2Z"
          fill="currentColor"
        />
      </svg>
      Locked by your organisation
    </span>
  );
}
