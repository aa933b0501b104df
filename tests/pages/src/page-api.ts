/**
 * What every test page exposes to the end-to-end specs on `window.testPage`: the editors on the page, each
 * with its root element and its own model's text (read through the editor's API, not the DOM), and ways to
 * add and remove editors after load. Test pages only: the extension never looks at this.
 */
export interface TestEditor {
  /** The editable element. */
  root: HTMLElement;
  /** The text as the editor's own model holds it, lines joined with "\n". */
  model(): string;
  /** The user's own text (for Gmail and Outlook pages: without signature and quote); defaults to `model()`. */
  userText?(): string;
  /** Makes the first occurrence of a word bold, through the editor's own API (formatting tests). */
  bold?(word: string): void;
  /** Whether the editor's model says the first occurrence of `word` is bold. */
  isBold?(word: string): boolean;
  /** Focuses the editor with the caret at the end of the user's text, through the editor's API where it has one. */
  caretToEnd(): void;
  /** What the editor hands the page to send (CKEditor's `getData()`), where the page sends its own serialisation. */
  data?(): string;
  /** The messages the page's own send handler took (Enter in a chat box), oldest first. */
  sent?(): string[];
  destroy(): void;
}

export type EditorFactory = (host: HTMLElement, text: string) => TestEditor | Promise<TestEditor>;

export interface TestPage {
  name: string;
  editors: TestEditor[];
  ready: Promise<void>;
  /** Adds an editor with this text at the end of the page; resolves to its index. */
  add(text: string): Promise<number>;
  /** Removes editor `index` and its host element. */
  remove(index: number): void;
  model(index?: number): string;
  userText(index?: number): string;
  caretToEnd(index?: number): void;
  /** A message of about `words` words, for typing and benchmark tests. */
  longMessage(words: number): string;
}

declare global {
  interface Window {
    testPage: TestPage;
  }
}

/** Sets up `window.testPage` with one editor holding `initialText` in `#editors`. */
export function exposeTestPage(name: string, factory: EditorFactory, initialText: string): void {
  const container = document.getElementById('editors') ?? document.body;
  const hosts: HTMLElement[] = [];
  const page: TestPage = {
    name,
    editors: [],
    ready: Promise.resolve(),
    async add(text) {
      const host = document.createElement('div');
      host.className = 'editor-host';
      container.append(host);
      const editor = await factory(host, text);
      hosts.push(host);
      page.editors.push(editor);
      return page.editors.length - 1;
    },
    remove(index) {
      page.editors[index]?.destroy();
      hosts[index]?.remove();
    },
    model: (index = 0) => page.editors[index]?.model() ?? '',
    userText: (index = 0) => {
      const editor = page.editors[index];
      return editor ? (editor.userText?.() ?? editor.model()) : '';
    },
    caretToEnd: (index = 0) => page.editors[index]?.caretToEnd(),
    longMessage: (words) => longMessage(words),
  };
  page.ready = page.add(initialText).then(() => {
    document.body.dataset.ready = 'true';
  });
  window.testPage = page;
}

/** The sample IT update every editor page starts with. */
export const SAMPLE = [
  'Hi team, we moved the DNS records and patched the VPN gateway last night.',
  'We will switch on SSO next week, with the new middleware.',
].join('\n');

/** Puts the DOM caret at the end of an element's content and focuses its editor. */
export function caretAtEndOf(editable: HTMLElement, target: Node = editable): void {
  editable.focus();
  const range = document.createRange();
  range.selectNodeContents(target);
  range.collapse(false);
  const selection = getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

/** A message of about `words` words: IT update sentences in paragraphs of five. */
export function longMessage(words: number): string {
  const pool = [
    'We moved the DNS records to the new provider on Saturday night.',
    'The VPN gateway was patched and rebooted without any downtime for staff.',
    'Finance asked for a summary of the costs before the quarterly review.',
    'From Monday the SSO portal uses the new middleware for every sign-in.',
    'The team will share a short note with each department next week.',
    'Please tell us if anything looks different when you start work.',
  ];
  const paragraphs: string[] = [];
  let count = 0;
  let i = 0;
  while (count < words) {
    const sentences: string[] = [];
    for (let k = 0; k < 5 && count < words; k++) {
      const sentence = pool[i++ % pool.length]!;
      sentences.push(sentence);
      count += sentence.split(' ').length;
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n');
}
