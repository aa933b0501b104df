/**
 * Convenience entry points that find the jargon themselves, with the analysis core's matcher and (by default)
 * the built-in lexicon: one sentence, or every flagged sentence of a message given its findings. The engine
 * itself (`rewriteSentence`) stays lexicon-agnostic; these only supply its inputs.
 */
import { builtInLexicon } from '../builtin.ts';
import { builtInAnalogies } from '../data/index.ts';
import { matchText, type CompiledLexicon } from '../match/matcher.ts';
import type { Analogy, Audience } from '../schema.ts';
import type { Finding } from '../types.ts';
import { rewriteSentence } from './rewrite-sentence.ts';
import { splitSentences } from './sentences.ts';
import type { JargonMatch, RewriteFocus, RewriteResult } from './types.ts';

/** Which lexicon and audience the convenience entry points use; every field is optional. */
export interface LexiconRewriteOptions {
  audience?: Audience;
  /** A compiled lexicon (`compileLexicon`); default the built-in one. */
  lexicon?: CompiledLexicon;
  /** Analogies the entries may link to; default the built-in ones. */
  analogies?: readonly Analogy[];
}

/** The three rewrites of a sentence, as the command line and the JSON output carry them. */
export interface RewriteTriple {
  plain: string | null;
  outcome: string | null;
  analogy: string | null;
}

/** One flagged sentence of a message with its rewrites. Offsets are into the message. */
export interface SentenceRewrite {
  start: number;
  end: number;
  text: string;
  rewrites: RewriteTriple;
  /** The term the outcome is built around. */
  focus: RewriteFocus | null;
  /** Why only the plain wording is offered, when it is. */
  unsafe: RewriteResult['unsafe'];
  /** For a change whose benefit the lexicon cannot tell: outcomes of its terms for the writer to choose from. */
  nudge?: RewriteResult['nudge'];
}

/** The lexicon terms in one sentence, found by the analysis core's matcher. */
export function jargonIn(sentence: string, lexicon: CompiledLexicon = builtInLexicon()): JargonMatch[] {
  return matchText(lexicon, sentence).map((m) => ({ start: m.start, end: m.end, entry: m.entry }));
}

/**
 * The familiar terms of a sentence ("Office 365", "email"): never marked and never replaced, but a change to one
 * can still be what the sentence is about ("We moved everyone to Office 365"). Those that overlap no marked term.
 */
export function familiarTermsIn(sentence: string, marked: readonly JargonMatch[], lexicon: CompiledLexicon): JargonMatch[] {
  return jargonIn(sentence, lexicon).filter((m) => m.entry.familiar && !marked.some((k) => k.start < m.end && m.start < k.end));
}

/** Rewrites one sentence, finding its terms first. Never pass a whole message: compromise tags the whole input. */
export function rewriteText(sentence: string, options: LexiconRewriteOptions = {}): RewriteResult {
  const lexicon = options.lexicon ?? builtInLexicon();
  return rewriteSentence({
    text: sentence,
    matches: jargonIn(sentence, lexicon),
    analogies: options.analogies ?? builtInAnalogies,
    audience: options.audience,
  });
}

/**
 * Rewrites every sentence of `text` that a finding touches, using the jargon findings (with their entry ids)
 * as the sentence's terms, so quotes, signatures and URLs that `analyze` skipped stay untouched. Each sentence
 * is tagged on its own; at most `limit` sentences are rewritten (the first ones), since each costs a few ms.
 */
export function rewriteFlaggedSentences(
  text: string,
  findings: readonly Finding[],
  options: LexiconRewriteOptions & { limit?: number } = {},
): SentenceRewrite[] {
  const lexicon = options.lexicon ?? builtInLexicon();
  const analogies = options.analogies ?? builtInAnalogies;
  const out: SentenceRewrite[] = [];
  const sorted = findings
    .filter((f) => !f.wholeMessage)
    .slice()
    .sort((a, b) => a.start - b.start);
  let k = 0;
  for (const sentence of splitSentences(text)) {
    if (out.length >= (options.limit ?? 500)) break;
    while (k < sorted.length && sorted[k]!.end <= sentence.start) k++;
    const inside: Finding[] = [];
    for (let i = k; i < sorted.length && sorted[i]!.start < sentence.end; i++) inside.push(sorted[i]!);
    if (!inside.length) continue;
    const matches: JargonMatch[] = [];
    for (const f of inside) {
      const entry = f.entryId ? lexicon.byId.get(f.entryId) : undefined;
      if (entry && f.start >= sentence.start && f.end <= sentence.end)
        matches.push({ start: f.start - sentence.start, end: f.end - sentence.start, entry });
    }
    const result = rewriteSentence({ text: sentence.text, matches, analogies, audience: options.audience });
    out.push({
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      rewrites: { plain: result.plain, outcome: result.outcome, analogy: result.analogy },
      focus: result.focus && { ...result.focus, start: result.focus.start + sentence.start, end: result.focus.end + sentence.start },
      unsafe: result.unsafe,
      ...(result.nudge?.options.length ? { nudge: result.nudge } : {}),
    });
  }
  return out;
}

/** The rewrites of the sentence holding a finding, for a finding-level `rewrites` field; undefined when none. */
export function rewritesForFinding(finding: Finding, sentences: readonly SentenceRewrite[]): RewriteTriple | undefined {
  if (finding.wholeMessage) return undefined;
  return sentences.find((s) => finding.start >= s.start && finding.end <= s.end)?.rewrites;
}

/** The text report for `--rewrite`: each flagged sentence and its three rewrites, or why only plain is offered. */
export function formatSentenceRewrites(
  sentences: readonly SentenceRewrite[],
  position: (offset: number) => { line: number; column: number },
): string {
  return sentences
    .map((s) => {
      const { line, column } = position(s.start);
      const lines = [`${line}:${column}  sentence  ${s.text.replace(/\s+/g, ' ')}`];
      if (s.rewrites.plain) lines.push(`  plain:    ${s.rewrites.plain}`);
      if (s.rewrites.outcome) lines.push(`  outcome:  ${s.rewrites.outcome}`);
      if (s.rewrites.analogy) lines.push(`  analogy:  ${s.rewrites.analogy}`);
      if (s.unsafe) lines.push(`  note:     ${s.unsafe.message}`);
      for (const option of s.nudge?.options ?? []) lines.push(`  perhaps:  …, so that ${option}`);
      return lines.join('\n') + '\n';
    })
    .join('');
}
