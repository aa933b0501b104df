/**
 * One compose box from the moment it is found until it goes away: it reads the text when the writer
 * pauses, analyses it, keeps the marks anchored to the words, draws them and the badge, and applies fixes.
 */
import { IdleDebouncer } from './schedule/idle-debouncer.ts';
import { OVERLAY_MARGIN, visibleMarks, type Measured } from './paint/visible-marks.ts';
import { markKindOf, type MarkKind } from './mark-kinds.ts';
import { Badge } from './ui/badge.ts';
import { TEXT_CHANGED, refused, type MarkAnchor, type TextField } from './fields/text-field.ts';
import { fitParagraphsInsertion, fitReplacement, fitSentenceInsertion } from '../lexicon/fix/index.ts';
import { CHECK_CATALOG } from '../lexicon/checks/catalog.ts';
import { messageSentences, termsInSentence } from '../lexicon/analyze/sentences.ts';
import { makeRect } from './geometry/visible-rect.ts';
import { rankFindings } from '../lexicon/analyze/rank.ts';
import type { HighlightPainter } from './paint/highlight-painter.ts';
import type { OverlayPainter } from './paint/overlay-painter.ts';
import type { UiLayer } from './ui/ui-layer.ts';
import type { AnalyzeFn, AnalyzeResult, ApplyOutcome, ComposeSettings, Finding, SentenceTerm, Severity } from './types.ts';

/** A finding drawn in the text. */
export interface Mark {
  finding: Finding;
  kind: MarkKind;
  anchor: MarkAnchor;
}

/** A sentence of the current text, to be replaced by a rewrite. */
export interface SentenceTarget {
  start: number;
  end: number;
  text: string;
  /** The marked terms inside it that are shown (not ignored or allowed), offsets relative to the sentence. */
  terms: SentenceTerm[];
}

/** What a session needs from the integration around it. */
export interface SessionHost {
  settings(): ComposeSettings;
  isAllowed(term: string): boolean;
  layer(): UiLayer;
  highlights(): HighlightPainter | null;
  overlay(): OverlayPainter;
  /** Draws in the next frame, or with `afterFrame` in a task just after it (see FrameBatcher). */
  requestRender(afterFrame?: boolean): void;
  badgeActivated(session: BoxSession): void;
  analyzed(session: BoxSession): void;
}

const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };
/**
 * Pixels above and below the visible part of a box whose marks are highlighted too: none. Highlights are
 * redrawn in the frame of the scroll that shows new text, and every highlighted range costs the browser work on
 * each keystroke; with 40 px more, the typing benchmark's added time per key at 10,000 words averaged +3.1 ms
 * over six runs, against +1.9 ms over four runs without (the runs vary by several milliseconds).
 */
const HIGHLIGHT_MARGIN = 0;

export class BoxSession {
  /** Marks in text order (whole-message findings have none). */
  marks: Mark[] = [];
  /** Every finding shown to the user, after settings, ignores, the allow list and the quiet view's ranking. */
  shown: Finding[] = [];
  /** Findings the quiet view holds back until the user asks to see everything (the picky setting). */
  held: Finding[] = [];
  /** The marks drawn in the last frame, with their boxes: hover hit-tests against these. */
  geometry: Measured<Mark>[] = [];
  pausedForMessage = false;
  private result: AnalyzeResult | null = null;
  private analyzedText = '';
  private readonly ignored = new Set<string>();
  /**
   * The same ignored findings by their words and what stands right around them: a finding's id changes with any
   * edit to its sentence, and an Ignored "we're swamped" came back as soon as the writer fixed another word there.
   */
  private readonly ignoredNear = new Set<string>();
  private readonly badge: Badge;
  private readonly debouncer: IdleDebouncer;
  private readonly mutations: MutationObserver | null;
  private readonly resizes: ResizeObserver | null;
  private composing = false;
  private disposed = false;
  /** Render state: marks re-anchored since the last frame, the view last painted, and edits since. */
  private marksChanged = true;
  private lastView = '';
  private textMoved = false;
  private readonly listeners: Array<[string, EventListener]>;

