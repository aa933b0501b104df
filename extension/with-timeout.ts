/**
 * A message to a page that may not answer: the content script may not run there, or its tab may be gone. The
 * popup and the update page wait this long, then say so, rather than hang.
 */

/** `promise`, or a rejection saying the page did not answer within `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('No answer from the page.')), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error instanceof Error ? error : new Error(String(error)))),
    );
  });
}
