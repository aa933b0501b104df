/**
 * Opt-outs: pages and users mark fields that writing tools must leave alone. We honour the attributes
 * other tools use, so a page that opted out of them opts out of us too.
 */

/** Whether a box, or any ancestor, says not to check it. */
export function isOptedOut(element: Element): boolean {
  return (
    element.closest(
      [
        '[data-business-lens="off"]',
        '[data-gramm="false"]',
        '[data-gramm_editor="false"]',
        '[data-enable-grammarly="false"]',
        '[data-lt-active="false"]',
      ].join(','),
    ) !== null
  );
}
