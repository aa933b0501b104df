/**
 * Which mark's card is open, and what its actions do: Replace and Use rewrite go through the session's
 * fix path, Ignore and Always allow hide marks, Open in popup hands over. The rewrite is fetched once per
 * sentence and audience; the card shows without it until it answers. The answer also says why a term is marked:
 * a content script carries no built-in reasons, so until then the card gives the check's general one.
 */
import { Card, type CardModel, type RewriteState } from './ui/card.ts';
import type { BoxSession, Mark, SentenceTarget } from './box-session.ts';
import type { UiLayer } from './ui/ui-layer.ts';
import { canAllowFinding, checkInfo } from '../lexicon/checks/catalog.ts';
import { withReason } from '../lexicon/checks/jargon-reason.ts';
import { AUDIENCE_LABELS } from '../lexicon/schema.ts';
import type { ApplyOutcome, ComposeDeps, ComposeSettings, SentenceRewrites } from './types.ts';

export interface CardEnvironment {
  deps: ComposeDeps;
  settings(): ComposeSettings;
  layerOf(session: BoxSession): UiLayer;
  /** Adds a term to the allow list for every box, at once. */
  allow(term: string): void;
}

interface OpenCard {
  session: BoxSession;
  mark: Mark;
  card: Card;
  /** Opened from the keyboard: it stays until closed, and focus returns to the text after. */
  keyboard: boolean;
  sentence: SentenceTarget | null;
  rewrite: RewriteState;
  /** Where the marked words sit inside the sentence, to pick the engine's fitted plain phrase for them. */
  inSentence: { start: number; end: number } | null;
  /** The plain phrase inflected to fit the sentence, once the rewrite engine answered. */
  fittedPlain?: string;
  /** Why the marked term is marked, from its entry in the full lexicon, once the background answered. */
  reason?: string;
  /** Bumped when the card changes mark, so a late rewrite does not land on another mark's card. */
  generation: number;
}

/** A rewrite that takes longer than this is given up on, and the card says so. */
const REWRITE_TIMEOUT = 5_000;
const CACHE_SIZE = 64;

export class CardController {
  private current: OpenCard | null = null;
  private readonly cards = new Map<UiLayer, Card>();
  private readonly rewrites = new Map<string, Promise<SentenceRewrites | null>>();
  private generation = 0;

  constructor(private readonly env: CardEnvironment) {}

  get open(): { session: BoxSession; mark: Mark; keyboard: boolean } | null {
    return this.current;
  }

  /** Opens the card for a mark; from the keyboard, focus moves into the card. */
  show(session: BoxSession, mark: Mark, keyboard: boolean): void {
    const rects = mark.anchor.rects();
    if (rects.length === 0) return;
    const layer = this.env.layerOf(session);
    if (this.current && this.current.card !== this.cardFor(layer)) this.current.card.hide();
    if (this.current?.mark === mark && this.current.session === session) {
      if (keyboard && !this.current.keyboard) {
        this.current.keyboard = true;
        this.current.card.show(this.model(this.current), rects, true);
      }
      return;
    }
    const card = this.cardFor(layer);
    const sentence = session.sentenceOf(mark);
    const offsets = mark.anchor.currentOffsets();
    const inSentence = sentence && offsets ? { start: offsets.start - sentence.start, end: offsets.end - sentence.start } : null;
    const open: OpenCard = {
      session,
      mark,
      card,
      keyboard,
      sentence,
      inSentence,
      rewrite: this.initialRewrite(mark, sentence),
      generation: ++this.generation,
    };
    this.current = open;
    card.show(this.model(open), rects, keyboard);
    if (open.rewrite.state === 'pending' && sentence) void this.fetchRewrite(open, sentence);
  }

  /** Closes the card; from Escape, the caret goes back to the end of the marked words. */
  close(reason: 'escape' | 'dismiss' | 'gone' = 'dismiss'): void {
    const current = this.current;
    if (!current) return;
    this.current = null;
    current.card.hide();
    if (reason === 'escape') current.session.returnTo(current.mark);
  }

