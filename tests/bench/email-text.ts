/**
 * Email-like text of any length for benchmarks: greetings, IT updates with jargon from the built-in lexicon,
 * plain business sentences, outcomes, lists and a sign-off, in paragraphs. Deterministic for a given seed.
 */
import { builtInEntries } from '../../lexicon/data/index.ts';
import { seededRandom } from './harness.ts';

const SUBJECTS = ['We', 'The team', 'IT', 'Our engineers', 'I'];
const VERBS = ['migrated', 'upgraded', 'patched', 'moved', 'replaced', 'rebuilt', 'tested', 'rolled out', 'reviewed', 'checked'];
const WHEN = ['last night', 'on Saturday', 'this morning', 'over the weekend', 'on Tuesday evening', 'before the quarter end'];
const OUTCOMES = [
  'so staff can sign in from home without a second password',
  'which means the finance team closes the month a day earlier',
  'so customers see their orders confirmed within seconds',
  'which cuts our monthly hosting bill by about a fifth',
  'so the sales team no longer loses work when the office network drops',
];
const PLAIN = [
  'The quarterly review is on Thursday in the main meeting room.',
  'Please let me know if your team needs anything before the holidays.',
  'Thanks to everyone in facilities for their help with the office move.',
  'The new starters join on Monday and will shadow the support desk for a week.',
  'Budgets for next year are due with finance by the end of the month.',
  'We expect the work to finish by Friday afternoon.',
];

/** An email-like message of about `words` words (never fewer). */
export function emailText(words: number, seed = 1): string {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const terms = builtInEntries.length ? builtInEntries.map((e) => e.term) : ['server', 'VPN', 'DNS', 'load balancer'];
  const paragraphs: string[] = ['Hi all,'];
  let count = 2;
  while (count < words) {
    const sentences: string[] = [];
    const length = 3 + Math.floor(random() * 4);
    for (let s = 0; s < length && count < words; s++) {
      const kind = random();
      let sentence: string;
      if (kind < 0.45)
        sentence = `${pick(SUBJECTS)} ${pick(VERBS)} the ${pick(terms)} ${pick(WHEN)}${random() < 0.5 ? `, ${pick(OUTCOMES)}` : ''}.`;
      else if (kind < 0.6) sentence = `The ${pick(terms)} and the ${pick(terms)} are now on the new version, ${pick(OUTCOMES)}.`;
      else sentence = pick(PLAIN);
      sentences.push(sentence);
      count += sentence.split(/\s+/).length;
    }
    paragraphs.push(random() < 0.15 ? sentences.map((s) => `- ${s}`).join('\n') : sentences.join(' '));
  }
  paragraphs.push('Thanks,\nSam');
  return paragraphs.join('\n\n');
}

/** Words in a text, counted the way the benchmark reports them. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