  constructor(
    readonly field: TextField,
    private readonly analyze: AnalyzeFn,
    private readonly host: SessionHost,
  ) {
    const element = field.element;
    const win = element.ownerDocument.defaultView!;
    this.badge = new Badge(host.layer(), () => host.badgeActivated(this));
    this.debouncer = new IdleDebouncer(win, () => this.analyzeNow());
    this.listeners = [
      ['input', () => this.edited()],
      ['compositionstart', () => (this.composing = true)],
      [
        'compositionend',
        () => {
          this.composing = false;
          this.edited();
        },
      ],
    ];
    for (const [type, listener] of this.listeners) element.addEventListener(type, listener);
    // Editors change text without input events too (paste handlers, programmatic updates, undo). A textarea's
    // text is its value, but a page that restyles it (a class on focus, a new font in the same box) moves its
    // text without resizing it: the mirror compares the styles it copied when it next draws.
    if (typeof win.MutationObserver !== 'function') this.mutations = null;
    else if (field.kind === 'dom') {
      this.mutations = new win.MutationObserver(() => this.edited());
      this.mutations.observe(element, { childList: true, characterData: true, subtree: true });
    } else {
      this.mutations = new win.MutationObserver(() => host.requestRender(true));
      this.mutations.observe(element, { attributes: true, attributeFilter: ['class', 'style'] });
    }
    this.resizes =
      typeof win.ResizeObserver === 'function'
        ? new win.ResizeObserver(() => {
            (field as { layoutChanged?: () => void }).layoutChanged?.();
            host.requestRender();
          })
        : null;
    this.resizes?.observe(element);
    this.debouncer.poke();
    // The badge shows at once, saying it is checking, and takes its count when the first analysis ends.
    host.requestRender();
  }

  get element(): HTMLElement {
    return this.field.element;
  }

  /** The latest analysis, with only the findings shown. */
  shownResult(): AnalyzeResult | null {
    return this.result ? { findings: this.shown, score: this.result.score } : null;
  }

  /** The text the shown findings' offsets refer to. */
  text(): string {
    return this.analyzedText;
  }

  /** Analyses at once (after a fix, a settings change, or for the popup). */
  analyzeNow(): void {
    if (this.disposed) return;
    this.debouncer.cancel();
    if (this.composing) return;
    const settings = this.host.settings();
    if (settings.paused || this.pausedForMessage) {
      this.setMarks([]);
      this.shown = [];
      this.held = [];
      this.host.requestRender();
      return;
    }
    const text = this.field.read();
    this.result = this.analyze(text, { audience: settings.audience });
    this.analyzedText = text;
    this.refilter();
  }

  /** Applies settings, ignores and the allow list to the last analysis, and re-anchors the marks. */
  refilter(): void {
    if (!this.result) return;
    const settings = this.host.settings();
    const minimum = SEVERITY_RANK[settings.minSeverity] ?? 0;
    const text = this.analyzedText;
    const wanted = this.result.findings.filter(
      (f) =>
        settings.checks[f.check] !== false &&
        (SEVERITY_RANK[f.severity] ?? 0) >= minimum &&
        !this.ignored.has(f.id) &&
        !this.ignoredNear.has(nearKey(f, text)) &&
        !(CHECK_CATALOG[f.check].canAllow && this.host.isAllowed(f.text)),
    );
    // Quiet by default: the badge, the marks, the card and the popup all show what the ranking keeps.
    const ranked = rankFindings(wanted, { audience: settings.audience, picky: settings.picky, words: this.result.score.words, text });
    this.shown = ranked.shown;
    this.held = ranked.held;
    // A finding that survived the edit keeps its anchor, so typing elsewhere repaints nothing.
    const previous = new Map(this.marks.map((mark) => [mark.finding.id, mark]));
    const kept = new Set<Mark>();
    const marks: Mark[] = [];
    for (const finding of this.shown) {
      if (finding.wholeMessage || finding.end <= finding.start) continue;
      // Offsets must slice the text we analysed to the finding's words; anything else is not drawn.
      if (text.slice(finding.start, finding.end) !== finding.text) continue;
      const old = previous.get(finding.id);
      const at = old && !kept.has(old) ? old.anchor.currentOffsets() : null;
      if (old && at && at.start === finding.start && at.end === finding.end) {
        kept.add(old);
        marks.push({ finding, kind: old.kind, anchor: old.anchor });
        continue;
      }
      const anchor = this.field.anchor(finding.start, finding.end);
      if (anchor) marks.push({ finding, kind: markKindOf(finding.check), anchor });
    }
    this.setMarks(marks, kept);
    this.host.analyzed(this);
    this.host.requestRender();
  }

