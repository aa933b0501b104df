/**
 * Writes text into a rich editor the way the user would, so the editor's model and undo stack stay in
 * step: either the browser's own editing command, or a `beforeinput` event for editors that own their
 * input handling. Setting text nodes directly would wipe undo and desynchronise framework editors.
 */

/** How an editor wants text written. `auto` offers a `beforeinput` first and falls back to the command. */
export type InputMethod = 'exec-command' | 'before-input' | 'auto';

/**
 * How an editor wants text of several paragraphs written. The browser's editing command turns each line break into
 * a new paragraph (Chromium) or a `<br>` (Firefox) in one undo step, which plain boxes and mail editors keep; editors
 * that build their document from a model of their own take it as a paste, into their own history. `auto` offers a
 * paste first and falls back to the command when nobody took it.
 */
export type LinesMethod = 'exec-command' | 'paste' | 'auto';

/** Puts the document selection on `range`, focusing the editor first so the edit lands in it. */
export function selectRange(element: HTMLElement, range: Range): void {
  const doc = element.ownerDocument;
  if (doc.activeElement !== element && !element.contains(doc.activeElement)) element.focus({ preventScroll: true });
  const selection = doc.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * Replaces `range` with `text` through `method`. Resolves false when nothing took it, or when the words under the
 * range changed while the editor caught up with the selection. The range must be inside `element`; callers verify
 * the result by reading the text again.
 *
 * Editors that own their input keep a selection of their own, which follows the page's only when the browser
 * announces a `selectionchange` (a task later). CKEditor 5 gives inserted text the formatting of *its* selection,
 * so a `beforeinput` sent at once took the formatting of wherever the caret had been (italic, in Teams, when the
 * caret sat in an italic word) instead of that of the words replaced. The event goes out once the editor has seen
 * the selection on the words.
 */
export async function writeText(element: HTMLElement, range: Range, text: string, method: InputMethod): Promise<boolean> {
  const target = range.cloneRange();
  if (method === 'exec-command') {
    selectRange(element, range);
    return execInsert(element.ownerDocument, text);
  }
  const words = target.toString();
  const seen = selectionAnnounced(element.ownerDocument);
  selectRange(element, range);
  await seen;
  // A live range: it reads whatever the words under it are now.
  if (target.toString() !== words) return false;
  const handled = dispatchBeforeInput(element, target, text);
  if (handled || method === 'before-input') return handled;
  return execInsert(element.ownerDocument, text);
}

/**
 * Inserts `text`, lines and all, at the collapsed `range` through `method`. Resolves false when nothing took it;
 * callers verify the result by reading the text again. A paste goes out once the editor has seen the selection (see
 * `writeText`): editors paste where their own selection is.
 */
export async function writeLines(element: HTMLElement, range: Range, text: string, method: LinesMethod): Promise<boolean> {
  if (method === 'exec-command') {
    selectRange(element, range);
    return execInsert(element.ownerDocument, text);
  }
  const seen = selectionAnnounced(element.ownerDocument);
  selectRange(element, range);
  await seen;
  const handled = dispatchPaste(element, range, text);
  if (handled || method === 'paste') return handled;
  return execInsert(element.ownerDocument, text);
}

/**
 * Offers `text` as a paste of plain text, the way the editor's own paste handling takes it (Quill, ProseMirror,
 * CKEditor 5 and Lexical split it into paragraphs and record one undo step). The browser pastes nothing for a
 * synthetic event, so an event nobody cancelled means nobody took it. The clipboard itself is never touched.
 */
export function dispatchPaste(element: HTMLElement, range: Range, text: string): boolean {
  const win = element.ownerDocument.defaultView;
  if (!win || typeof win.ClipboardEvent !== 'function' || typeof win.DataTransfer !== 'function') return false;
  const data = new win.DataTransfer();
  data.setData('text/plain', text);
  const event = new win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  // Some engines drop `clipboardData` from the init dictionary; make it answer anyway.
  if (!event.clipboardData) Object.defineProperty(event, 'clipboardData', { value: data });
  const target = startElement(range) ?? element;
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

/**
 * Resolves when the document next announces a selection change (the editors' own listeners run first, as they
 * were added first), or after `ms` when the selection did not change at all.
 */
export function selectionAnnounced(doc: Document, ms = 100): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      doc.removeEventListener('selectionchange', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    doc.addEventListener('selectionchange', done);
  });
}

/** The browser's editing command: one undo step, fires `input`. Empty text deletes the selection. */
export function execInsert(doc: Document, text: string): boolean {
  try {
    return text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/**
 * Offers the replacement as a `beforeinput` with a target range, as spellcheck does. Editors that own their
 * input (CKEditor 5, Lexical, Quill 2, Slate) apply it to their model and cancel the event; the browser
 * itself does nothing with a synthetic event, so an uncancelled event means nobody took it.
 *
 * The replacement travels in `data` only. A DataTransfer made by an extension carries the extension's principal in
 * Firefox, so the page reads it as empty: Lexical, which prefers the DataTransfer when there is one, cancelled the
 * event and inserted nothing. Every editor built on `beforeinput` reads `data` when no DataTransfer comes with it.
 */
export function dispatchBeforeInput(element: HTMLElement, range: Range, text: string): boolean {
  const win = element.ownerDocument.defaultView;
  if (!win || typeof win.InputEvent !== 'function' || typeof win.StaticRange !== 'function') return false;
  const staticRange = new win.StaticRange({
    startContainer: range.startContainer,
    startOffset: range.startOffset,
    endContainer: range.endContainer,
    endOffset: range.endOffset,
  });
  const inputType = text === '' ? 'deleteContent' : 'insertReplacementText';
  const event = new win.InputEvent('beforeinput', {
    inputType,
    data: text === '' ? null : text,
    targetRanges: [staticRange],
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  // Some engines ignore `targetRanges` in the init dictionary; make getTargetRanges() answer anyway.
  if (event.getTargetRanges().length === 0) {
    Object.defineProperty(event, 'getTargetRanges', { value: () => [staticRange] });
  }
  const target = startElement(range) ?? element;
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

function startElement(range: Range): Element | null {
  const node = range.startContainer;
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}
