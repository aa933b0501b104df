/**
 * Editors apply input at different times: the browser at once, Lexical in a microtask, ProseMirror and
 * Quill after their mutation observers run. This waits until the text reads as expected, briefly.
 */

/** Resolves true as soon as `done()` holds, checking after a microtask and then every frame, up to `ms`. */
export async function waitForEditor(done: () => boolean, win: Window | null, ms = 400): Promise<boolean> {
  if (done()) return true;
  await Promise.resolve();
  if (done()) return true;
  const started = Date.now();
  while (Date.now() - started < ms) {
    await nextFrame(win);
    if (done()) return true;
  }
  return false;
}

function nextFrame(win: Window | null): Promise<void> {
  return new Promise((resolve) => {
    // Hidden tabs do not run animation frames; a timer keeps the wait bounded there.
    const timer = setTimeout(resolve, 50);
    win?.requestAnimationFrame?.(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
