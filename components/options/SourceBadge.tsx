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
      <span aria-hidden="true">🔒 </span>Locked by your organisation
    </span>
  );
}
