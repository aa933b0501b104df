import { describe, expect, it } from 'vitest';
import { lineAndColumn, parseArgs, runCheck, UsageError, type CliIO } from '../../../../lexicon/cli/check.ts';

function fakeIO(files: Record<string, string>, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: (path) => {
      if (!(path in files)) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      return files[path]!;
    },
    readStdin: () => stdin,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

const MESSAGE = 'Hello team.\nWe patched the DNS servers last night.\n';

describe('command-line checker', () => {
  it('prints line:col  term  message  → suggestion', () => {
    const { io, out, err } = fakeIO({ 'draft.txt': MESSAGE });
    expect(runCheck(['draft.txt'], io)).toBe(0);
    const lines = out().trim().split('\n');
    const dns = lines.find((l) => l.includes('  DNS servers  '))!;
    expect(dns).toMatch(/^2:16 {2}DNS servers {2}"DNS servers" is IT jargon\..* {2}→ .+$/);
    expect(err()).toMatch(/^score \d+\/100: /);
  });

  it('prints JSON with the finding fields and the score', () => {
    const { io, out } = fakeIO({}, MESSAGE);
    expect(runCheck(['--json', '-'], io)).toBe(0);
    const parsed = JSON.parse(out()) as { findings: Array<Record<string, unknown>>; score: number };
    expect(typeof parsed.score).toBe('number');
    const dns = parsed.findings.find((f) => f.text === 'DNS servers')!;
    expect(dns).toMatchObject({ start: MESSAGE.indexOf('DNS'), end: MESSAGE.indexOf('DNS') + 11, check: 'jargon', entryId: 'dns-server' });
    expect(Object.keys(dns)).toEqual(expect.arrayContaining(['id', 'start', 'end', 'text', 'check', 'severity', 'message', 'suggestions']));
  });

  it('exits 1 when a finding reaches --fail-on, 0 when none does', () => {
    expect(runCheck(['--fail-on', 'low', 'd'], fakeIO({ d: MESSAGE }).io)).toBe(1);
    expect(runCheck(['--fail-on', 'high', 'd'], fakeIO({ d: 'Lunch is at noon on Friday.' }).io)).toBe(0);
  });

  it('speaks to the chosen audience', () => {
    const board = fakeIO({ d: MESSAGE });
    const staff = fakeIO({ d: MESSAGE });
    runCheck(['--audience', 'board', 'd'], board.io);
    runCheck(['--audience=staff', 'd'], staff.io);
    expect(board.out()).toContain('For the board');
    expect(staff.out()).toContain('For staff');
  });

  it.each([
    [['missing.txt'], /cannot read "missing.txt": no such file/],
    [[], /no file given/],
    [['--audience', 'ceo', 'd'], /--audience must be one of board, executive, manager, staff/],
    [['--fail-on'], /--fail-on needs a value/],
    [['--nope', 'd'], /unknown option --nope/],
    [['a', 'b'], /only one file/],
  ])('exits 2 with a clear message for %j', (argv, message) => {
    const { io, err } = fakeIO({ d: MESSAGE });
    expect(runCheck(argv, io)).toBe(2);
    expect(err()).toMatch(message);
  });

  it('parses options from a table', () => {
    expect(parseArgs(['--json', '--allow', 'DNS', '--allow=VPN', 'f'])).toEqual({
      options: { json: true, allow: ['DNS', 'VPN'] },
      file: 'f',
    });
    expect(() => parseArgs(['--json=yes'])).toThrow(UsageError);
  });

  it('counts columns in characters', () => {
    const at = lineAndColumn('🙂 a\nbc');
    expect(at(3)).toEqual({ line: 1, column: 3 });
    expect(at(6)).toEqual({ line: 2, column: 2 });
  });
});
