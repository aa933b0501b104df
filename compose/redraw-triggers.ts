/**
 * The events after which marks may have moved: scrolling of the page or of any scrolling ancestor (scroll
 * does not bubble, so we listen in the capture phase), resizing and zoom, typing, IME composition and
 * selection changes. Each asks for one redraw in the next frame.
 */
export function listenForRedraw(doc: Document, request: () => void): () => void {
  const win = doc.defaultView;
  const options: AddEventListenerOptions = { capture: true, passive: true };
  const docEvents = ['scroll', 'input', 'selectionchange', 'compositionend', 'compositionupdate'] as const;
  for (const type of docEvents) doc.addEventListener(type, request, options);
  win?.addEventListener('resize', request, options);
  win?.visualViewport?.addEventListener('resize', request, options);
  win?.visualViewport?.addEventListener('scroll', request, options);
  return () => {
    for (const type of docEvents) doc.removeEventListener(type, request, options);
    win?.removeEventListener('resize', request, options);
    win?.visualViewport?.removeEventListener('resize', request, options);
    win?.visualViewport?.removeEventListener('scroll', request, options);
  };
}
