/**
 * The analysis core's public API. PLACEHOLDER: a starter word list until the matcher and checks land.
 */
import type { AnalyzeResult, Finding } from './types.ts';
import type { Audience } from './schema.ts';

export * from './types.ts';
export * from './schema.ts';

export interface AnalyzeOptions {
  audience?: Audience;
}

const STARTER: Record<string, string> = { DNS: 'the internet address book', VPN: 'secure remote connection', middleware: 'connecting software', SSO: 'one sign-in for every tool' };

export function analyze(text: string, _options: AnalyzeOptions = {}): AnalyzeResult {
  const findings: Finding[] = [];
  const re = /\b(DNS|VPN|SSO|middleware)\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = m[1]!;
    findings.push({ id: `jargon:${m.index}:${word}`, start: m.index, end: m.index + word.length, text: word, check: 'jargon', severity: 'medium', message: `"${word}" is IT jargon.`, suggestions: [{ kind: 'plain', text: STARTER[word]! }] });
  }
  return { findings, score: { value: Math.max(0, 100 - findings.length * 10), parts: [], summary: '' } };
}
