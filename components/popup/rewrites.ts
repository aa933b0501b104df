/**
 * Builds what the popup shows for each finding (plain wording, the sentence rewritten for the audience, an
 * analogy) and the worksheet, from the message, its findings, the lexicon and the rewrite engine. The popup is
 * an extension page, so it runs the engine itself; nothing here talks to the page or the browser.
 */
import type { Finding } from '../../lexicon/types.ts';
import type { Analogy, Audience, LexiconEntry } from '../../lexicon/schema.ts';
import type { ComposedSentence, JargonMatch, RewriteRequest, RewriteResult, Worksheet } from '../../lexicon/rewrite/types.ts';
import type { FindingSuggestions } from '../FindingItem.tsx';
import type { WorksheetChoice, WorksheetColumns } from '../Worksheet.tsx';
import { splitSentences, type SentenceSpan } from '../../lexicon/rewrite/sentences.ts';

/** The sentence that holds a whole range, or undefined when the range crosses sentences. */
function sentenceAt(spans: readonly SentenceSpan[], start: number, end: number): SentenceSpan | undefined {
  return spans.find((s) => s.start <= start && end <= s.end);
}

/** The rewrite engine's entry points the popup uses. */
export interface RewriteEngine {
  rewriteSentence(request: RewriteRequest): RewriteResult;
  buildWorksheet(request: RewriteRequest): Worksheet;
  composeWorksheetSentence(worksheet: Worksheet): ComposedSentence;
}

/** The lexicon as the popup needs it: entries by id and the analogies they link. */
export interface PopupLexicon {
  entry(id: string): LexiconEntry | undefined;
  /** The entry a term or variant belongs to (any case), for jargon findings that carry no entry id. */
  entryForTerm?(term: string): LexiconEntry | undefined;
  analogies: readonly Analogy[];
}

/** Suggestions for one finding, plus the sentence a rewrite replaces. */
export interface FindingView extends FindingSuggestions {
  sentence?: SentenceSpan;
}

export interface WorksheetSource {
  /** The sentence the columns were built from; facts in it are checked against the composed sentence. */
  original: string;
  entryId: string | null;
  columns: WorksheetColumns;
  /** The engine's worksheet, whole, so composing keeps whatever else it carries (term ranges, polarity). */
  base?: Worksheet;
}

export interface PopupRewrites {
  forFinding(finding: Finding): FindingView;
  /** Flagged sentences in text order, then "Whole message". */
  worksheetChoices(): WorksheetChoice[];
  worksheet(choiceId: string): WorksheetSource;
  compose(source: WorksheetSource, columns: WorksheetColumns): ComposedSentence;
}

export const WHOLE_MESSAGE = 'whole';

const WORDING_CHECKS: ReadonlySet<Finding['check']> = new Set(['us-them', 'undermining', 'discouraging']);

const UNSAFE_NOTES: Record<string, string> = {
  'too-long': 'This sentence is too long to rewrite safely; use the plain wording, or split it.',
  'no-verb': 'This reads as a heading or fragment, so there is no sentence to add an outcome to.',
  quote: 'Quoted words are someone else’s, so they are not reworded.',
  question: 'Questions are left as they are: an outcome would change what is asked.',
  'no-term': 'No lexicon term here to build an outcome from. Try the worksheet to say what it gives the reader.',
  'facts-lost': 'A rewrite would have dropped a fact (a number, name or “not”), so none is offered.',
  grammar: 'A rewrite did not read cleanly, so none is offered; the plain wording is safe.',
};

interface Options {
  text: string;
  findings: readonly Finding[];
  audience: Audience;
  lexicon: PopupLexicon;
  /** Null while the engine is still loading: the popup shows findings at once and the rewrites follow. */
  engine: RewriteEngine | null;
}