  /** Draws this box's visible marks and places its badge. Called once per frame at most. */
  render(): void {
    if (this.disposed) return;
    const settings = this.host.settings();
    if (settings.paused) {
      this.clearPaint();
      this.badge.element.hidden = true;
      this.lastView = '';
      return;
    }
    const clip = this.field.visibleRect();
    const highlights = this.field.kind === 'dom' ? this.host.highlights() : null;
    // Highlights move with the text by themselves: only a scroll, a resize or new marks change what to paint.
    // Overlay boxes are positioned by us, so they are measured every frame. The box's own place and scroll
    // are part of the view: a tall box scrolled inside a fixed clipper shows new text with the same clip.
    const own = this.element.getBoundingClientRect();
    const view = `${clip.left},${clip.top},${clip.width},${clip.height},${own.left},${own.top},${this.element.scrollLeft},${this.element.scrollTop}`;
    if (highlights && !this.marksChanged && view === this.lastView && !this.textMoved) {
      this.placeBadge(clip);
      return;
    }
    this.lastView = view;
    this.marksChanged = false;
    this.textMoved = false;
    // Every highlighted range costs the browser work on each keystroke (it rebuilds all highlight markers and
    // repaints their text whenever the DOM changes), so highlights cover only what is in view; overlay boxes
    // are ours to move, and a wider band hides the gap while scrolling.
    const margin = highlights ? HIGHLIGHT_MARGIN : OVERLAY_MARGIN;
    this.geometry = this.pausedForMessage ? [] : visibleMarks(this.marksNear(clip, margin), (m) => m.anchor.rects(), clip, margin);
    if (highlights)
      highlights.paint(
        this,
        this.geometry.map((g) => ({ kind: g.mark.kind, range: g.mark.anchor.range! })),
      );
    else
      this.host.overlay().paint(
        this,
        this.geometry.map((g) => ({
          kind: g.mark.kind,
          rects: g.rects.map((r) => clipRect(r, clip)).filter((r) => r.width > 0 && r.height > 0),
        })),
      );
    this.placeBadge(clip);
  }

  /**
   * The marks whose words are laid out in the visible band, where the field can tell from offsets; else all.
   * A textarea's marks are measured after every keystroke, and measuring each one cost milliseconds a key.
   */
  private marksNear(clip: DOMRectReadOnly, margin: number): Mark[] {
    const span = this.field.textBetween?.(clip.top - margin, clip.bottom + margin);
    if (span === undefined) return this.marks;
    if (span === null) return [];
    return this.marks.filter((mark) => {
      const at = mark.anchor.currentOffsets();
      return at !== null && at.end >= span.start && at.start <= span.end;
    });
  }

  private placeBadge(clip: DOMRectReadOnly): void {
    this.badge.update({ count: this.shown.length, score: this.result?.score.value ?? null, paused: this.pausedForMessage });
    this.badge.place(clip);
  }

  /** The drawn mark under a point, if any; where marks nest (a term inside a flagged sentence), the innermost. */
  markAt(x: number, y: number): Mark | null {
    let best: Mark | null = null;
    for (const { mark, rects } of this.geometry) {
      if (!rects.some((r) => x >= r.left && x <= r.right && y >= r.top - 1 && y <= r.bottom + 2)) continue;
      if (!best || mark.finding.end - mark.finding.start < best.finding.end - best.finding.start) best = mark;
    }
    return best;
  }

