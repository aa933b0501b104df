/**
 * Type a test sentence and see how it is marked and rewritten with the current lexicon. Everything is rendered
 * as text nodes: lexicon wording and the user's sentence never become markup.
 */
import { Fragment } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { AUDIENCE_LABELS, type Audience, type LexiconEntry } from '../../lexicon/schema.ts';
import type { Finding } from '../../lexicon/types.ts';
import type { RewriteResult } from '../../lexicon/rewrite/types.ts';
import { sampleSentence, segmentText, type PreviewEngine, type PreviewLexicon } from './preview-engine.ts';
import { CHECK_CATALOG } from '../../lexicon/checks/catalog.ts';

export interface LivePreviewProps {
  engine: PreviewEngine;
  lexicon: PreviewLexicon;
  /** The entry being looked at; it seeds the test sentence. */
  entry: Pick<LexiconEntry, 'term' | 'id'>;
  audience: Audience;
}

export function LivePreview({ engine, lexicon, entry, audience }: LivePreviewProps) {
  const [text, setText] = useState(() => sampleSentence(entry));
  const inputId = `bl-preview-${entry.id}`;

  const { findings, error } = useMemo(() => {
    try {
      return { findings: engine.analyze(text, lexicon, audience), error: undefined };
    } catch (e) {
      return { findings: [] as Finding[], error: e instanceof Error ? e.message : String(e) };
    }
  }, [engine, text, lexicon, audience]);

  const rewrite = useMemo((): RewriteResult | null => {
    if (!engine.rewrite || !text.trim()) return null;
    const byId = new Map(lexicon.entries.map((e) => [e.id, e]));
    const matches = findings.flatMap((f) => {
      const matched = f.entryId ? byId.get(f.entryId) : undefined;
      return matched && !f.wholeMessage ? [{ start: f.start, end: f.end, entry: matched }] : [];
    });
    if (matches.length === 0) return null;
    try {
      return engine.rewrite({ text, matches, analogies: lexicon.analogies, audience });
    } catch {
      return null;
    }
  }, [engine, text, findings, lexicon, audience]);

  const { segments, over } = segmentText(text, findings);
  const marked = segments.flatMap((s) => (s.finding ? [s.finding] : []));

  return (
    <section class="bl-preview" aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`} class="bl-options__h3">
        Live preview
      </h3>
      <label class="bl-field__label" for={inputId}>
        Test sentence
      </label>
      <textarea id={inputId} class="bl-input bl-preview__input" rows={2} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <div class="bl-preview__result" aria-live="polite">
        {error ? (
          <p class="bl-options__error">The preview could not run: {error}</p>
        ) : !text.trim() ? (
          <p class="bl-options__muted">Type a sentence to see how it is marked.</p>
        ) : (
          <>
            <p class="bl-preview__marked" data-testid="preview-marked">
              {segments.map((segment, i) =>
                segment.finding ? (
                  <mark
                    key={i}
                    class={`bl-preview__mark bl-kind--${CHECK_CATALOG[segment.finding.check].kind}`}
                    title={segment.finding.message}
                  >
                    {segment.text}
                  </mark>
                ) : (
                  segment.text
                ),
              )}
            </p>
            <p class="bl-options__muted bl-preview__count">
              {findings.length === 0
                ? 'Nothing is marked in this sentence.'
                : marked.length > 0
                  ? `Marked: ${marked.map((f) => f.text).join(', ')}`
                  : ''}
            </p>
            {over.length > 0 && (
              <ul class="bl-preview__notes">
                {over.map((f) => (
                  <li key={f.id} class={`bl-kind--${CHECK_CATALOG[f.check].kind}`}>
                    <strong>{CHECK_CATALOG[f.check].title}.</strong> {f.message}
                  </li>
                ))}
              </ul>
            )}
            {findings.length > 0 && (
              <dl class="bl-preview__rewrites">
                {rewrite?.plain ? (
                  <>
                    <dt>Plain</dt>
                    <dd>{rewrite.plain}</dd>
                  </>
                ) : (
                  marked
                    .filter((f) => f.suggestions[0])
                    .slice(0, 3)
                    .map((f) => (
                      <Fragment key={f.id}>
                        <dt>“{f.text}”</dt>
                        <dd>{f.suggestions[0]!.text}</dd>
                      </Fragment>
                    ))
                )}
                {rewrite?.outcome && (
                  <>
                    <dt>For {AUDIENCE_LABELS[audience].long}</dt>
                    <dd>{rewrite.outcome}</dd>
                  </>
                )}
                {rewrite?.analogy && (
                  <>
                    <dt>With an analogy</dt>
                    <dd>{rewrite.analogy}</dd>
                  </>
                )}
                {rewrite?.unsafe && !rewrite.outcome && (
                  <>
                    <dt>Rewrite</dt>
                    <dd class="bl-options__muted">{rewrite.unsafe.message}</dd>
                  </>
                )}
                {!rewrite?.outcome && rewrite?.choice && (
                  <>
                    <dt>For {AUDIENCE_LABELS[audience].long}, if this is why</dt>
                    <dd>{rewrite.choice}</dd>
                  </>
                )}
              </dl>
            )}
          </>
        )}
      </div>
    </section>
  );
}
