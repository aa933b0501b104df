/**
 * The organisation's own business goals, which logged wins can serve beside revenue, cost, risk, time saved,
 * customer experience and compliance. Goals set by policy are shown locked; the user adds and removes their own.
 */
import { useEffect, useState } from 'preact/hooks';
import type { OrgGoal } from '../../lexicon/update/index.ts';
import { addUserGoal, readGoals, removeUserGoal, watchGoals } from '../../extension/wins-store.ts';

export function GoalsPanel({ organisationName }: { organisationName?: string }) {
  const [goals, setGoals] = useState<Array<OrgGoal & { locked: boolean }>>([]);
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void readGoals().then(setGoals);
    return watchGoals(setGoals);
  }, []);

  async function add(event: Event) {
    event.preventDefault();
    const problem = await addUserGoal(label);
    setError(problem);
    if (!problem) {
      setLabel('');
      setGoals(await readGoals());
    }
  }

  return (
    <section aria-labelledby="bl-goals-title" class="bl-card">
      <h2 id="bl-goals-title" class="bl-options__h2">
        Business goals
      </h2>
      <p class="bl-options__muted">
        Wins you log serve revenue, cost, risk, time saved, customer experience or compliance, and any goal of your organisation’s listed
        here. Your update groups wins by these goals.
      </p>
      {goals.length > 0 && (
        <ul aria-label="Your organisation’s goals">
          {goals.map((g) => (
            <li key={g.id}>
              {g.label}{' '}
              {g.locked ? (
                <span class="bl-locked">set by {organisationName ?? 'your organisation'}</span>
              ) : (
                <button
                  type="button"
                  class="bl-button bl-button--quiet bl-button--small"
                  aria-label={`Remove goal “${g.label}”`}
                  onClick={() => void removeUserGoal(g.id).then(() => readGoals().then(setGoals))}
                >
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form class="bl-form-row" onSubmit={(e) => void add(e)}>
        <label class="bl-field">
          <span>New goal</span>
          <input
            class="bl-input"
            maxLength={80}
            placeholder="e.g. Open the Leeds site"
            value={label}
            aria-invalid={error ? true : undefined}
            onInput={(e) => setLabel(e.currentTarget.value)}
          />
        </label>
        <button type="submit" class="bl-button">
          Add goal
        </button>
        {error && (
          <span role="alert" class="bl-field__error">
            {error}
          </span>
        )}
      </form>
    </section>
  );
}
