/**
 * The events after which marks may have moved: scrolling of the page or of any scrolling ancestor (scroll
 * does not bubble, so we listen in the capture phase), resizing and zoom. Each asks for one redraw in the
 * next frame.
 *
 * Typing, IME composition and selection changes go to `edited` instead of asking for a redraw outright:
 * highlights follow the text by themselves, and each box's session already redraws the marks it positions
 * itself. A redraw on every keystroke cost a second frame per key (the selection changes after the key's
 * frame was scheduled), so the caller decides when an edit needs one (for example, to move an open card).
 */
export function listenForRedraw(doc: Document, request: () => void, edited: () => void = request): () => void {
  const win = doc.defaultView;
  const options: AddEventListenerOptions = { capture: true, passive: true };
  const editEvents = ['input', 'selectionchange', 'compositionend', 'compositionupdate'] as const;
  doc.addEventListener('scroll', request, options);
  for (const type of editEvents) doc.addEventListener(type, edited, options);
  win?.addEventListener('resize', request, options);
  win?.visualViewport?.addEventListener('resize', request, options);
  win?.visualViewport?.addEventListener('scroll', request, options);
  return () => {
    doc.removeEventListener('scroll', request, options);
    for (const type of editEvents) doc.removeEventListener(type, edited, options);
    win?.removeEventListener('resize', request, options);
    win?.visualViewport?.removeEventListener('resize', request, options);
    win?.visualViewport?.removeEventListener('scroll', request, options);
  };
}
