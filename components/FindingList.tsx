/**
 * Findings by sentence, in text order: each sentence once, quoted with its marked words inside it, then one
 * line per finding in it. A note about the whole message comes first. The sentence each finding belongs to is
 * the caller's (the popup asks the one sentence segmentation the card and the worksheet use).
 */
import type { ComponentChildren } from 'preact';
import type { Finding } from '../lexicon/types.ts';
import { CHECK_CATALOG } from '../lexicon/checks/catalog.ts';

/** A sentence of the message: `text === message.slice(start, end)`. */
export interface SentenceRange {
  start: number;
  end: number;
  text: string;
}

/** One sentence and the findings in it, or the whole message's notes. */
export interface SentenceGroup {
  /** `whole` for the notes on the whole message, else the sentence's start offset. */
  key: string;
  sentence?: SentenceRange;
  findings: Finding[];
}

/**
 * Groups findings by the sentence each lies in, sentences in text order; in each, the sentence's own finding
 * (feature-talk) first, then the rest in text order. Notes on the whole message come first; a finding in no
 * sentence gets a group of its own.
 */
export function groupBySentence(
  findings: readonly Finding[],
  sentenceOf: (finding: Finding) => SentenceRange | undefined,
): SentenceGroup[] {
  const whole: SentenceGroup = { key: 'whole', findings: [] };
  const bySentence = new Map<string, SentenceGroup>();
  for (const finding of findings) {
    if (finding.wholeMessage) {
      whole.findings.push(finding);
      continue;
    }
    const sentence = sentenceOf(finding);
    const key = sentence ? String(sentence.start) : `finding:${finding.id}`;
    let group = bySentence.get(key);
    if (!group) bySentence.set(key, (group = { key, sentence, findings: [] }));
    group.findings.push(finding);
  }
  const at = (g: SentenceGroup) => g.sentence?.start ?? g.findings[0]!.start;
  const groups = [...bySentence.values()].sort((a, b) => at(a) - at(b));
  for (const group of groups) {
    group.findings.sort(
      (a, b) => Number(b.check === 'feature-talk') - Number(a.check === 'feature-talk') || a.start - b.start || a.end - b.end,
    );
  }
  return whole.findings.length ? [whole, ...groups] : groups;
}

/** The sentence with its findings' words marked in their kind's colour; sentence-long findings mark nothing. */
function MarkedSentence({ sentence, findings }: { sentence: SentenceRange; findings: readonly Finding[] }) {
  const marks = findings
    .filter((f) => f.check !== 'feature-talk' && f.start >= sentence.start && f.end <= sentence.end)
    .sort((a, b) => a.start - b.start);
  const parts: ComponentChildren[] = [];
  let at = sentence.start;
  for (const mark of marks) {
    if (mark.start < at) continue;
    if (mark.start > at) parts.push(sentence.text.slice(at - sentence.start, mark.start - sentence.start));
    parts.push(
      <mark key={mark.id} class={`bl-sentence__mark bl-kind--${CHECK_CATALOG[mark.check].kind}`}>
        {sentence.text.slice(mark.start - sentence.start, mark.end - sentence.start)}
      </mark>,
    );
    at = mark.end;
  }
  if (at < sentence.end) parts.push(sentence.text.slice(at - sentence.start));
  return <q class="bl-sentence__text">{parts}</q>;
}

export interface FindingListProps {
  groups: readonly SentenceGroup[];
  /** Draws one finding; usually a FindingItem wired to the caller's actions. */
  renderFinding: (finding: Finding) => ComponentChildren;
  /** Anything to add under a sentence's findings (the sentence's rewrite, when no finding carries it). */
  renderAfter?: (group: SentenceGroup) => ComponentChildren;
  /** Shown when there are no findings. */
  empty?: ComponentChildren;
}

export function FindingList({ groups, renderFinding, renderAfter, empty }: FindingListProps) {
  if (groups.length === 0) return <>{empty ?? null}</>;
  return (
    <ol class="bl-sentences" aria-label="Findings by sentence">
      {groups.map((group) => (
        <li key={group.key} class={`bl-sentence${group.key === 'whole' ? ' bl-sentence--whole' : ''}`}>
          {group.key === 'whole' ? (
            <p class="bl-sentence__text bl-sentence__text--whole">The whole message</p>
          ) : group.sentence ? (
            <MarkedSentence sentence={group.sentence} findings={group.findings} />
          ) : null}
          <ul class="bl-sentence__findings" role="list">
            {group.findings.map((finding) => (
              <li key={finding.id}>{renderFinding(finding)}</li>
            ))}
          </ul>
          {renderAfter?.(group)}
        </li>
      ))}
    </ol>
  );
}
