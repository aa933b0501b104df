/**
 * Runs `web-ext lint` on the Firefox build and fails on any error, and on any warning or notice that is not
 * in the documented list below. Each allowed warning says why it is safe, so the list stays short and honest.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE_DIR = '.output/firefox-mv2';

interface LintMessage {
  _type: 'error' | 'warning' | 'notice';
  code: string;
  message: string;
  file?: string;
  line?: number;
}

/** Warnings we accept, each with the reason it is safe. */
const DOCUMENTED: { code: string; why: string; matches(m: LintMessage): boolean }[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why:
      "Preact's renderer contains `e.innerHTML = props.dangerouslySetInnerHTML.__html`. Business Lens never passes " +
      'dangerouslySetInnerHTML (the HTML-sink guard in the ESLint config reports it in any source: npm run lint, tests/unit/html-sinks.test.ts), so page and lexicon text is always set as text.',
    matches: (m) =>
      m.code === 'UNSAFE_VAR_ASSIGNMENT' &&
      /innerHTML/.test(m.message) &&
      !!m.file &&
      /innerHTML=\w+\.__html/.test(readFileSync(join(SOURCE_DIR, m.file), 'utf8')),
  },
];

const output = (() => {
  try {
    return execFileSync('npx', ['web-ext', 'lint', '--source-dir', SOURCE_DIR, '--self-hosted', '--output', 'json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    // web-ext exits non-zero when it finds errors; its JSON report is still on stdout.
    return (error as { stdout?: string }).stdout ?? '';
  }
})();

const report = JSON.parse(output) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
const all = [...report.errors, ...report.warnings, ...report.notices];
const unexpected = all.filter((m) => m._type === 'error' || !DOCUMENTED.some((d) => d.matches(m)));
for (const m of all) {
  const doc = DOCUMENTED.find((d) => m._type !== 'error' && d.matches(m));
  console.log(
    `${doc ? 'documented' : m._type.toUpperCase()} ${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}${doc ? ` (${doc.why})` : ''}`,
  );
}
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices; ${unexpected.length} not documented`,
);
process.exit(unexpected.length ? 1 : 0);
