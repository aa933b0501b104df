/**
 * Our own layer over the page: one host element at the end of `<html>`, holding a shadow root with the
 * mark overlay, textarea mirrors, badges and the card. Nothing of ours goes inside an editor.
 *
 * The root is closed: the page's scripts get `null` from `host.shadowRoot`, so they cannot read the card (the
 * user's and the organisation's lexicon content), the badge or the user's text in a mirror, nor press our
 * buttons. We hold the only reference. (A page cannot open it by patching `attachShadow` either: the content
 * script calls its own world's copy.)
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
    const style = doc.createElement('style');
    style.textContent = LAYER_CSS;
    this.overlay = doc.createElement('div');
    this.overlay.className = 'bl-overlay';
    this.mirrors = doc.createElement('div');
    this.mirrors.className = 'bl-mirrors';
    this.controls = doc.createElement('div');
    this.controls.className = 'bl-controls';
    this.root.append(style, this.mirrors, this.overlay, this.controls);
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