  /** After a session re-analysed: follow the same finding, or close when it is gone. */
  rebind(session: BoxSession): void {
    const current = this.current;
    if (!current || current.session !== session) return;
    const mark = session.sameMark(current.mark);
    if (!mark) return this.close('gone');
    current.mark = mark;
  }

  /** Follows the words after scrolling or typing; a hover card whose words left the view closes. */
  reposition(): void {
    const current = this.current;
    if (!current) return;
    if (current.session.isDisposed) return this.close('gone');
    const rects = current.mark.anchor.rects();
    if (rects.length === 0) {
      if (!current.keyboard) this.close('gone');
      return;
    }
    current.card.reposition(rects);
  }

  /** Whether an event target is inside the open card. */
  contains(target: EventTarget | null): boolean {
    return !!this.current?.card.contains(target);
  }

  /** Forgets the card of a layer whose document went away (a removed frame). */
  forgetLayer(layer: UiLayer): void {
    if (this.current && this.cards.get(layer) === this.current.card) this.close('gone');
    this.cards.get(layer)?.dispose();
    this.cards.delete(layer);
  }

  /** Forgets a session's card when its box goes away. */
  forget(session: BoxSession): void {
    if (this.current?.session === session) this.close('gone');
  }

  dispose(): void {
    this.current = null;
    for (const card of this.cards.values()) card.dispose();
    this.cards.clear();
  }

  private cardFor(layer: UiLayer): Card {
    let card = this.cards.get(layer);
    if (!card) {
      card = new Card(layer, {
        replace: () => void this.replace(),
        useRewrite: () => void this.useRewrite(),
        ignore: () => this.ignore(),
        allow: () => this.allow(),
        addToLexicon: () => this.addToLexicon(),
        openPopup: () => this.openPopup(),
        close: (reason) => this.close(reason),
      });
      this.cards.set(layer, card);
    }
    return card;
  }

  private model(open: OpenCard): CardModel {
    const finding = open.mark.finding;
    const plain = finding.suggestions.find((s) => s.kind === 'plain' || s.kind === 'remove');
    return {
      kind: open.mark.kind,
      title: checkInfo(open.mark.finding.check).title,
      term: finding.text,
      message: open.reason ? withReason(finding.message, open.reason) : finding.message,
      plain: plain ? (plain.kind === 'remove' ? '' : (open.fittedPlain ?? plain.text)) : undefined,
      plainRefused:
        plain && plain.kind !== 'remove'
          ? (open.session.replaceRefusal(open.mark, open.fittedPlain ?? plain.text) ?? undefined)
          : undefined,
      rewrite: open.rewrite,
      audienceLabel: AUDIENCE_LABELS[this.env.settings().audience]?.long ?? 'your reader',
      // Offered only where it holds: words a check marks (not a sentence), short enough to go on the allow list.
      canAllow: canAllowFinding(finding),
      canAddToLexicon: typeof this.env.deps.addToLexicon === 'function' && canAllowFinding(finding),
      canOpenPopup: typeof this.env.deps.openPopup === 'function',
    };
  }

  private initialRewrite(mark: Mark, sentence: SentenceTarget | null): RewriteState {
    const offered = mark.finding.suggestions.find((s) => s.kind === 'rewrite');
    if (offered) return { state: 'ready', outcome: offered.text };
    if (!sentence || !this.env.deps.rewrite) return { state: 'none' };
    return { state: 'pending' };
  }

