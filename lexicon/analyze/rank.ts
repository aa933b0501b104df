/**
 * Quiet by default: which findings the page shows first. Every finding is still found and scored (the CLI and
 * `npm run eval` report them all); ranking only decides what a writer sees before asking for everything ("show
 * all", the picky mode). Pure and deterministic, so the content script (badge and marks), the popup and the
 * card show the same findings.
 *
 * The quiet view keeps:
 * - a note about the whole message (no outcome stated anywhere): always;
 * - a term (lexicon jargon, a technical name, an unexplained acronym) at its first use only: a reader stumbles
 *   on "failover" once, and the writer fixes it once;
 * - feature-talk on the sentences that matter most: at most `MAX_SENTENCE_NOTES` (one beside a note on the
 *   whole message), those naming the most terms (the sentence a reader gives up on), earlier first;
 * - and of all that, no more marks than the audience's budget per 100 words (`QUIET_BUDGET`), highest priority
 *   first: severity, times how much the kind of finding matters to that reader (`AUDIENCE_WEIGHT`).
 * The numbers were chosen on the real-text corpus (`npm run eval` prints what they give): see the README's
 * "Quiet by default".
 */
import type { Audience, CheckId, Finding, Severity } from '../types.ts';

/**
 * Marks per 100 words the quiet view shows at most, per audience (never fewer than `MIN_SHOWN`). In the corpus,
 * IT leaders' updates to business readers that state an outcome carry at most 4.3 terms such a reader stumbles
 * on per 100 words, and IT notices to staff that do, at most 4.4 (90th percentile 3.9): what those readers
 * evidently take. The board, furthest from IT, gets one fewer.
 */
export const QUIET_BUDGET: Record<Audience, number> = { board: 3, executive: 4, manager: 4, staff: 4 };
/** However short the message, the quiet view may show this many marks. */
export const MIN_SHOWN = 3;
/**
 * Feature-talk sentence marks shown in the quiet view, at most; one when a note says the whole message states
 * no outcome (the note already says it of every sentence, and each sentence mark underlines a whole line).
 */
export const MAX_SENTENCE_NOTES = 2;

const SEVERITY_WEIGHT: Record<Severity, number> = { low: 1, medium: 2, high: 3 };

type Group = 'term' | 'feature' | 'undermining' | 'us-them' | 'discouraging';
const GROUP_OF: Record<CheckId, Group> = {
  jargon: 'term',
  technical: 'term',
  acronym: 'term',
  'feature-talk': 'feature',
  'us-them': 'us-them',
  undermining: 'undermining',
  discouraging: 'discouraging',
};

/**
 * How much each kind of finding matters to each reader. The board and executives judge IT by outcomes and by
 * how IT talks about its own work; staff need plain words for what they must do, and to feel they can ask.
 */
export const AUDIENCE_WEIGHT: Record<Audience, Record<Group, number>> = {
  board: { term: 1, feature: 1.3, undermining: 1, 'us-them': 0.8, discouraging: 0.6 },
  executive: { term: 1, feature: 1.2, undermining: 1, 'us-them': 0.8, discouraging: 0.8 },
  manager: { term: 1, feature: 1, undermining: 0.8, 'us-them': 0.9, discouraging: 1 },
  staff: { term: 1.1, feature: 0.8, undermining: 0.6, 'us-them': 1, discouraging: 1.3 },
};

export interface RankOptions {
  audience: Audience;
  /** Show everything (the "show all" setting): nothing is held back. */
  picky?: boolean;
  /** Words of the user's own text, for the budget; counted from `text` when not given. */
  words?: number;
  /** The analysed text, used only to count words when `words` is not given. */
  text?: string;
}

export interface RankedFindings {
  /** What the page shows, in the order the findings came (text order). */
  shown: Finding[];
  /** What "show all" adds, in text order. Empty in picky mode. */
  held: Finding[];
}

const isTerm = (f: Finding) => GROUP_OF[f.check] === 'term';

/** A term's identity across repeats: its lexicon entry, else its spelling in any case. */
function termKey(f: Finding): string {
  return f.entryId ? `entry:${f.entryId}` : `text:${f.check === 'acronym' ? f.text : f.text.toLowerCase()}`;
}

/** Words in a text, for the budget when the caller has no count. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** The most marks the quiet view shows for a message of `words` words. */
export function quietLimit(audience: Audience, words: number): number {
  return Math.max(MIN_SHOWN, Math.ceil((words * QUIET_BUDGET[audience]) / 100));
}

/**
 * Splits findings into what is shown and what "show all" adds. With `picky`, everything is shown. The result
 * keeps the input's order; the input is not changed.
 */
export function rankFindings(findings: readonly Finding[], options: RankOptions): RankedFindings {
  if (options.picky) return { shown: findings.slice(), held: [] };
  const weights = AUDIENCE_WEIGHT[options.audience] ?? AUDIENCE_WEIGHT.executive;
  const keep = new Set<Finding>();
  const candidates: Array<{ finding: Finding; priority: number; index: number }> = [];

  // Terms named in each sentence-long finding, to find the sentences that matter most.
  const terms = findings.filter((f) => isTerm(f) && !f.wholeMessage);
  const seenTerms = new Set<string>();
  const sentenceNotes: Array<{ finding: Finding; priority: number; index: number }> = [];

  findings.forEach((finding, index) => {
    if (finding.wholeMessage) {
      keep.add(finding);
      return;
    }
    const group = GROUP_OF[finding.check];
    const base = SEVERITY_WEIGHT[finding.severity] * weights[group];
    if (group === 'term') {
      const key = termKey(finding);
      const repeat = seenTerms.has(key);
      seenTerms.add(key);
      if (repeat) return;
      candidates.push({ finding, priority: base, index });
    } else if (group === 'feature') {
      let inside = 0;
      for (const t of terms) if (t.start >= finding.start && t.end <= finding.end) inside++;
      sentenceNotes.push({ finding, priority: base + Math.min(1, inside * 0.25), index });
    } else {
      candidates.push({ finding, priority: base, index });
    }
  });

  const byPriority = (a: { priority: number; index: number }, b: { priority: number; index: number }) =>
    b.priority - a.priority || a.index - b.index;
  sentenceNotes.sort(byPriority);
  candidates.push(...sentenceNotes.slice(0, keep.size > 0 ? 1 : MAX_SENTENCE_NOTES));
  candidates.sort(byPriority);

  const words = options.words ?? countWords(options.text ?? '');
  const limit = quietLimit(options.audience, words);
  for (const candidate of candidates.slice(0, limit)) keep.add(candidate.finding);

  const shown: Finding[] = [];
  const held: Finding[] = [];
  for (const finding of findings) (keep.has(finding) ? shown : held).push(finding);
  return { shown, held };
}
