/** The analysis core as the update page uses it: the check, lexicon suggestions for a win, and plain wording. */
import { analyze, builtInLexicon } from '../../lexicon/index.ts';
import { prefillWin } from '../../lexicon/update/index.ts';
import type { UpdateEngine } from '../../components/update/engine.ts';

/** Replaces each jargon term with its plain wording, from the last to the first so offsets stay true. */
export function plainWording(text: string): string {
  const findings = analyze(text, {
    checks: { acronym: false, technical: false, 'feature-talk': false, 'us-them': false, undermining: false, discouraging: false },
  })
    .findings.filter((f) => f.check === 'jargon' && f.suggestions[0]?.kind === 'plain')
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const f of findings) out = out.slice(0, f.start) + f.suggestions[0]!.text + out.slice(f.end);
  return out;
}

export const updateEngine: UpdateEngine = {
  analyze: (text, audience) => analyze(text, { audience }),
  prefill: (text, audience) => prefillWin(text, builtInLexicon(), audience),
  plainWording,
};
