/** Findings grouped by check, each group in text order, with a heading and a count per group. */
import type { ComponentChildren } from 'preact';
import type { Finding } from '../lexicon/types.ts';
import { groupFindings } from './check-kinds.ts';
import { CHECK_CATALOG } from '../lexicon/checks/catalog.ts';

export interface FindingListProps {
  findings: readonly Finding[];
  /** Draws one finding; usually a FindingItem wired to the caller's actions. */
  renderFinding: (finding: Finding) => ComponentChildren;
  /** Shown when there are no findings. */
  empty?: ComponentChildren;
}

export function FindingList({ findings, renderFinding, empty }: FindingListProps) {
  const groups = groupFindings(findings);
  if (groups.length === 0) return <>{empty ?? null}</>;
  return (
    <div class="bl-groups">
      {groups.map((group) => (
        <section
          key={group.check}
          class={`bl-group bl-kind--${CHECK_CATALOG[group.check].kind}`}
          aria-labelledby={`bl-group-${group.check}`}
        >
          <h2 id={`bl-group-${group.check}`} class="bl-group__title">
            <span class="bl-group__swatch" aria-hidden="true" />
            {group.label}
            <span class="bl-group__count" aria-label={`${group.findings.length} ${group.findings.length === 1 ? 'finding' : 'findings'}`}>
              {group.findings.length}
            </span>
          </h2>
          <ul class="bl-group__list" role="list">
            {group.findings.map((finding) => (
              <li key={finding.id}>{renderFinding(finding)}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
