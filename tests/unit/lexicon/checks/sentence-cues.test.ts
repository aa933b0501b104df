/**
 * The word cues' prefilter: `possibleCues` lets the feature-talk check skip cue patterns a sentence's words rule
 * out. It must never rule out a cue that matches, so the role with the prefilter equals the role without it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cueRole, DISRUPTION, FAULT, INSTRUCTION, leadingWords, possibleCues, RISK } from '../../../../lexicon/checks/sentence-cues.ts';
import { tokenizeHashed } from '../../../../lexicon/match/tokenize.ts';
import { seededRandom } from '../../../seeded-random.ts';
import { PLAIN_BUSINESS_TRAPS } from '../../../fixtures/plain-business-traps.ts';

/** The role with and without the prefilter; `blank` blanks tokens `[from, to)` as a term would be. */
function roles(sentence: string, blank?: [number, number]): [unknown, unknown] {
  const hashes: number[] = [];
  const shapes: number[] = [];
  const tokens = tokenizeHashed(sentence, hashes, shapes);
  let blanked = sentence;
  if (blank && tokens.length) {
    const start = tokens[Math.min(blank[0], tokens.length - 1)]!.start;
    const end = tokens[Math.min(blank[1], tokens.length) - 1]!.end;
    if (end > start) blanked = sentence.slice(0, start) + ' '.repeat(end - start) + sentence.slice(end);
  }
  return [
    cueRole(sentence, blanked, tokens.length),
    cueRole(sentence, blanked, tokens.length, possibleCues(tokens, shapes, 0, tokens.length)),
  ];
}

describe('leadingWords', () => {
  it('names the words every match starts with, cut where the pattern stops being plain letters', () => {
    const fault = leadingWords(FAULT)!;
    for (const word of ['fail', 'outage', 'is', 'can', 'couldn', 'ran', 'time', 'post', 'max', 'restor', 'apolog'])
      expect(fault).toContain(word);
    // "spike[sd]?", "errors?": the optional letter is not part of the word.
    expect(fault).toContain('spike');
    expect(fault).toContain('error');
    expect(fault).not.toContain('errors');
    expect(leadingWords(INSTRUCTION)).toEqual(expect.arrayContaining(['please', 'don', 'you', 'all']));
  });

  it('gives up where a match may start with fewer than two known letters', () => {
    expect(leadingWords(/\b(?:a|an)\s+outage\b/i)).toBeNull();
    expect(leadingWords(/\b\w+\s+down\b/i)).toBeNull();
    expect(leadingWords(/\b(?:x?outage)\b/i)).toBeNull();
    expect(leadingWords(/outage/)).toBeNull(); // case-sensitive patterns are not filtered
    expect(leadingWords(/\b(?:go(?:ne)?|went)\b/i)).toEqual(['go', 'went']);
  });

  it('finds leading words for every word cue the feature-talk check runs', () => {
    for (const pattern of [FAULT, DISRUPTION, RISK, INSTRUCTION]) expect(leadingWords(pattern)).not.toBeNull();
  });
});

describe('possibleCues', () => {
  it.each([
    'The web server failed at noon.',
    'The web server was down for an hour.',
    'The VPN was web server down.',
    'The shared disk ran out of space.',
    'Email will be unavailable from 8pm to 10pm on Saturday.',
    'Phishing emails are targeting staff in finance this week.',
    'All staff must change their passwords by Friday.',
    "  Please don't restart the laptops.",
    'We upgraded the gateway, with no errors reported.',
    'We patched it in case the tests fail.',
    'Les serveurs éfailed hier.', // an ASCII word boundary inside a non-ASCII word
    'The x_failed job was rerun.',
    'We MIGRATED the DATABASE after the OUTAGE.',
    'We moved the mailboxes last night.',
    'Is the VPN back up?',
  ])('does not change the role of %j', (sentence) => {
    for (const blank of [undefined, [1, 2], [2, 4]] as const) {
      const [plain, filtered] = roles(sentence, blank ? [...blank] : undefined);
      expect(filtered).toBe(plain);
    }
  });

  it('does not change the role of any sentence of the fixtures, nor of generated ones', () => {
    const dir = join(import.meta.dirname, '../../../fixtures');
    const texts = [...PLAIN_BUSINESS_TRAPS.map((p) => p.text)];
    for (const sub of ['it-messages', 'plain-business'])
      for (const file of readdirSync(join(dir, sub))) texts.push(readFileSync(join(dir, sub, file), 'utf8'));
    const sentences = texts.flatMap((text) => text.split(/(?<=[.!?:])\s+|\n/)).filter((s) => s.trim());
    const random = seededRandom(14);
    const words = [...new Set(sentences.flatMap((s) => s.split(/\s+/)))];
    for (let i = 0; i < 400; i++) {
      const length = 3 + Math.floor(random() * 12);
      sentences.push(Array.from({ length }, () => words[Math.floor(random() * words.length)]).join(' '));
    }
    let cues = 0;
    for (const sentence of sentences) {
      const [plain, filtered] = roles(sentence, [1, 3]);
      expect(filtered, sentence).toBe(plain);
      if (plain && plain !== 'heading' && plain !== 'question' && plain !== 'quote') cues++;
    }
    expect(cues).toBeGreaterThan(20); // the sentences do hold word cues for the filter to keep
  });
});
