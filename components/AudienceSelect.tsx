/**
 * Who the message is for. A group of radio buttons drawn as a segmented control: arrow keys move between the
 * choices, and a screen reader announces the group's name and the choice.
 */
import { AUDIENCE_LABELS, AUDIENCES, type Audience } from '../lexicon/schema.ts';

export interface AudienceSelectProps {
  value: Audience;
  onChange: (audience: Audience) => void;
  /** Distinguishes the radio group's name when two selectors share a page. */
  name?: string;
  label?: string;
  disabled?: boolean;
}

export function AudienceSelect({ value, onChange, name = 'bl-audience', label = 'Writing for', disabled }: AudienceSelectProps) {
  return (
    <fieldset class="bl-audience" disabled={disabled}>
      <legend class="bl-audience__legend">{label}</legend>
      <div class="bl-audience__options">
        {AUDIENCES.map((audience) => (
          <label key={audience} class={`bl-audience__option${audience === value ? ' is-selected' : ''}`}>
            <input type="radio" name={name} value={audience} checked={audience === value} onChange={() => onChange(audience)} />
            <span>{AUDIENCE_LABELS[audience].short}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
