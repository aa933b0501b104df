/**
 * The score moves with the writer: accepting any one suggestion never lowers it. Generated IT messages (built
 * from the built-in lexicon's terms, report verbs, outcome clauses and the wording the checks flag), every
 * suggestion a finding carries (plain wording, removals, sentence rewrites) and the rewrite engine's own
 * suggestions for each sentence (the fitted plain phrase for each term, the plain sentence, the outcome
 * rewrite, as the card and the popup offer them) are applied one at a time; the message is analysed again and
 * its score must be at least what it was.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze, type Audience, AUDIENCES } from '../../../../lexicon/index.ts';
import { message, newFindings, suggestionsFor } from './suggestion-edits.ts';
import { WALKTHROUGH_MESSAGE } from '../../../fixtures/walkthrough-message.ts';

/** Suggestions that brought a finding the text did not have: faults of the suggestion, listed, not scored. */
const broughtFindings: string[] = [];
/** Suggestions that keep the term, after which the checker still marks it: faults of the checker, listed, not scored. */
const stillMarkedAfter: string[] = [];

function checkEveryEdit(text: string, audience: Audience): void {
  const before = analyze(text, { audience });
  for (const edit of suggestionsFor(text, audience)) {
    const after = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    const result = analyze(after, { audience });
    const brought = newFindings(before.findings, result.findings);
    // A suggestion that keeps the term (a name with its gloss: "BitLocker, the lock that…") and after which the
    // checker still marks it was not taken up by the checker: listed with its fault, not scored here.
    const end = edit.start + edit.text.length;
    const kept = before.findings.filter(
      (f) =>
        !f.wholeMessage &&
        f.start >= edit.start &&
        f.end <= edit.end &&
        edit.text.includes(`${f.text}, `) &&
        result.findings.some((g) => g.text === f.text && g.start >= edit.start && g.end <= end),
    );
    if (kept.length) {
      stillMarkedAfter.push(`${edit.what} → "${edit.text}": ${kept.map((f) => `"${f.text}"`).join(', ')} still marked`);
      continue;
    }
    if (brought.length) {
      broughtFindings.push(
        `${edit.what} → "${edit.text}" brought ${brought.join(', ')}: …${after.slice(Math.max(0, edit.start - 30), edit.start + edit.text.length + 30)}…`,
      );
      continue;
    }
    expect(result.score.value, `${edit.what} → "${edit.text}" (${audience})\nbefore: ${text}\nafter:  ${after}`).toBeGreaterThanOrEqual(
      before.score.value,
    );
  }
}

describe('the score never drops when a suggestion is accepted', () => {
  afterAll(() => {
    if (stillMarkedAfter.length)
      console.info(
        `Suggestions after which their term is still marked (not scored here):\n  ${[...new Set(stillMarkedAfter)].join('\n  ')}`,
      );
    if (broughtFindings.length)
      console.info(`Suggestions that brought a new finding (not scored here):\n  ${[...new Set(broughtFindings)].join('\n  ')}`);
  });

  it('on generated IT messages, for every audience', () => {
    fc.assert(
      fc.property(message, ({ text, audience }) => checkEveryEdit(text, audience)),
      { seed: 19, numRuns: 150 },
    );
  }, 120_000);

  it('on the 124-word update to executives, suggestion by suggestion', () => {
    for (const audience of AUDIENCES) checkEveryEdit(WALKTHROUGH_MESSAGE, audience);
  }, 60_000);

  it('rises with each term replaced by its plain wording, even in a message dense with them', () => {
    let text = WALKTHROUGH_MESSAGE;
    let score = analyze(text).score.value;
    const start = score;
    for (let step = 0; step < 8; step++) {
      const term = analyze(text).findings.find((f) => f.check === 'jargon' && f.suggestions.some((s) => s.kind === 'plain'));
      if (!term) break;
      const plain = term.suggestions.find((s) => s.kind === 'plain')!;
      text = text.slice(0, plain.start ?? term.start) + plain.text + text.slice(plain.end ?? term.end);
      const next = analyze(text).score.value;
      expect(next, `after replacing "${term.text}"`).toBeGreaterThan(score);
      score = next;
    }
    expect(score - start).toBeGreaterThanOrEqual(10);
  });

  it('is not lowered when plain wording makes a sentence long', () => {
    // The tester's case: replacing "VPN" lengthened its sentence past the limit, and the score fell.
    const plainSentences = 'The office move went well. Everyone has a desk again. Thank you all for your patience this week.';
    const long =
      'We also patched the VPN concentrator, the SD-WAN edge, the DNS resolver and the EDR console on Friday night before the quarterly audit of our branch offices in the far north of the country.';
    const text = `${plainSentences} ${long}`;
    const vpn = analyze(text).findings.find((f) => f.text === 'VPN')!;
    const plain = vpn.suggestions.find((s) => s.kind === 'plain')!;
    const after = text.slice(0, vpn.start) + plain.text + text.slice(vpn.end);
    const words = (s: string) => s.split(/\s+/).length;
    const longAfter = after.slice(plainSentences.length + 1);
    expect(words(long)).toBeLessThanOrEqual(35);
    expect(words(longAfter)).toBeGreaterThan(35);
    expect(analyze(after).score.value).toBeGreaterThan(analyze(text).score.value);
  });
});