/** Prepares rewrites for one message and audience. Work is done lazily, once per sentence. */
export function createPopupRewrites({ text, findings, audience, lexicon, engine }: Options): PopupRewrites {
  const sentences = splitSentences(text);
  const analogyById = new Map(lexicon.analogies.map((a) => [a.id, a]));
  const results = new Map<number, RewriteResult | null>();

  /** The jargon findings inside a sentence, as matches relative to it. */
  function matchesIn(sentence: SentenceSpan): JargonMatch[] {
    const matches: JargonMatch[] = [];
    for (const f of findings) {
      if (f.wholeMessage || f.start < sentence.start || f.end > sentence.end) continue;
      const entry = f.entryId ? lexicon.entry(f.entryId) : f.check === 'jargon' ? lexicon.entryForTerm?.(f.text) : undefined;
      if (entry) matches.push({ start: f.start - sentence.start, end: f.end - sentence.start, entry });
    }
    return matches;
  }

  function request(sentence: SentenceSpan): RewriteRequest {
    return { text: sentence.text, matches: matchesIn(sentence), analogies: lexicon.analogies, audience };
  }

  function rewrite(sentence: SentenceSpan): RewriteResult | null {
    if (!engine) return null;
    if (!results.has(sentence.start)) {
      let result: RewriteResult | null;
      try {
        result = engine.rewriteSentence(request(sentence));
      } catch {
        // The engine never offers a broken sentence; if it fails outright, offer the plain wording alone.
        result = null;
      }
      results.set(sentence.start, result);
    }
    return results.get(sentence.start) ?? null;
  }

  function analogyFor(result: RewriteResult | null, entryId: string | undefined): Analogy | undefined {
    if (result?.analogyId) return analogyById.get(result.analogyId);
    const linked = entryId ? lexicon.entry(entryId)?.analogies[0] : undefined;
    return linked ? analogyById.get(linked) : undefined;
  }

  function flaggedSentences(): SentenceSpan[] {
    return sentences.filter((s) => findings.some((f) => !f.wholeMessage && f.start < s.end && f.end > s.start));
  }

  function columnsOf(ws: Worksheet): WorksheetSource {
    return {
      original: ws.original,
      entryId: ws.entryId,
      columns: { feature: ws.feature, benefit: ws.benefit, outcome: ws.outcome },
      base: ws,
    };
  }

  return {
    forFinding(finding) {
      const view: FindingView = {};
      const own = finding.suggestions.find((s) => s.kind === 'plain' || s.kind === 'remove');
      if (finding.wholeMessage) {
        view.rewriteNote = 'Use the worksheet to add a sentence on what this work gives the reader.';
        return view;
      }
      const sentence = sentenceAt(sentences, finding.start, finding.end);
      const result = sentence ? rewrite(sentence) : null;
      const offset = sentence?.start ?? 0;
      // The engine's replacement is inflected to fit the sentence ("servers" → "computers that run our systems").
      const fitted = result?.replacements.find((r) => r.start + offset === finding.start && r.end + offset === finding.end);
      if (fitted) view.replacement = { kind: 'plain', text: fitted.plain };
      else if (own)
        view.replacement = {
          kind: own.kind === 'remove' ? 'remove' : 'plain',
          text: own.text,
          ...(own.start !== undefined && own.end !== undefined ? { start: own.start, end: own.end } : {}),
        };
      if (sentence) view.sentence = sentence;
      if (result?.outcome && result.outcome !== sentence?.text) view.outcome = result.outcome;
      // Wording findings ("just", "users") are fixed by their own replacement; a note on rewrites would be noise.
      else if (result?.unsafe && !WORDING_CHECKS.has(finding.check))
        view.rewriteNote = UNSAFE_NOTES[result.unsafe.reason] ?? result.unsafe.message;
      if (!view.outcome) {
        const sentenceRewrite = finding.suggestions.find((s) => s.kind === 'rewrite');
        if (sentenceRewrite) view.outcome = sentenceRewrite.text;
      }
      if (result?.analogy) view.withAnalogy = result.analogy;
      const analogy = analogyFor(result, finding.entryId);
      if (analogy) view.analogy = { title: analogy.title, explanation: analogy.explanation };
      return view;
    },

    worksheetChoices() {
      const flagged = flaggedSentences().map((s) => ({ id: String(s.start), label: s.text }));
      return [...flagged, { id: WHOLE_MESSAGE, label: 'Whole message' }];
    },

    worksheet(choiceId) {
      let sentence: SentenceSpan | undefined;
      if (choiceId === WHOLE_MESSAGE) {
        // A message is about its busiest sentence: the one naming the most lexicon terms (the first on a tie).
        let best = -1;
        for (const s of flaggedSentences()) {
          const n = matchesIn(s).length;
          if (n > best) [best, sentence] = [n, s];
        }
        sentence ??= sentences[0];
      } else {
        sentence = sentences.find((s) => String(s.start) === choiceId);
      }
      if (!sentence) return { original: '', entryId: null, columns: { feature: '', benefit: '', outcome: '' } };
      try {
        if (engine) return columnsOf(engine.buildWorksheet(request(sentence)));
      } catch {
        // Fall through to the lexicon's own phrases.
      }
      const entry = matchesIn(sentence)[0]?.entry;
      return {
        original: sentence.text,
        entryId: entry?.id ?? null,
        columns: {
          feature: sentence.text.replace(/[.!?]+$/, ''),
          benefit: entry?.benefit ?? '',
          outcome: entry?.outcomes?.[audience] ?? '',
        },
      };
    },

    compose(source, columns) {
      if (engine)
        return engine.composeWorksheetSentence({
          ...source.base,
          original: source.original,
          audience,
          entryId: source.entryId,
          ...columns,
        });
      // Until the engine has loaded: the three columns joined the way the worksheet teaches, checked by nobody.
      const parts = [
        columns.feature.trim(),
        columns.benefit.trim() && `so that ${columns.benefit.trim()}`,
        columns.outcome.trim() && `which means ${columns.outcome.trim()}`,
      ].filter(Boolean);
      const joined = parts.join(', ');
      return { text: joined ? `${joined.charAt(0).toUpperCase()}${joined.slice(1)}.` : '', missingFacts: [], problems: [] };
    },
  };
}
