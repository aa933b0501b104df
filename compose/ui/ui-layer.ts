/**
 * Our own layer over the page: one host element at the end of `<html>`, holding a shadow root with the
 * mark overlay, textarea mirrors, badges and the card. Nothing of ours goes inside an editor.
 *
 * The root is closed: the page's scripts get `null` from `host.shadowRoot`, so they cannot read the card (the
 * user's and the organisation's lexicon content), the badge or the user's text in a mirror, nor press our
 * buttons. We hold the only reference. (A page cannot open it by patching `attachShadow` either: the content
 * script calls its own world's copy.)
 *
 * Its styles are a constructed style sheet adopted by the shadow root, not a `<style>` element. A page's
 * Content-Security-Policy (`style-src` without 'unsafe-inline') governs `<style>` elements: browsers let a content
 * script's own insertion through, but when the page's script moved our host (single-page apps re-parent nodes),
 * Chromium re-checked the element against the page's policy, dropped every style (unstyled badge, card and marks,
 * and the mirror showing) and told the page so in a `securitypolicyviolation` event. Constructed sheets are not
 * subject to the page's policy and go wherever the host goes.
 */
import { LAYER_CSS } from './styles.ts';

/** The host's tag: a name no page uses, so page styles and scripts leave it alone. */
export const HOST_TAG = 'business-lens-ui';

export interface UiLayerOptions {
  /**
   * For end-to-end tests only: an open root, so a test can read and click what is drawn. Never set in a build
   * users get (see extension/e2e-inspection.ts).
   */
  inspectable?: boolean;
}

export class UiLayer {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  /** Overlay mark boxes. */
  readonly overlay: HTMLElement;
  /** Textarea mirrors. */
  readonly mirrors: HTMLElement;
  /** Badges, card and menus: the parts that take pointer events. */
  readonly controls: HTMLElement;

  constructor(
    readonly doc: Document,
    options: UiLayerOptions = {},
  ) {
    this.host = doc.createElement(HOST_TAG);
    // Inline and important, so no page rule moves or hides the layer.
    this.host.style.cssText =
      'all: initial !important; position: fixed !important; left: 0 !important; top: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important; display: block !important;';
    this.root = this.host.attachShadow({ mode: options.inspectable ? 'open' : 'closed' });
    const styled = adoptLayerStyles(doc, this.root);
    this.overlay = doc.createElement('div');
    this.overlay.className = 'bl-overlay';
    this.mirrors = doc.createElement('div');
    this.mirrors.className = 'bl-mirrors';
    this.controls = doc.createElement('div');
    this.controls.className = 'bl-controls';
    this.root.append(...(styled ? [] : [styleElement(doc)]), this.mirrors, this.overlay, this.controls);
    this.attach();
  }

  /** Puts the host back if the page replaced `<html>`'s children (single-page apps sometimes do). */
  attach(): void {
    if (!this.host.isConnected) (this.doc.documentElement ?? this.doc.body)?.append(this.host);
  }

  /** Whether a node belongs to our layer (events from it are ours, not the page's). */
  owns(node: EventTarget | null): boolean {
    if (node === this.host) return true;
    const candidate = node as Node | null;
    return typeof candidate?.getRootNode === 'function' && candidate.getRootNode() === this.root;
  }

  dispose(): void {
    this.host.remove();
  }
}

/**
 * Gives the shadow root our styles as a constructed sheet of the document's own window (a sheet can be adopted
 * only where it was made). False where the browser cannot, so the caller falls back to a `<style>` element.
 */
function adoptLayerStyles(doc: Document, root: ShadowRoot): boolean {
  const win = doc.defaultView as (Window & { CSSStyleSheet: typeof CSSStyleSheet }) | null;
  try {
    if (!win || !('adoptedStyleSheets' in root)) return false;
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(LAYER_CSS);
    root.adoptedStyleSheets = [sheet];
    return root.adoptedStyleSheets.length === 1;
  } catch {
    return false;
  }
}

function styleElement(doc: Document): HTMLStyleElement {
  const style = doc.createElement('style');
  style.textContent = LAYER_CSS;
  return style;
}
