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
import { messageSentences, termsInSentence, type SentenceSpan } from '../../lexicon/analyze/sentences.ts';
import { matchesOf, rewriteRequestFor } from '../../extension/rewrite-request.ts';
import { reasonOf, withReason } from '../../lexicon/checks/jargon-reason.ts';

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
  /** Where that sentence is in the message: "Insert" replaces it. Missing for the whole message (inserted at the cursor). */
  target?: SentenceSpan;
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
  const analogyById = new Map(lexicon.analogies.map((a) => [a.id, a]));
  const results = new Map<number, RewriteResult | null>();
  // The sentences findings sit in, as the analyzer split them: the same words the card's header shows.
  const flagged = new Map<number, SentenceSpan>();
  for (const f of findings) {
    if (!f.sentence || flagged.has(f.sentence.start)) continue;
    flagged.set(f.sentence.start, { start: f.sentence.start, end: f.sentence.end, text: text.slice(f.sentence.start, f.sentence.end) });
  }
  const flaggedSentences = [...flagged.values()].sort((a, b) => a.start - b.start);
  /** Stable ids for the worksheet's choices: a sentence's words and which of its repeats it is, not its offset. */
  const choiceIds = new Map<number, string>();
  const seenTexts = new Map<string, number>();
  for (const s of flaggedSentences) {
    const n = seenTexts.get(s.text) ?? 0;
    seenTexts.set(s.text, n + 1);
    choiceIds.set(s.start, `${n}:${s.text}`);
  }

  /** The lexicon terms inside a sentence that the page marks (allowed and ignored ones are not), relative to it. */
  function matchesIn(sentence: SentenceSpan): JargonMatch[] {
    return matchesOf(termsInSentence(findings, sentence), lexicon);
  }

  function request(sentence: SentenceSpan): RewriteRequest {
    return rewriteRequestFor(sentence.text, termsInSentence(findings, sentence), lexicon, lexicon.analogies, audience);
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
      // The page's findings carry no built-in reason (lexicon/data/page-file.ts): the popup has the whole lexicon.
      const entry = finding.entryId ? lexicon.entry(finding.entryId) : undefined;
      const message = entry ? withReason(finding.message, reasonOf(entry)) : finding.message;
      if (message !== finding.message) view.message = message;
      const own = finding.suggestions.find((s) => s.kind === 'plain' || s.kind === 'remove');
      if (finding.wholeMessage) {
        view.rewriteNote = 'Use the worksheet to add a sentence on what this work gives the reader.';
        return view;
      }
      const sentence = finding.sentence ? flagged.get(finding.sentence.start) : undefined;
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
      if (!view.outcome && result?.choice && result.choice !== sentence?.text) view.choice = result.choice;
      if (result?.analogy) view.withAnalogy = result.analogy;
      const analogy = analogyFor(result, finding.entryId);
      if (analogy) view.analogy = { title: analogy.title, explanation: analogy.explanation };
      return view;
    },

    worksheetChoices() {
      const choices = flaggedSentences.map((s) => ({ id: choiceIds.get(s.start)!, label: s.text }));
      return [...choices, { id: WHOLE_MESSAGE, label: 'Whole message' }];
    },

    worksheet(choiceId) {
      let sentence: SentenceSpan | undefined;
      const whole = choiceId === WHOLE_MESSAGE;
      if (whole) {
        // A message is about its busiest sentence: the one naming the most lexicon terms (the first on a tie).
        let best = -1;
        for (const s of flaggedSentences) {
          const n = matchesIn(s).length;
          if (n > best) [best, sentence] = [n, s];
        }
        sentence ??= messageSentences(text)[0];
      } else {
        sentence = flaggedSentences.find((s) => choiceIds.get(s.start) === choiceId);
      }
      if (!sentence) return { original: '', entryId: null, columns: { feature: '', benefit: '', outcome: '' } };
      // A sentence's worksheet replaces that sentence; the whole message's adds a sentence at the cursor.
      const target = whole ? {} : { target: sentence };
      try {
        if (engine) return { ...columnsOf(engine.buildWorksheet(request(sentence))), ...target };
      } catch {
        // Fall through to the lexicon's own phrases.
      }
      const entry = matchesIn(sentence)[0]?.entry;
      return {
        ...target,
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
