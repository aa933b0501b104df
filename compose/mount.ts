/**
 * The page integration: finds compose boxes in a document and its same-origin frames, gives each a
 * session, draws through one layer per document, and routes hover, the shortcut, the badge menu and the
 * popup's requests to the right box. Used by the content script and by the playground page.
 */
import { compileAllow, isAllowedText } from '../lexicon/match/allow.ts';
import { winTextAt } from '../lexicon/update/log.ts';
import { adapterFor } from './adapters/registry.ts';
import { BoxSession, type SessionHost } from './box-session.ts';
import { BoxWatcher } from './box-watcher.ts';
import { CardController } from './card-controller.ts';
import { trackHover } from './hover-tracker.ts';
import { isNextMarkShortcut, NEXT_MARK_SHORTCUT } from './keyboard-shortcut.ts';
import { HighlightPainter, randomHighlightNames, READABLE_HIGHLIGHT_NAMES, supportsHighlights } from './paint/highlight-painter.ts';
import { OverlayPainter } from './paint/overlay-painter.ts';
import { listenForRedraw } from './redraw-triggers.ts';
import { FrameBatcher } from './schedule/frame-batcher.ts';
import { BadgeMenu } from './ui/badge-menu.ts';
import { fromUser } from './ui/dom.ts';
import { UiLayer } from './ui/ui-layer.ts';
import type { ApplyOutcome, ComposeDeps, ComposeHandle, ComposeSettings, ComposeSnapshot, Replacement, WinWords } from './types.ts';

export interface MountOptions {
  /** Paint with overlay boxes even where the Highlight API exists (tests of the fallback). */
  forceOverlay?: boolean;
  /**
   * For end-to-end tests only: an open shadow root and highlight names that say their kind, so a test can read
   * what is drawn. Users' builds never set it: the root is closed and the names random (see UiLayer).
   */
  inspectable?: boolean;
}

/** Everything we keep per document (the top page and each same-origin frame). */
interface DocumentContext {
  doc: Document;
  layer: UiLayer | null;
  highlights: HighlightPainter | null | undefined;
  overlay: OverlayPainter | null;
  menu: BadgeMenu | null;
  watcher: BoxWatcher;
  batcher: FrameBatcher;
  sessions: Set<BoxSession>;
  cleanups: Array<() => void>;
}

const NO_BOX = 'No compose box is active on this page.';
const BOX_GONE = 'The compose box you last clicked into is no longer there. Click into one, then try again.';
const AUDIENCE_NAMES: Record<ComposeSettings['audience'], string> = {
  board: 'the board',
  executive: 'executives',
  manager: 'department managers',
  staff: 'staff',
};

/**
 * Starts the integration in `doc`. Returns the controls the popup uses, and `destroy` to take everything
 * down (listeners, marks, badges, cards) as if it had never run.
 */
