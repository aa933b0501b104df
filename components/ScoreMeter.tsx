/** The business-readiness score of a message: the number, a bar, a verdict, and the one thing that lowers it most. */
import type { Score } from '../lexicon/types.ts';

export interface ScoreMeterProps {
  score: Score;
  /** Shown beside the verdict, e.g. "7 suggestions". */
  caption?: string;
  /** Whom the verdict speaks of, e.g. "executives"; "a business reader" when not given. */
  reader?: string;
}

/** Three bands, so the colour means something: ready, nearly there, not yet. */
export function scoreBand(value: number, reader = 'a business reader'): { band: 'good' | 'fair' | 'poor'; verdict: string } {
  if (value >= 80) return { band: 'good', verdict: `Ready for ${reader}` };
  if (value >= 50) return { band: 'fair', verdict: 'Nearly there' };
  return { band: 'poor', verdict: `Hard going for ${reader}` };
}

/** Shows a score from 0 to 100. The bar is exposed as a meter, so a screen reader hears "Business readiness, 72 of 100". */
export function ScoreMeter({ score, caption, reader }: ScoreMeterProps) {
  const value = Math.max(0, Math.min(100, Math.round(score.value)));
  const { band, verdict } = scoreBand(value, reader);
  return (
    <section class={`bl-score bl-score--${band}`} aria-labelledby="bl-score-title">
      <div class="bl-score__number" aria-hidden="true">
        {value}
      </div>
      <div class="bl-score__body">
        <h2 id="bl-score-title" class="bl-score__title">
          {verdict}
          {caption ? (
            <>
              <span class="bl-sr-only">, </span>
              <span class="bl-score__caption">{caption}</span>
            </>
          ) : null}
        </h2>
        <div
          class="bl-score__bar"
          role="meter"
          aria-label="Business readiness"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={value}
          aria-valuetext={`${value} of 100`}
        >
          <div class="bl-score__fill" style={{ width: `${value}%` }} />
        </div>
        {score.summary ? <p class="bl-score__summary">{score.summary}</p> : null}
      </div>
    </section>
  );
}
