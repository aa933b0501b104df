/**
 * Page and lexicon text is always rendered as text. The guard is the project's ESLint config (eslint.config.js):
 * this test runs it through ESLint's Node API on one small snippet per HTML or code sink, placed under a source
 * folder, and asserts that each is reported by the rule meant to catch it, and that writing plain text is not.
 * `npm run lint` applies the same config to every file.
 *
 * The probes are linted without type information (typescript-eslint's `disableTypeChecked`): the sink rules do not
 * use types, and a type-aware run would need each probe on disk in the TypeScript project and minutes to build it.
 */
import { ESLint, type Linter } from 'eslint';
import { join } from 'node:path';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
/** Loading the config and its plugins takes a while on a busy machine. */
const LINT_TIMEOUT_MS = 60_000;

/** The folders whose code ships in the extension; the guard must hold in each. */
const SOURCE_FOLDERS = ['compose', 'components', 'entrypoints', 'extension', 'lexicon'];

const SINKS: Array<{ sink: string; code: string; rule: string; tsx?: boolean }> = [
  { sink: 'innerHTML', code: 'el.innerHTML = text;', rule: 'no-unsanitized/property' },
  { sink: 'outerHTML', code: 'el.outerHTML = text;', rule: 'no-unsanitized/property' },
  { sink: 'insertAdjacentHTML', code: "el.insertAdjacentHTML('beforeend', text);", rule: 'no-unsanitized/method' },
  { sink: 'document.write', code: 'document.write(text);', rule: 'no-unsanitized/method' },
  { sink: 'createContextualFragment', code: 'document.createRange().createContextualFragment(text);', rule: 'no-unsanitized/method' },
  { sink: 'setHTMLUnsafe', code: 'el.setHTMLUnsafe(text);', rule: 'no-unsanitized/method' },
  { sink: 'DOMParser.parseFromString', code: "new DOMParser().parseFromString(text, 'text/html');", rule: 'no-unsanitized/method' },
  { sink: 'srcdoc', code: "document.createElement('iframe').srcdoc = text;", rule: 'no-unsanitized/property' },
  {
    sink: 'dangerouslySetInnerHTML',
    code: 'export const view = <div dangerouslySetInnerHTML={{ __html: text }} />;',
    rule: 'no-restricted-syntax',
    tsx: true,
  },
  { sink: 'eval', code: 'eval(text);', rule: 'no-eval' },
  { sink: 'new Function', code: 'new Function(text)();', rule: 'no-new-func' },
];

/** The rules that guard the sinks; a probe of plain text must trip none of them. */
const SINK_RULES = [...new Set(SINKS.map((s) => s.rule))];

let eslint: ESLint;

/** Lints `body` as a module under `folder`, with `el` and `text` in scope; returns what ESLint reported. */
async function lint(body: string, folder: string, tsx = false): Promise<Linter.LintMessage[]> {
  const code = `declare const el: HTMLElement;\ndeclare const text: string;\n${body}\nexport {};\n`;
  const filePath = join(ROOT, folder, `html-sink-probe.${tsx ? 'tsx' : 'ts'}`);
  const [result] = await eslint.lintText(code, { filePath });
  const messages = result!.messages;
  // A probe that does not parse, or that ESLint ignored, would pass every "not reported" check: fail instead.
  expect(messages.filter((m) => m.fatal || m.ruleId === null)).toEqual([]);
  return messages;
}

const rulesIn = (messages: Linter.LintMessage[]) => messages.map((m) => m.ruleId);

describe('the HTML-sink guard in the ESLint config', () => {
  beforeAll(() => {
    eslint = new ESLint({ cwd: ROOT, overrideConfig: tseslint.configs.disableTypeChecked });
  });

  it.each(SINKS)(
    'reports $sink in the sources',
    async ({ code, rule, tsx }) => {
      expect(rulesIn(await lint(code, 'compose', tsx))).toContain(rule);
    },
    LINT_TIMEOUT_MS,
  );

  it.each(SOURCE_FOLDERS)(
    'holds in %s/',
    async (folder) => {
      expect(rulesIn(await lint('el.innerHTML = text;', folder))).toContain('no-unsanitized/property');
    },
    LINT_TIMEOUT_MS,
  );

  it(
    'does not report writing text',
    async () => {
      const plain = [
        ...(await lint('el.textContent = text;\nel.append(document.createTextNode(text));', 'compose')),
        ...(await lint('export const view = <p title={text}>{text}</p>;', 'components', true)),
      ];
      expect(rulesIn(plain).filter((rule) => SINK_RULES.includes(rule!))).toEqual([]);
    },
    LINT_TIMEOUT_MS,
  );
});