export function mountComposeIntegration(doc: Document, deps: ComposeDeps, options: MountOptions = {}): ComposeHandle {
  let settings: ComposeSettings = deps.settings.current();
  const contexts = new Map<Document, DocumentContext>();
  const sessionByBox = new WeakMap<HTMLElement, BoxSession>();
  const contextOf = new Map<BoxSession, DocumentContext>();
  // Terms allowed from a card on this page, hidden at once (the lexicon watcher re-analyses with them soon after).
  const allowedHere: string[] = [];
  let allowed = compileAllow(allowedHere);
  let active: BoxSession | null = null;
  let destroyed = false;
  // One set of random highlight names for this page load, used in its same-origin frames' documents too.
  const highlightNames = options.inspectable ? READABLE_HIGHLIGHT_NAMES : randomHighlightNames();

  const cards = new CardController({
    deps,
    settings: () => settings,
    layerOf: (session) => layerOf(contextOf.get(session)!),
    allow: (term) => {
      allowedHere.push(term);
      allowed = compileAllow(allowedHere);
      for (const session of contextOf.keys()) session.refilter();
      void deps.allowTerm?.(term);
    },
  });

  function layerOf(context: DocumentContext): UiLayer {
    context.layer ??= new UiLayer(context.doc, { inspectable: options.inspectable });
    context.layer.attach();
    return context.layer;
  }

  function hostFor(context: DocumentContext): SessionHost {
    return {
      settings: () => settings,
      isAllowed: (term) => isAllowedText(allowed, term),
      layer: () => layerOf(context),
      highlights: () => {
        if (context.highlights === undefined)
          context.highlights =
            !options.forceOverlay && supportsHighlights(context.doc) ? new HighlightPainter(context.doc, highlightNames) : null;
        return context.highlights;
      },
      overlay: () => (context.overlay ??= new OverlayPainter(layerOf(context).overlay)),
      requestRender: (afterFrame?: boolean) => context.batcher.request(afterFrame),
      badgeActivated: (session) => openMenu(context, session),
      analyzed: (session) => cards.rebind(session),
    };
  }

  function addDocument(target: Document): void {
    if (destroyed || contexts.has(target) || !target.defaultView) return;
    const win = target.defaultView;
    const context: DocumentContext = {
      doc: target,
      layer: null,
      highlights: undefined,
      overlay: null,
      menu: null,
      sessions: new Set(),
      cleanups: [],
      batcher: new FrameBatcher(win, () => render(context)),
      watcher: new BoxWatcher(target, {
        found: (box) => track(context, box),
        lost: (box) => release(box),
        frame: (frameDoc) => addDocument(frameDoc),
        isTracked: (box) => sessionByBox.has(box),
        isInsideTracked: (node) => {
          for (const session of context.sessions) if (session.element.contains(node)) return true;
          return false;
        },
      }),
    };
    contexts.set(target, context);
    const hover = trackHover(target, {
      probe: (x, y, eventTarget) => {
        if (cards.contains(eventTarget)) return 'card';
        for (const session of context.sessions) if (session.markAt(x, y)) return 'mark';
        return 'none';
      },
      rest: (x, y) => {
        for (const session of context.sessions) {
          const mark = session.markAt(x, y);
          if (mark) return cards.show(session, mark, false);
        }
      },
      leave: () => {
        const open = cards.open;
        if (open && !open.keyboard) cards.close('dismiss');
      },
    });
    /** A click or key in our card or menu is an action: no card may open under the pointer it leaves behind. */
    const holdHoverIfOurs = (event: Event) => {
      if (context.layer?.owns(event.composedPath()[0] ?? null)) hover.holdUntilMoved();
    };
    context.cleanups.push(
      () => hover.dispose(),
      listenForRedraw(
        target,
        () => context.batcher.request(),
        // An open card follows its mark as the text moves; otherwise an edit needs no frame of ours.
        () => {
          if (cards.open) context.batcher.request();
        },
      ),
      listen(
        target,
        'keydown',
        (event) => {
          holdHoverIfOurs(event);
          onKey(event as KeyboardEvent);
        },
        true,
      ),
      // Buttons pressed from the keyboard or by assistive technology click without a pointerdown.
      listen(target, 'click', holdHoverIfOurs, true),
      listen(
        target,
        'focusin',
        (event) => {
          const node = event.composedPath()[0] as Node | undefined;
          for (const session of context.sessions) if (node && session.element.contains(node)) active = session;
        },
        true,
      ),
      listen(
        target,
        'pointerdown',
        (event) => {
          const node = event.composedPath()[0] ?? null;
          if (context.layer?.owns(node)) return holdHoverIfOurs(event);
          if (cards.open) cards.close('dismiss');
          context.menu?.close();
        },
        true,
      ),
    );
    context.watcher.start();
  }

  function removeDocument(context: DocumentContext): void {
    for (const session of [...context.sessions]) drop(session);
    context.watcher.stop();
    context.batcher.dispose();
    for (const cleanup of context.cleanups) cleanup();
    context.menu?.close();
    if (context.layer) cards.forgetLayer(context.layer);
    context.highlights?.dispose();
    context.overlay?.dispose();
    context.layer?.dispose();
    contexts.delete(context.doc);
  }

  function track(context: DocumentContext, box: HTMLElement): void {
    if (sessionByBox.has(box)) return;
    const adapter = adapterFor(box);
    if (!adapter) return;
    const field = adapter.createField(box, { mirrorContainer: () => layerOf(context).mirrors });
    const session = new BoxSession(field, deps.createAnalyzer(), hostFor(context));
    sessionByBox.set(box, session);
    contextOf.set(session, context);
    context.sessions.add(session);
    if (box.ownerDocument.activeElement === box || box.contains(box.ownerDocument.activeElement)) active = session;
  }

  /** Lets go of boxes that left the page (and frames that did), or one box that stopped being a box. */
  function release(box: HTMLElement | null): void {
    for (const context of [...contexts.values()]) {
      const frame = context.doc.defaultView?.frameElement;
      if (context.doc !== doc && (!context.doc.defaultView || (frame && !frame.isConnected))) {
        removeDocument(context);
        continue;
      }
      for (const session of [...context.sessions]) {
        if (session.element === box || !session.element.isConnected) drop(session);
      }
    }
  }

  function drop(session: BoxSession): void {
    cards.forget(session);
    session.dispose();
    sessionByBox.delete(session.element);
    contextOf.get(session)?.sessions.delete(session);
    contextOf.delete(session);
    if (active === session) active = null;
  }

  function render(context: DocumentContext): void {
    for (const session of context.sessions) session.render();
    cards.reposition();
  }

  function openMenu(context: DocumentContext, session: BoxSession): void {
    const layer = layerOf(context);
    if (context.menu?.isOpen) return context.menu.close();
    cards.close('dismiss');
    active = session;
    context.menu = new BadgeMenu(layer, {
      next: () => {
        context.menu?.close();
        nextMarkIn(session);
      },
      togglePause: () => {
        context.menu?.close();
        session.setPausedForMessage(!session.pausedForMessage);
      },
      togglePicky: () => {
        context.menu?.close();
        // Shown at once; the stored setting follows (and reaches other tabs) through the settings watcher.
        const picky = !settings.picky;
        applySettings({ ...settings, picky });
        void deps.setPicky?.(picky);
        session.field.element.focus({ preventScroll: true });
      },
      openPopup: () => {
        context.menu?.close();
        deps.openPopup?.();
      },
      close: () => {
        context.menu?.close();
        session.field.element.focus({ preventScroll: true });
      },
    });
    const badge = layer.controls.querySelectorAll('.bl-badge');
    const result = session.shownResult();
    context.menu.open(
      {
        count: session.shown.length,
        score: result?.score.value ?? null,
        summary: result?.score.summary ?? '',
        paused: session.pausedForMessage,
        shortcut: NEXT_MARK_SHORTCUT.label,
        canOpenPopup: typeof deps.openPopup === 'function',
        held: session.held.length,
        picky: settings.picky === true,
        canTogglePicky: typeof deps.setPicky === 'function',
        audienceLabel: AUDIENCE_NAMES[settings.audience] ?? 'your reader',
      },
      badgeRectOf(badge, session),
    );
  }

  function badgeRectOf(badges: NodeListOf<Element>, session: BoxSession): DOMRect {
    // The badge sits in the box's corner; the menu opens next to that corner.
    const clip = session.field.visibleRect();
    for (const badge of badges) {
      const rect = badge.getBoundingClientRect();
      if (rect.right <= clip.right + 1 && rect.bottom <= clip.bottom + 1 && rect.left >= clip.left - 1) return rect;
    }
    return clip;
  }

  function onKey(event: KeyboardEvent): void {
    if (isNextMarkShortcut(event)) {
      if (nextMarkIn(focusedSession() ?? activeSession())) {
        event.preventDefault();
        event.stopPropagation();
      }
    } else if (event.key === 'Escape' && cards.open) {
      event.preventDefault();
      event.stopPropagation();
      cards.close('escape');
    }
  }

  function nextMarkIn(session: BoxSession | null): boolean {
    if (!session || settings.paused || session.pausedForMessage) return false;
    const open = cards.open;
    const mark = session.nextMark(open?.session === session ? open.mark : null);
    if (!mark) return false;
    cards.close('gone');
    session.field.read();
    const offsets = mark.anchor.currentOffsets();
    if (offsets) session.field.reveal(offsets.start, offsets.end);
    cards.show(session, mark, true);
    contextOf.get(session)?.batcher.request();
    return true;
  }

  function focusedSession(): BoxSession | null {
    for (const [session, context] of contextOf) {
      const focused = context.doc.activeElement;
      if (focused && (session.element === focused || session.element.contains(focused))) return session;
    }
    return null;
  }

  /** The box the user last focused, while it is still on the page: never a stand-in for it. */
  function lastFocusedSession(): BoxSession | null {
    return active && !active.isDisposed && active.element.isConnected ? active : null;
  }

  function activeSession(): BoxSession | null {
    if (active && !active.isDisposed) return active;
    const all = [...contextOf.keys()];
    return all.length === 1 ? all[0]! : (all.find((s) => s.field.visibleRect().height > 0) ?? all[0] ?? null);
  }

  function applySettings(next: ComposeSettings): void {
    const audienceChanged = next.audience !== settings.audience;
    settings = next;
    for (const session of contextOf.keys()) session.analyzeNow();
    if (audienceChanged || next.paused) cards.close('gone');
    for (const context of contexts.values()) context.batcher.request();
  }
  const unsubscribe = deps.settings.subscribe(applySettings);

  addDocument(doc);

  const withSession = async (work: (session: BoxSession) => Promise<ApplyOutcome>): Promise<ApplyOutcome> => {
    const session = activeSession();
    return session ? work(session) : { ok: false, reason: NO_BOX };
  };

  return {
    snapshot(): ComposeSnapshot {
      const session = activeSession();
      if (!session) return { status: 'no-box' };
      if (settings.paused || session.pausedForMessage) return { status: 'paused' };
      session.analyzeNow();
      return { status: 'ready', text: session.text(), result: session.shownResult() ?? undefined, held: session.held.length };
    },
    apply: (replacement: Replacement) =>
      withSession((session) => session.replaceRange(replacement.start, replacement.end, replacement.expected, replacement.text)),
    ignore: (findingId: string) => activeSession()?.ignore(findingId) ?? false,
    insert: (text: string) => withSession((session) => session.insert(text)),
    insertParagraphs: async (text: string) => {
      const session = lastFocusedSession();
      return session ? session.insertParagraphs(text) : { ok: false, reason: BOX_GONE };
    },
    hasFocusedBox: () => lastFocusedSession() !== null,
    resumeMessage: () => activeSession()?.setPausedForMessage(false),
    nextMark: () => nextMarkIn(focusedSession() ?? activeSession()),
    winWords(): WinWords | null {
      // Only a box with the focus: the command acts where the user is writing, never on a box left elsewhere.
      const session = focusedSession();
      if (!session) return null;
      const text = session.field.read();
      const caret = session.field.caretOffset();
      const selection = session.field.selectionOffsets?.() ?? (caret === null ? null : { start: caret, end: caret });
      const words = selection ? winTextAt(text, selection.start, selection.end) : null;
      return words ? { ok: true, text: words } : { ok: false, reason: 'There are no words at the cursor to log.' };
    },
    destroy(): void {
      if (destroyed) return;
      destroyed = true;
      unsubscribe();
      cards.dispose();
      for (const context of [...contexts.values()]) removeDocument(context);
    },
  };
}

/**
 * Listens for the user's own events only. Keys, focus and pointer presses drive what we show and which box the
 * popup acts on, so a page script dispatching them must not: only the browser can make a trusted event.
 */
function listen(target: EventTarget, type: string, listener: (event: Event) => void, capture: boolean): () => void {
  const fromUserOnly = (event: Event) => {
    if (fromUser(event)) listener(event);
  };
  target.addEventListener(type, fromUserOnly, capture);
  return () => target.removeEventListener(type, fromUserOnly, capture);
}
