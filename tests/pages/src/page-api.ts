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
  };
  page.ready = page.add(initialText).then(() => {
    document.body.dataset.ready = 'true';
  });
  window.testPage = page;
}

/** The sample IT update every editor page starts with. */
export const SAMPLE = [
  'Hi team, we moved the DNS records and patched the VPN gateway last night.',
  'From Monday the SSO portal uses the new middleware, so sign-in stays the same.',
].join('\n');