  /** The mark after `after` (or after the caret), wrapping round to the first. */
  nextMark(after: Mark | null): Mark | null {
    if (this.marks.length === 0) return null;
    if (after) {
      const index = this.marks.indexOf(after);
      if (index !== -1) return this.marks[(index + 1) % this.marks.length]!;
    }
    const caret = this.field.caretOffset() ?? -1;
    return this.marks.find((m) => (m.anchor.currentOffsets()?.start ?? m.finding.start) >= caret) ?? this.marks[0]!;
  }

  /** The mark standing for the same finding after a re-analysis, if it survived. */
  sameMark(mark: Mark): Mark | null {
    return this.marks.find((m) => m.finding.id === mark.finding.id) ?? null;
  }

  /** Replaces the mark's words, if they are still what was analysed, fitted to the text around them. */
  async replaceMark(mark: Mark, text: string): Promise<ApplyOutcome> {
    this.field.read();
    const offsets = mark.anchor.currentOffsets();
    if (!offsets) return refused(TEXT_CHANGED);
    return this.replaceFitted(offsets.start, offsets.end, mark.finding.text, text);
  }

  /**
   * Why Replace with `text` would be refused where the mark stands now ("… does not fit before …"), or null when it
   * would be written, or when the words under the mark changed (the click then says so). The card asks before it
   * offers Replace, so a new user is not offered a fix that cannot stand there.
   */
  replaceRefusal(mark: Mark, text: string): string | null {
    const current = this.field.read();
    const offsets = mark.anchor.currentOffsets();
    if (!offsets || current.slice(offsets.start, offsets.end) !== mark.finding.text) return null;
    const fit = fitReplacement(current, offsets.start, offsets.end, text);
    return fit.ok ? null : fit.reason;
  }

  /**
   * The sentence a mark is in, in the current text: the analyzer's span for its finding, moved by as much as the
   * mark moved, or null when that sentence no longer reads as it did. It is the sentence the card's header shows
   * and the one "Use rewrite" replaces, as the popup and the worksheet name it.
   */
  sentenceOf(mark: Mark): SentenceTarget | null {
    const text = this.field.read();
    const offsets = mark.anchor.currentOffsets();
    const span = mark.finding.sentence;
    if (!offsets || !span) return null;
    const shift = offsets.start - mark.finding.start;
    const sentence = this.analyzedText.slice(span.start, span.end);
    if (text.slice(span.start + shift, span.end + shift) !== sentence) return null;
    return { start: span.start + shift, end: span.end + shift, text: sentence, terms: termsInSentence(this.shown, span) };
  }

  /** Replaces a sentence found by `sentenceOf`, if it still reads the same. */
  async replaceSentence(target: SentenceTarget, text: string): Promise<ApplyOutcome> {
    return this.replaceFitted(target.start, target.end, target.text, text);
  }

  /** Replaces a range given in offsets of the analysed text (the popup's fixes, the worksheet's sentence). */
  async replaceRange(start: number, end: number, expected: string, text: string): Promise<ApplyOutcome> {
    return this.replaceFitted(start, end, expected, text);
  }

  /** Inserts a sentence at the caret: at the end of the sentence the caret is in, spaced from its neighbours. */
  async insert(text: string): Promise<ApplyOutcome> {
    const current = this.field.read();
    const caret = this.field.caretOffset() ?? current.length;
    const fit = fitSentenceInsertion(current, caret, text, messageSentences(current));
    if (!fit.ok) return refused(fit.reason);
    return this.afterEdit(await this.field.replace(fit.start, fit.end, '', fit.text));
  }

  /**
   * Inserts text of several paragraphs (the composed IT update) at the caret, or at the end of the text, as paragraphs
   * of their own: a blank line from the writer's words on either side, its own breaks kept, one undo step.
   */
  async insertParagraphs(text: string): Promise<ApplyOutcome> {
    return this.afterEdit(await this.field.insertParagraphs((current, at) => fitParagraphsInsertion(current, at, text)));
  }

