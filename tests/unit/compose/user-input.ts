/**
 * happy-dom has no `isTrusted`, so to our UI every event a test dispatches looks like one a page script made.
 * These stand in for the user's own input, which the browser marks trusted, and reach the layer's closed shadow
 * root the only way our own code can: through the reference `attachShadow` returned.
 */
import { vi } from 'vitest';

/** Marks an event as the browser marks the user's own input. */
export function asUser<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** A click by the user. */
export function userClick(element: Element): void {
  element.dispatchEvent(asUser(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true })));
}

/** A key pressed by the user (or, with `trusted` false, a keydown a page script dispatches). */
export function keydown(target: EventTarget, init: KeyboardEventInit, trusted = true): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init });
  target.dispatchEvent(trusted ? asUser(event) : event);
  return event;
}

/** Records every shadow root attached from now on; `rootOf(host)` gives the one attached to `host`. */
export function recordShadowRoots(): { rootOf(host: Element | null): ShadowRoot | null; restore(): void } {
  const spy = vi.spyOn(Element.prototype, 'attachShadow');
  return {
    rootOf(host) {
      if (!host) return null;
      const at = spy.mock.contexts.lastIndexOf(host);
      return at >= 0 ? (spy.mock.results[at]!.value as ShadowRoot) : null;
    },
    restore: () => spy.mockRestore(),
  };
}
