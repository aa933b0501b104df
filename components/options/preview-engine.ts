/**
 * What the live preview needs from the analysis core and the rewrite engine. The options page passes the real
 * ones in (entrypoints/options/engine.ts); tests pass small fakes. Keeping the seam here means the preview
 * component never imports the engine itself, so it renders the same with any lexicon.
 */
import type { AllowEntry, Analogy, Audience, LexiconEntry } from '../../lexicon/schema.ts';
import type { Finding } from '../../lexicon/types.ts';
import type { RewriteRequest, RewriteResult } from '../../lexicon/rewrite/types.ts';

/** Exactly the lexicon to mark the test text with. */
export interface PreviewLexicon {
  entries: readonly LexiconEntry[];
  allow: readonly AllowEntry[];
  analogies: readonly Analogy[];
}

export interface PreviewEngine {
  /** The findings in `text` for this lexicon. */
  analyze(text: string, lexicon: PreviewLexicon, audience: Audience): Finding[];
  /** The plain, outcome and analogy rewrites of one sentence; absent until the rewrite engine is available. */
  rewrite?(request: RewriteRequest): RewriteResult;
}

/**
 * The active lexicon with `focus` in it, so an entry can be previewed even while it is switched off, replaced
 * or still a draft: entries sharing its id or a spelling step aside for it.
 */
export function withFocusEntry(active: readonly LexiconEntry[], focus: LexiconEntry): LexiconEntry[] {
  const forms = new Set([focus.term, ...focus.variants].map((f) => f.toLowerCase()));
  const others = active.filter(
    (entry) => entry.id !== focus.id && ![entry.term, ...entry.variants].some((f) => forms.has(f.toLowerCase())),
  );
  return [focus, ...others];
}

/** A sentence that uses the term, to start the preview with something to see. */
export function sampleSentence(entry: Pick<LexiconEntry, 'term'>): string {
  return `Last weekend we upgraded the ${entry.term} for the finance team.`;
}

/**
 * Text cut into plain runs and marked runs. Where findings overlap (a sentence-wide "feature-talk" finding over
 * the jargon inside it) the shorter ones are drawn, so every term stays visible; the rest come back as `over`
 * to be listed beside the text.
 */
export function segmentText(
  text: string,
  findings: readonly Finding[],
): { segments: Array<{ text: string; finding?: Finding }>; over: Finding[] } {
  const candidates = findings
    .filter((f) => !f.wholeMessage && f.end > f.start)
    .sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
  const drawn: Finding[] = [];
  const over: Finding[] = [];
  for (const finding of candidates) {
    if (drawn.some((d) => d.start < finding.end && finding.start < d.end)) over.push(finding);
    else drawn.push(finding);
  }
  drawn.sort((a, b) => a.start - b.start);
  const segments: Array<{ text: string; finding?: Finding }> = [];
  let at = 0;
  for (const finding of drawn) {
    if (finding.start > at) segments.push({ text: text.slice(at, finding.start) });
    segments.push({ text: text.slice(finding.start, finding.end), finding });
    at = finding.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  over.push(...findings.filter((f) => f.wholeMessage));
  return { segments, over: over.sort((a, b) => a.start - b.start) };
}
