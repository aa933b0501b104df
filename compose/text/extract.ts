/**
 * Reads the user's new text out of a rich editor's DOM, with an offset map back to the DOM. Text nodes
 * give their characters one for one; `<br>` and the edges of block elements give one newline each. Quoted
 * replies and signatures are left out of the text but stay in the map's DOM, so offsets stay exact.
 */
import { OffsetMap, type TextSegment } from './offset-map.ts';

/** What an editor adapter says about the parts of its DOM that are not the user's new text. */
export interface ExtractionRules {
  /** Elements whose content is not the user's text (quotes, signatures); they count as a block edge. */
  isExcluded(element: Element): boolean;
  /** An element where the user's text ends: it and everything after it are left out (Outlook's reply header). */
  endsUserText?(element: Element): boolean;
}

/** The text of an editor and its map to the DOM. */
export interface TextSnapshot {
  text: string;
  map: OffsetMap;
}

/** Elements that start a new line in every editor we know. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Elements whose content is never message text. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'svg', 'CANVAS', 'IFRAME', 'OBJECT', 'VIDEO', 'AUDIO']);

/** Whether an element starts a new line. */
export function isBlockElement(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName);
}

/** The rules that hold in every editor: quotes and explicit opt-outs are not the user's text. */
export const DEFAULT_RULES: ExtractionRules = {
  isExcluded: (element) => element.tagName === 'BLOCKQUOTE' || isMarkedOff(element),
};

/** Parts of a box the page or the user marked as not to be checked. */
export function isMarkedOff(element: Element): boolean {
  return element.getAttribute('data-business-lens') === 'off' || element.getAttribute('data-gramm') === 'false';
}

/**
 * Reads `root`'s text. Characters map one to one onto text-node characters: line breaks and no-break
 * spaces inside text nodes read as spaces, so analysis sees words, and offsets still land on the right node.
 */
export function extractText(root: Element, rules: ExtractionRules = DEFAULT_RULES): TextSnapshot {
  const segments: TextSegment[] = [];
  const parts: string[] = [];
  let length = 0;
  let lastChar = '';
  let stopped = false;

  const pushNewline = (node: Node, nodeOffset: number) => {
    segments.push({ start: length, length: 1, node, nodeOffset, synthetic: true });
    parts.push('\n');
    length += 1;
    lastChar = '\n';
  };
  const ensureNewline = (node: Node, nodeOffset: number) => {
    if (length > 0 && lastChar !== '\n') pushNewline(node, nodeOffset);
  };

  const visit = (node: Node, parent: Node, index: number): void => {
    if (stopped) return;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length === 0) return;
      // Whitespace-only runs holding a line break are source formatting between blocks, not text.
      if (/^\s*$/.test(data) && /[\n\r]/.test(data)) return;
      segments.push({ start: length, length: data.length, node, nodeOffset: 0, synthetic: false });
      parts.push(data.replace(/[\n\r\t\u00a0]/g, ' '));
      length += data.length;
      lastChar = data[data.length - 1] === '\n' ? ' ' : data[data.length - 1]!;
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (SKIPPED_TAGS.has(element.tagName)) return;
    if (rules.endsUserText?.(element)) {
      stopped = true;
      return;
    }
    if (element.tagName === 'BR') {
      pushNewline(parent, index);
      return;
    }
    const block = isBlockElement(element);
    if (rules.isExcluded(element)) {
      // Left out, but it still separates what comes before from what comes after.
      ensureNewline(parent, index);
      return;
    }
    if (block) ensureNewline(parent, index);
    let childIndex = 0;
    for (let child = element.firstChild; child; child = child.nextSibling) {
      visit(child, element, childIndex++);
      if (stopped) return;
    }
    if (block) ensureNewline(element, element.childNodes.length);
  };

  let rootIndex = 0;
  for (let child = root.firstChild; child && !stopped; child = child.nextSibling) visit(child, root, rootIndex++);
  // Closing the last block leaves newlines that are not lines of text.
  while (segments.length > 0 && segments[segments.length - 1]!.synthetic) {
    segments.pop();
    parts.pop();
    length -= 1;
  }
  const text = parts.join('');
  return { text, map: new OffsetMap(segments, length) };
}
