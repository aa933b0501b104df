/**
 * A small element builder for our shadow-root UI. Strings always become text nodes: lexicon and page text
 * is never parsed as HTML.
 */
export type Child = Node | string | null | undefined | false;

/**
 * Whether an event comes from the user (the browser's own input) rather than from a script. A page can dispatch
 * any event it likes at its own document and elements; only the browser sets `isTrusted`, and a page cannot forge
 * it. Everything that acts for the user (opening a card, applying a fix, allowing a term, moving focus, a shortcut)
 * listens through this, so a page script cannot drive our UI.
 */
export function fromUser(event: Event): boolean {
  return event.isTrusted === true;
}

export interface Props {
  class?: string;
  attrs?: Record<string, string>;
  /** Listeners that hear the user's own events only; events dispatched by a script never reach them. */
  on?: Partial<Record<keyof HTMLElementEventMap, (event: Event) => void>>;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  if (props.class) element.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  // Our controls answer the user only: a click or key a page script dispatched is ignored (see fromUser).
  for (const [type, listener] of Object.entries(props.on ?? {}))
    if (listener) (element as HTMLElement).addEventListener(type, (event) => fromUser(event) && listener(event));
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return element;
}
