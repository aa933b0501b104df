/**
 * The command-line checker: `npm run -s check -- FILE` (or `-` for stdin).
 *
 *   line:col  term  message  → suggestion        one line per finding, on stdout
 *   --json                     {"findings":[...],"score":N} instead
 *   --audience board|executive|manager|staff
 *   --fail-on low|medium|high  exit 1 when a finding at or above that severity is found
 *   --rewrite                  also the plain, outcome and analogy rewrites of each flagged sentence
 *
 * A missing file or a bad option prints a clear message and exits 2. The score and what lowers it most go to
 * stderr in text mode, so stdout stays one finding per line for scripts.
 *
 * Options are a table (`CHECK_OPTIONS`): a new option is one row plus the code that reads it.
 */
import { readFileSync } from 'node:fs';
import {
  analyze,
  AUDIENCES,
  resolveLexicon,
  SEVERITIES,
  type AnalyzeOptions,
  type AnalyzeResult,
  type Audience,
  type Finding,
  type Severity,
} from '../index.ts';
import { formatSentenceRewrites, rewriteFlaggedSentences, rewritesForFinding } from '../rewrite/index.ts';

/** One command-line option. */
export interface CliOption {
  name: string;
  /** Allowed values; absent for a switch that takes none. */
  values?: readonly string[];
  /** Free-form value (no fixed list), e.g. a number or a term. */
  takesValue?: boolean;
  /** May be given more than once (values collect in an array). */
  repeatable?: boolean;
  help: string;
}

/** The options `check` understands. */
export const CHECK_OPTIONS: CliOption[] = [
  { name: '--json', help: 'print {"findings":[...],"score":N} instead of one line per finding' },
  { name: '--audience', values: AUDIENCES, help: 'whose outcomes the advice speaks of (default executive)' },
  { name: '--fail-on', values: SEVERITIES, help: 'exit 1 when a finding at or above this severity is found' },
  { name: '--allow', takesValue: true, repeatable: true, help: 'a term never to flag (repeatable)' },
  { name: '--rewrite', help: 'also print the plain, outcome and analogy rewrites of each flagged sentence, for --audience' },
  { name: '--help', help: 'show this help' },
];

/** Parsed command line: option values by name (without dashes), and the file argument. */
export interface ParsedArgs {
  options: Record<string, string | string[] | true>;
  file: string | null;
}

/** A usage error: the message to print; the exit code is 2. */
export class UsageError extends Error {}

/** Reads `argv` against an option table. Throws `UsageError` with a message a person can act on. */
export function parseArgs(argv: readonly string[], table: readonly CliOption[] = CHECK_OPTIONS): ParsedArgs {
  const options: ParsedArgs['options'] = {};
  let file: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-' || !arg.startsWith('-')) {
      if (file !== null) throw new UsageError(`only one file can be checked at a time (got "${file}" and "${arg}")`);
      file = arg;
      continue;
    }
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const option = table.find((o) => o.name === name);
    if (!option) throw new UsageError(`unknown option ${name} (options: ${table.map((o) => o.name).join(', ')})`);
    const key = option.name.replace(/^-+/, '');
    if (!option.values && !option.takesValue) {
      if (inline !== undefined) throw new UsageError(`${name} takes no value`);
      options[key] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      throw new UsageError(`${name} needs a value${option.values ? `: ${option.values.join(', ')}` : ''}`);
    }
    if (option.values && !option.values.includes(value))
      throw new UsageError(`${name} must be one of ${option.values.join(', ')} (got "${value}")`);
    if (option.repeatable) options[key] = [...((options[key] as string[] | undefined) ?? []), value];
    else options[key] = value;
  }
  return { options, file };
}

/** Where the command writes and reads; replaced in tests. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): string;
  readStdin(): string;
}

const nodeIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
  readStdin: () => readFileSync(0, 'utf8'),
};

/** 1-based line and column (in characters, not UTF-16 units) of each offset. */
export function lineAndColumn(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = starts[lo]!;
    return { line: lo + 1, column: [...text.slice(lineStart, offset)].length + 1 };
  };
}

function termOf(finding: Finding): string {
  if (finding.wholeMessage) return '(whole message)';
  const flat = finding.text.replace(/\s+/g, ' ');
  return flat.length > 48 ? `${flat.slice(0, 47)}…` : flat;
}

function suggestionOf(finding: Finding): string {
  const first = finding.suggestions[0];
  if (!first) return '';
  if (first.kind === 'remove') return '  → (remove)';
  return `  → ${first.text}`;
}

/** The text report: one line per finding. */
export function formatFindings(text: string, result: AnalyzeResult): string {
  const position = lineAndColumn(text);
  return result.findings
    .map((finding) => {
      const { line, column } = position(finding.start);
      return `${line}:${column}  ${termOf(finding)}  ${finding.message}${suggestionOf(finding)}\n`;
    })
    .join('');
}

const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

/** Runs the checker; returns the exit code (0 fine, 1 a finding at or above --fail-on, 2 usage error). */
export function runCheck(argv: readonly string[], io: CliIO = nodeIO): number {
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`check: ${error.message}\nRun with --help for usage.\n`);
    return 2;
  }
  const { options, file } = parsed;
  if (options.help) {
    io.stdout(
      `Usage: npm run -s check -- [options] FILE|-\n\n${CHECK_OPTIONS.map((o) => `  ${(o.name + (o.values ? ` ${o.values.join('|')}` : o.takesValue ? ' VALUE' : '')).padEnd(40)} ${o.help}`).join('\n')}\n`,
    );
    return 0;
  }
  if (file === null) {
    io.stderr('check: no file given: pass a file name, or - to read the message from standard input.\n');
    return 2;
  }
  let text: string;
  try {
    text = file === '-' ? io.readStdin() : io.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    io.stderr(`check: cannot read "${file}": ${why}.\n`);
    return 2;
  }
  const analyzeOptions: AnalyzeOptions = {};
  if (typeof options.audience === 'string') analyzeOptions.audience = options.audience as Audience;
  if (Array.isArray(options.allow)) analyzeOptions.allow = options.allow;
  const result = analyze(text, analyzeOptions);
  // --rewrite: each flagged sentence is tagged on its own (see lexicon/rewrite/with-lexicon.ts).
  const sentences = options.rewrite
    ? rewriteFlaggedSentences(text, result.findings, { audience: analyzeOptions.audience, lexicon: resolveLexicon(analyzeOptions) })
    : null;
  if (options.json) {
    const findings = sentences
      ? result.findings.map((f) => ({ ...f, ...(rewritesForFinding(f, sentences) && { rewrites: rewritesForFinding(f, sentences) }) }))
      : result.findings;
    io.stdout(`${JSON.stringify({ findings, score: result.score.value, ...(sentences && { sentences }) })}\n`);
  } else {
    io.stdout(formatFindings(text, result));
    if (sentences) io.stdout(formatSentenceRewrites(sentences, lineAndColumn(text)));
    io.stderr(`score ${result.score.value}/100: ${result.score.summary}\n`);
  }
  const failOn = typeof options['fail-on'] === 'string' ? (options['fail-on'] as Severity) : null;
  return failOn && result.findings.some((f) => RANK[f.severity] >= RANK[failOn]) ? 1 : 0;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) process.exitCode = runCheck(process.argv.slice(2));