  /**
   * Every fix goes through here: the words must still read `expected`, the suggestion is fitted to the text around
   * it (spacing, capitals, a/an, or a refusal saying why: lexicon/fix), and the field checks after the edit that
   * the text reads exactly as fitted.
   */
  private async replaceFitted(start: number, end: number, expected: string, replacement: string): Promise<ApplyOutcome> {
    const current = this.field.read();
    if (current.slice(start, end) !== expected) return refused(TEXT_CHANGED);
    const fit = fitReplacement(current, start, end, replacement);
    if (!fit.ok) return refused(fit.reason);
    return this.afterEdit(await this.field.replace(fit.start, fit.end, current.slice(fit.start, fit.end), fit.text));
  }

  ignore(findingId: string): boolean {
    const finding = this.shown.find((f) => f.id === findingId);
    if (!finding) return false;
    this.ignored.add(findingId);
    this.ignoredNear.add(nearKey(finding, this.analyzedText));
    this.refilter();
    return true;
  }

  setPausedForMessage(paused: boolean): void {
    this.pausedForMessage = paused;
    this.analyzeNow();
  }

  /** Puts the caret after a mark, for when the card closes from the keyboard. */
  returnTo(mark: Mark): void {
    this.field.read();
    const offsets = mark.anchor.currentOffsets();
    this.field.placeCaret(offsets ? offsets.end : mark.finding.end);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.debouncer.cancel();
    this.mutations?.disconnect();
    this.resizes?.disconnect();
    for (const [type, listener] of this.listeners) this.field.element.removeEventListener(type, listener);
    this.setMarks([]);
    this.clearPaint();
    this.badge.dispose();
    this.lastView = '';
    this.field.dispose();
    this.geometry = [];
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  private edited(): void {
    if (this.disposed) return;
    this.debouncer.poke();
    // Overlay boxes must follow the text; highlights follow it by themselves, and their hover boxes are
    // re-measured when the analysis lands (at most `maxWait` later) or the view changes.
    if (this.field.kind === 'textarea' || !this.host.highlights()) {
      // Typing after every drawn mark (as when writing on at the end) leaves them where they are.
      const unmoved = this.field.unmovedBefore?.();
      if (unmoved !== undefined && this.drawnBefore(unmoved)) return;
      this.textMoved = true;
      // The boxes move in the frame after the key's: measuring them (a textarea's on its mirror) in the key's
      // own frame held the typed character back by 2-3 ms typing mid-message in a long textarea.
      this.host.requestRender(true);
    }
  }

  /** Whether every mark drawn now ends before an offset of the latest reading. */
  private drawnBefore(offset: number): boolean {
    for (const { mark } of this.geometry) {
      const at = mark.anchor.currentOffsets();
      if (!at || at.end >= offset) return false;
    }
    return true;
  }

  private afterEdit(outcome: ApplyOutcome): ApplyOutcome {
    if (outcome.ok) this.analyzeNow();
    return outcome;
  }

  private setMarks(marks: Mark[], kept: ReadonlySet<Mark> = new Set()): void {
    for (const mark of this.marks) if (!kept.has(mark)) mark.anchor.release?.();
    this.marks = marks;
    this.marksChanged = true;
  }

  private clearPaint(): void {
    this.host.highlights()?.clear(this);
    this.host.overlay().clear(this);
    this.geometry = [];
  }
}

function clipRect(r: DOMRect, clip: DOMRectReadOnly): DOMRect {
  const left = Math.max(r.left, clip.left);
  const top = Math.max(r.top, clip.top);
  const right = Math.min(r.right, clip.right);
  const bottom = Math.min(r.bottom, clip.bottom);
  return makeRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
}

/** How many characters either side of an ignored finding must stay as they were for the Ignore to hold. */
const IGNORE_NEIGHBOURHOOD = 24;

/** A finding's check and key (its id without the sentence anchor), its words, and the text right around them. */
function nearKey(finding: Finding, text: string): string {
  const from = Math.max(0, finding.start - IGNORE_NEIGHBOURHOOD);
  return [
    finding.id.replace(/@[^@]*$/, ''),
    text.slice(from, finding.start),
    finding.text,
    text.slice(finding.end, finding.end + IGNORE_NEIGHBOURHOOD),
  ].join('\u0000');
}
