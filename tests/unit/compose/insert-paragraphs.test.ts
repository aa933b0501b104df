// @vitest-environment happy-dom
/**
 * The composed update written into a box as paragraphs: where it goes (the caret, after any selected words, or the
 * end), how it is written (a paste for editors that own their document, the browser's editing command otherwise, a
 * paste first and the command when nobody took it), and the check after the edit that every line arrived. The
 * editors here are stand-ins doing what the real ones do with a paste or the command; the end-to-end tests run the
 * real editors in Chromium.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RichTextField } from '../../../compose/fields/rich-text-field.ts';
import { TextareaField } from '../../../compose/fields/textarea-field.ts';
import { NOT_TAKEN } from '../../../compose/fields/text-field.ts';
import { dispatchPaste, type LinesMethod } from '../../../compose/input/input-path.ts';
import { DEFAULT_RULES } from '../../../compose/text/extract.ts';
import { fitParagraphsInsertion } from '../../../lexicon/fix/index.ts';

const DRAFT = 'IT update: this week\n\nHello,\n\nCost\n- We stop paying for seats nobody uses.';
const fit = (text: string, at: number) => fitParagraphsInsertion(text, at, DRAFT);

/** What `execCommand('insertText')` was asked to write, and the stand-in's way of writing it. */
let commands: string[] = [];
function fakeEditingCommand(write: (text: string) => void) {
  commands = [];
  Object.defineProperty(document, 'execCommand', {
    configurable: true,
    value: (command: string, _ui: boolean, text: string) => {
      if (command !== 'insertText') return false;
      commands.push(text);
      write(text);
      return true;
    },
  });
}

