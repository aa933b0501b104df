/**
 * Reads Business Lens's layer in a page whose shadow root is closed, as users get it: through the DevTools
 * protocol, which sees closed roots (the page's own scripts cannot). For specs that must not ask the e2e build
 * for an inspectable layer (see extension/e2e-inspection.ts).
 */
import type { CDPSession, Page } from 'playwright-core';

interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: Array<DomNode & { shadowRootType?: string }>;
}

export interface LayerView {
  /** "open" or "closed"; null when the page has no layer. */
  mode: string | null;
  /** The visible badges' accessible names. */
  badges: string[];
  /** The open card: its text and the centre of each action button, in viewport pixels. */
  card: { text: string; buttons: Record<string, { x: number; y: number }> } | null;
}

const sessions = new WeakMap<Page, CDPSession>();

async function session(page: Page): Promise<CDPSession> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    sessions.set(page, cdp);
  }
  return cdp;
}

function attribute(node: DomNode, name: string): string | undefined {
  const list = node.attributes ?? [];
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
  return undefined;
}

function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of node.shadowRoots ?? []) yield* walk(child);
  for (const child of node.children ?? []) yield* walk(child);
}

function textOf(node: DomNode): string {
  return [...walk(node)]
    .filter((n) => n.nodeType === 3)
    .map((n) => n.nodeValue)
    .join(' ');
}

/** What the layer shows now. */
export async function layerView(page: Page): Promise<LayerView> {
  const cdp = await session(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const host = [...walk(root)].find((n) => n.nodeName === 'BUSINESS-LENS-UI');
  const shadow = host?.shadowRoots?.[0];
  if (!host || !shadow) return { mode: null, badges: [], card: null };
  const nodes = [...walk(shadow)];
  const badges = nodes
    .filter((n) => attribute(n, 'data-business-lens') === 'badge' && attribute(n, 'hidden') === undefined)
    .map((n) => attribute(n, 'aria-label') ?? '');
  const cardNode = nodes.find((n) => attribute(n, 'data-business-lens') === 'card' && attribute(n, 'hidden') === undefined);
  let card: LayerView['card'] = null;
  if (cardNode) {
    const buttons: Record<string, { x: number; y: number }> = {};
    for (const button of [...walk(cardNode)].filter((n) => n.nodeName === 'BUTTON')) {
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId })) as { model: { border: number[] } };
      const [x1, y1, , , x3, y3] = model.border;
      buttons[attribute(button, 'data-action') ?? '?'] = { x: (x1! + x3!) / 2, y: (y1! + y3!) / 2 };
    }
    card = { text: textOf(cardNode), buttons };
  }
  return { mode: shadow.shadowRootType ?? null, badges, card };
}
