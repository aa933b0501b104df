/**
 * Finds the compose boxes in a document: textareas, contenteditable roots and `role="textbox"` elements.
 * A nested editable (a widget inside an editor) belongs to its outer editor and is not a box of its own.
 */
import { isOptedOut } from './opt-out.ts';

/** Elements that may be, or lead to, a compose box. */
export const CANDIDATE_SELECTOR = 'textarea, [contenteditable]:not([contenteditable="false"]), [role="textbox"]';

/** The editable root an element stands for, or null when it is not a box we check. */
export function composeBoxOf(element: Element): HTMLElement | null {
  const html = element as HTMLElement;
  if (element.tagName === 'TEXTAREA') {
    const textarea = element as HTMLTextAreaElement;
    return textarea.readOnly || textarea.disabled || isOptedOut(textarea) ? null : textarea;
  }
  let root: HTMLElement | null = null;
  if (isEditableRoot(html)) root = html;
  else if (element.getAttribute('role') === 'textbox') {
    // A labelled wrapper around the real editor.
    const inner = element.querySelector<HTMLElement>('[contenteditable]:not([contenteditable="false"])');
    root = inner && isEditableRoot(inner) ? inner : null;
  }
  if (!root || isOptedOut(root)) return null;
  return root;
}

/** Every compose box under `root` (a document or an element), in document order, each once. */
export function findComposeBoxes(root: ParentNode): HTMLElement[] {
  const found: HTMLElement[] = [];
  const seen = new Set<HTMLElement>();
  const consider = (element: Element) => {
    const box = composeBoxOf(element);
    if (box && !seen.has(box)) {
      seen.add(box);
      found.push(box);
    }
  };
  if ((root as Element).matches?.(CANDIDATE_SELECTOR)) consider(root as Element);
  root.querySelectorAll(CANDIDATE_SELECTOR).forEach(consider);
  return found;
}

/** An element that is editable while its parent is not: the top of an editor. */
function isEditableRoot(element: HTMLElement): boolean {
  if (!isEditable(element)) return false;
  const parent = element.parentElement;
  return !parent || !isEditable(parent);
}

function isEditable(element: HTMLElement): boolean {
  if (element.isContentEditable) return true;
  // Some DOMs (and some test environments) do not compute isContentEditable; the attribute decides then.
  const value = element.getAttribute('contenteditable');
  return value === '' || value === 'true' || value === 'plaintext-only';
}
