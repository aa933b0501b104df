/** `npm run check -- --rewrite`: the three rewrites per flagged sentence, in text and in JSON. */
import { describe, expect, it } from 'vitest';
import { runCheck, type CliIO } from '../../../../lexicon/cli/check.ts';

const MESSAGE =
  'Hi all,\nWe migrated the Exchange DAG to O365 last weekend. MFA is now enforced for all staff.\nIs the VPN working again?\n';

function run(argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), readFile: () => MESSAGE, readStdin: () => MESSAGE };
  const code = runCheck(argv, io);
  return { code, out, err };
}

describe('check --rewrite', () => {
  it('prints each flagged sentence with its plain, outcome and analogy rewrites for the audience', () => {
    const { code, out } = run(['--rewrite', '--audience', 'staff', 'message.txt']);
    expect(code).toBe(0);
    expect(out).toContain('2:1  sentence  We migrated the Exchange DAG to O365 last weekend.\n  plain:    We ');
    expect(out).toMatch(/2:52 {2}sentence {2}MFA is now enforced for all staff\.\n {2}plain: .*\n {2}outcome: {2}.*, so that .*\n/);
    // An analogy, where one is offered, is a full sentence, never a title alone ("It works like a vehicle recall.").
    expect(out).not.toMatch(/It works like [^:.!?]+\.\n/);
    // A question gets the plain wording and the reason, nothing else.
    expect(out).toContain('3:1  sentence  Is the VPN working again?\n  plain:    Is the ');
    expect(out).toMatch(/3:1 {2}sentence.*\n {2}plain: .*\n {2}note: {5}This is a question/);
  });

  it('speaks to the chosen audience', () => {
    const board = run(['--rewrite', '--audience', 'board', 'message.txt']).out;
    const staff = run(['--rewrite', '--audience', 'staff', 'message.txt']).out;
    const outcome = (text: string) => text.match(/outcome: {2}Two-step sign-in.*\n/)?.[0];
    expect(outcome(board)).toBeTruthy();
    expect(outcome(board)).not.toBe(outcome(staff));
  });

  it('adds rewrites to findings and a sentences list in --json', () => {
    const { out } = run(['--rewrite', '--json', 'message.txt']);
    const json = JSON.parse(out) as {
      findings: {
        text: string;
        check: string;
        wholeMessage?: boolean;
        rewrites?: { plain: string | null; outcome: string | null; analogy: string | null };
      }[];
      sentences: {
        start: number;
        end: number;
        text: string;
        rewrites: { plain: string | null; outcome: string | null; analogy: string | null };
      }[];
      score: number;
    };
    expect(json.sentences.map((s) => s.text)).toEqual([
      'We migrated the Exchange DAG to O365 last weekend.',
      'MFA is now enforced for all staff.',
      'Is the VPN working again?',
    ]);
    for (const s of json.sentences) expect(MESSAGE.slice(s.start, s.end)).toBe(s.text);
    const dag = json.findings.find((f) => f.text === 'Exchange DAG')!;
    expect(dag.rewrites).toEqual(json.sentences[0]!.rewrites);
    expect(json.findings.find((f) => f.text === 'MFA')!.rewrites!.outcome).toMatch(/, so that /);
    expect(json.sentences[2]!.rewrites).toMatchObject({ outcome: null, analogy: null });
    expect(json.findings.find((f) => f.wholeMessage)?.rewrites).toBeUndefined();
  });

  it('leaves the output as it was without --rewrite', () => {
    const { out } = run(['--json', 'message.txt']);
    const json = JSON.parse(out) as { findings: object[]; sentences?: unknown };
    expect(json.sentences).toBeUndefined();
    expect(json.findings.some((f) => 'rewrites' in f)).toBe(false);
  });
});