  private async fetchRewrite(open: OpenCard, sentence: SentenceTarget): Promise<void> {
    const audience = this.env.settings().audience;
    // The terms are part of the question: allowing or ignoring one changes what the rewrite may reword.
    const terms = sentence.terms.map((t) => `${t.start}:${t.end}:${t.entryId ?? t.check}`).join(',');
    const key = `${audience}\u0000${terms}\u0000${sentence.text}`;
    let request = this.rewrites.get(key);
    if (!request) {
      request = withTimeout(this.env.deps.rewrite!(sentence.text, audience, sentence.terms), REWRITE_TIMEOUT).catch(() => null);
      this.rewrites.set(key, request);
      if (this.rewrites.size > CACHE_SIZE) this.rewrites.delete(this.rewrites.keys().next().value!);
    }
    const result = await request;
    if (this.current !== open || open.generation !== this.generation) return;
    open.rewrite = !result
      ? { state: 'ready' }
      : result.declined && !result.outcome
        ? {
            state: 'declined',
            reason: result.declined,
            ...(typeof result.choice === 'string' && result.choice ? { choice: result.choice } : {}),
          }
        : { state: 'ready', outcome: result.outcome, analogy: analogyClause(result.outcome, result.analogy) };
    if (!result) this.rewrites.delete(key); // try again next time: the engine may have been busy
    const here = (r: { start: number; end: number }) =>
      !!open.inSentence && r.start === open.inSentence.start && r.end === open.inSentence.end;
    const fitted = result?.replacements?.find(here);
    if (fitted && fitted.text) open.fittedPlain = fitted.text;
    const reason = result?.reasons?.find(here);
    if (reason && typeof reason.text === 'string' && reason.text) open.reason = reason.text;
    open.card.update(this.model(open));
  }

  private async replace(): Promise<void> {
    const open = this.current;
    if (!open) return;
    const plain = this.model(open).plain;
    if (plain === undefined) return;
    // The session fits the words to the text around them: spacing, a capital, "a"/"an" before them (an article the
    // suggestion reached back over included), or a refusal saying why.
    this.finish(open, await open.session.replaceMark(open.mark, plain));
  }

  private async useRewrite(): Promise<void> {
    const open = this.current;
    // The outcome rewrite, or the outcome the writer chose to take where the gain depends on why.
    const text =
      open?.rewrite.state === 'ready' ? open.rewrite.outcome : open?.rewrite.state === 'declined' ? open.rewrite.choice : undefined;
    if (!open || !text) return;
    const sentence = open.session.sentenceOf(open.mark);
    if (!sentence || !open.sentence || sentence.text !== open.sentence.text) {
      open.card.notice('The sentence changed since it was checked, so nothing was replaced.');
      return;
    }
    const outcome = await open.session.replaceSentence(sentence, text);
    this.finish(open, outcome);
  }

  private finish(open: OpenCard, outcome: ApplyOutcome): void {
    if (outcome.ok) {
      if (this.current === open) {
        this.current = null;
        open.card.hide();
      }
      return;
    }
    if (this.current === open) open.card.notice(outcome.reason);
  }

  private ignore(): void {
    const open = this.current;
    if (!open) return;
    this.close(open.keyboard ? 'escape' : 'dismiss');
    open.session.ignore(open.mark.finding.id);
  }

  private allow(): void {
    const open = this.current;
    if (!open) return;
    this.close(open.keyboard ? 'escape' : 'dismiss');
    this.env.allow(open.mark.finding.text);
  }

  /** Hands the term to the user's lexicon's add form; the card closes, the text is left as it is. */
  private addToLexicon(): void {
    const open = this.current;
    if (!open) return;
    this.close(open.keyboard ? 'escape' : 'dismiss');
    this.env.deps.addToLexicon?.(open.mark.finding.text);
  }

  private openPopup(): void {
    const open = this.current;
    if (!open) return;
    this.env.deps.openPopup?.(open.mark.finding.id);
  }
}

/** The engine's analogy suggestion repeats the outcome sentence; the card shows only the analogy after it. */
function analogyClause(outcome: string | undefined, analogy: string | undefined): string | undefined {
  if (!analogy) return undefined;
  return outcome && analogy.startsWith(outcome) ? analogy.slice(outcome.length).trim() || undefined : analogy;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(null), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
