// @vitest-environment happy-dom
/**
 * The box watcher looks only at what changed: the nodes a mutation added, and the element whose attribute changed.
 * Before, any added element or watched attribute anywhere on the page re-ran the whole-document scan
 * (`document.querySelectorAll` for every candidate and every iframe), so a busy page (a chat that appends messages)
 * paid a scan of its whole DOM for each change. Each test has a positive control: the box is still found.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BoxWatcher, type BoxWatcherEvents } from '../../../compose/box-watcher.ts';

let found: HTMLElement[];
let frames: Document[];
let lost: Array<HTMLElement | null>;
let watcher: BoxWatcher;
/** Calls of querySelectorAll on the document itself: each is a scan of the whole page. */
let documentScans: number;

function events(): BoxWatcherEvents {
  const tracked = new Set<HTMLElement>();
  return {
    found: (box) => {
      tracked.add(box);
      found.push(box);
    },
    lost: (box) => lost.push(box),
    frame: (doc) => frames.push(doc),
    isTracked: (box) => tracked.has(box),
    isInsideTracked: (node) => [...tracked].some((box) => box.contains(node)),
  };
}

/** Lets the observer deliver its records and the watcher run its gathered scan (80 ms after the first change). */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 150));
}

beforeEach(() => {
  // A page with a lot going on: 2,000 messages, none of them a box.
  document.body.innerHTML = `<main id="feed">${'<div class="msg"><p>hello</p></div>'.repeat(2_000)}</main><div id="side"></div>`;
  found = [];
  frames = [];
  lost = [];
  watcher = new BoxWatcher(document, events());
  watcher.start();
  documentScans = 0;
  const original = document.querySelectorAll.bind(document);
  vi.spyOn(document, 'querySelectorAll').mockImplementation((selector: string) => {
    documentScans++;
    return original(selector);
  });
});

afterEach(() => {
  watcher.stop();
  vi.restoreAllMocks();
});

describe('box watcher', () => {
  it('finds a box added to the page without scanning the whole document', async () => {
    const compose = document.createElement('section');
    compose.innerHTML = '<div role="textbox"><div id="box" contenteditable="true"></div></div><iframe id="f"></iframe>';
    document.getElementById('side')!.append(compose);
    await settle();
    expect(found.map((box) => box.id)).toEqual(['box']);
    expect(documentScans).toBe(0);
  });

  it('does not scan the page when a message that holds no box is appended', async () => {
    const feed = document.getElementById('feed')!;
    for (let i = 0; i < 20; i++) feed.insertAdjacentHTML('beforeend', '<div class="msg"><p>new</p></div>');
    await settle();
    expect(found).toEqual([]);
    expect(documentScans).toBe(0);
  });

  it('finds an element made editable by an attribute, looking only at that element', async () => {
    const side = document.getElementById('side')!;
    side.innerHTML = '<div id="later"></div>';
    await settle();
    documentScans = 0;
    document.getElementById('later')!.setAttribute('contenteditable', 'true');
    await settle();
    expect(found.map((box) => box.id)).toEqual(['later']);
    expect(documentScans).toBe(0);
  });

  it('finds the boxes under a wrapper whose opt-out was lifted', async () => {
    const side = document.getElementById('side')!;
    side.innerHTML = '<div id="wrap" data-gramm="false"><textarea id="t"></textarea></div>';
    await settle();
    expect(found).toEqual([]);
    document.getElementById('wrap')!.removeAttribute('data-gramm');
    await settle();
    expect(found.map((box) => box.id)).toEqual(['t']);
    expect(documentScans).toBe(0);
  });

  it('still lets go of a box that stopped being one, and reports removals', async () => {
    document.getElementById('side')!.innerHTML = '<textarea id="t"></textarea>';
    await settle();
    const box = document.getElementById('t') as HTMLTextAreaElement;
    expect(found).toEqual([box]);
    box.setAttribute('readonly', '');
    await settle();
    expect(lost).toContain(box);
    box.remove();
    await settle();
    expect(lost).toContain(null);
  });
});