afterEach(() => {
  delete (document as { execCommand?: unknown }).execCommand;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** An editor of one `<p>` per line, as Quill or ProseMirror keep: a paste splits at the caret into paragraphs. */
function paragraphEditor(lines: string[], options: { takesPaste: boolean; dropsLines?: boolean }) {
  document.body.innerHTML = '<div contenteditable="true"></div>';
  const root = document.querySelector('div')!;
  root.replaceChildren(
    ...lines.map((line) => {
      const p = document.createElement('p');
      p.textContent = line;
      return p;
    }),
  );
  const pasted: string[] = [];
  root.addEventListener('paste', (event) => {
    if (!options.takesPaste) return;
    event.preventDefault();
    const text = event.clipboardData!.getData('text/plain');
    pasted.push(text);
    insertLinesAtSelection(root, options.dropsLines ? text.split('\n')[0]! : text);
  });
  return { root, pasted };
}

/** Replaces the selection, splits the paragraph there and puts one paragraph per line there, as an editor's paste does. */
function insertLinesAtSelection(root: HTMLElement, text: string) {
  const range = getSelection()!.getRangeAt(0);
  // Like any editor, a paste replaces what is selected.
  range.deleteContents();
  // A caret after the last paragraph (the end of the text) is in its last line.
  const inText = range.endContainer.nodeType === Node.TEXT_NODE;
  const node = (inText ? range.endContainer : root.lastElementChild!.firstChild!) as Text;
  const at = inText ? range.endOffset : node.data.length;
  const p = node.parentElement!;
  const before = node.data.slice(0, at);
  const after = node.data.slice(at);
  const lines = text.split('\n');
  lines[0] = before + lines[0];
  lines[lines.length - 1] += after;
  p.replaceWith(
    ...lines.map((line) => {
      const q = document.createElement('p');
      if (line) q.textContent = line;
      else q.append(document.createElement('br'));
      return q;
    }),
  );
}

function select(node: Node, start: number, end = start) {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);
}

function richField(root: HTMLElement, lines: LinesMethod) {
  return new RichTextField(root, { rules: DEFAULT_RULES, input: 'exec-command', lines });
}

describe('RichTextField.insertParagraphs', () => {
  it('pastes the draft after the selected words, never over them, as paragraphs between the writer’s lines', async () => {
    const { root, pasted } = paragraphEditor(['Hi all,', 'Thanks, Sam'], { takesPaste: true });
    const field = richField(root, 'paste');
    root.focus();
    // "all," selected: the draft goes after it.
    select(root.firstChild!.firstChild!, 3, 7);
    expect(await field.insertParagraphs(fit)).toEqual({ ok: true });
    // One line break stands between the paragraphs already: one more makes the blank line.
    expect(pasted).toEqual([`\n\n${DRAFT}\n`]);
    expect(field.read()).toBe(`Hi all,\n\n${DRAFT}\n\nThanks, Sam`);
  });

  it('goes at the end of the text when the caret was never in the box', async () => {
    const { root } = paragraphEditor(['Hi all,'], { takesPaste: true });
    const field = richField(root, 'paste');
    getSelection()!.removeAllRanges();
    expect(await field.insertParagraphs(fit)).toEqual({ ok: true });
    expect(field.read()).toBe(`Hi all,\n\n${DRAFT}`);
  });

  it('refuses, saying so, when the editor took the paste but not every line arrived', async () => {
    const { root } = paragraphEditor(['Hi all,'], { takesPaste: true, dropsLines: true });
    const field = richField(root, 'paste');
    root.focus();
    select(root.firstChild!.firstChild!, 7);
    expect(await field.insertParagraphs(fit)).toEqual({ ok: false, reason: NOT_TAKEN });
  });

  it('with `auto`, writes through the editing command when nobody takes the paste', async () => {
    const { root } = paragraphEditor(['Hi all,'], { takesPaste: false });
    fakeEditingCommand((text) => insertLinesAtSelection(root, text));
    const field = richField(root, 'auto');
    root.focus();
    select(root.firstChild!.firstChild!, 7);
    expect(await field.insertParagraphs(fit)).toEqual({ ok: true });
    expect(commands).toEqual([`\n\n${DRAFT}`]);
    expect(field.read()).toBe(`Hi all,\n\n${DRAFT}`);
  });

  it('with `paste`, a paste nobody takes is refused, and the editing command is not tried', async () => {
    const { root } = paragraphEditor(['Hi all,'], { takesPaste: false });
    fakeEditingCommand((text) => insertLinesAtSelection(root, text));
    const field = richField(root, 'paste');
    root.focus();
    select(root.firstChild!.firstChild!, 7);
    expect(await field.insertParagraphs(fit)).toEqual({ ok: false, reason: NOT_TAKEN });
    expect(commands).toEqual([]);
    expect(field.read()).toBe('Hi all,');
  });
});

describe('dispatchPaste', () => {
  it('hands the page a cancellable paste holding the text as plain text, and says whether it was taken', () => {
    document.body.innerHTML = '<div contenteditable="true">x</div>';
    const root = document.querySelector('div')!;
    const range = document.createRange();
    range.setStart(root.firstChild!, 1);
    const seen: string[] = [];
    const listener = (event: Event) => seen.push((event as ClipboardEvent).clipboardData!.getData('text/plain'));
    root.addEventListener('paste', listener);
    expect(dispatchPaste(root, range, 'a\n\nb')).toBe(false);
    root.addEventListener('paste', (event) => event.preventDefault());
    expect(dispatchPaste(root, range, 'c')).toBe(true);
    expect(seen).toEqual(['a\n\nb', 'c']);
  });
});

describe('TextareaField.insertParagraphs', () => {
  it('writes through the editing command after the selected words, with its line breaks', async () => {
    document.body.innerHTML = '<textarea></textarea><div id="layer"></div>';
    const textarea = document.querySelector('textarea')!;
    textarea.value = 'Hi all, thanks';
    const field = new TextareaField(textarea, document.getElementById('layer')!);
    fakeEditingCommand((text) => textarea.setRangeText(text, textarea.selectionStart, textarea.selectionEnd, 'end'));
    textarea.setSelectionRange(3, 7);
    expect(await field.insertParagraphs(fit)).toEqual({ ok: true });
    expect(commands).toEqual([`\n\n${DRAFT}\n\n`]);
    expect(textarea.value).toBe(`Hi all,\n\n${DRAFT}\n\n thanks`);
  });
});
