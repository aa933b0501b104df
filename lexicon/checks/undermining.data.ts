/**
 * Data for the self-undermining check (docs/principles.md, principle 6, claim the win). Each row: the phrase, a
 * replacement (or `null` to delete it), what to write instead, and the neighbouring words that make it ordinary.
 */
import type { WordingPhrase } from './wording.ts';

/** Why the check exists; ends every message. */
export const PRINCIPLE =
  'Claim the win: modest words undersell work that kept the business running. Say what was achieved and what it was worth, with a number where there is one.';

const SMALL = '{small|quick|minor|tiny|simple|little|easy}';

/** The self-undermining phrases, their replacements (`null`: delete), and where they are ordinary. */
export const PHRASES: readonly WordingPhrase[] = [
  { pattern: `{only|just} a ${SMALL} fix`, replacement: 'a fix', advice: 'say what the fix achieved instead of how small it was.' },
  {
    pattern: `{only|just} a ${SMALL} {change|tweak}`,
    replacement: 'a change',
    advice: 'say what the change achieved instead of how small it was.',
  },
  {
    pattern: `{only|just} a ${SMALL} update`,
    replacement: 'an update',
    advice: 'say what the update achieved instead of how small it was.',
  },
  { pattern: `{only|just} a ${SMALL} {thing|job|task}`, advice: 'say what was achieved instead of how small it was.' },
  {
    pattern: 'just',
    replacement: null,
    advice: 'leave it out: "just" makes the work, or the request, sound smaller than it is.',
    notAfter: ['not', 'is', 'was', 'be', 'a'],
    notBefore: [
      'in',
      'as',
      'like',
      'before',
      'after',
      'about',
      'under',
      'over',
      'below',
      'above',
      'now',
      'then',
      'right',
      'fine',
      'enough',
      'around',
      'past',
      'short',
      'shy',
      'outside',
      'inside',
      'cause',
      'because',
      'so',
      'the',
      'what',
    ],
  },
  {
    pattern: '{sorry|apologies} for the {delay|delayed response|delayed reply|late reply|late response|slow reply|slow response|wait}',
    replacement: 'thank you for your patience',
    advice: 'write "thank you for your patience", then what was done.',
  },
  {
    pattern: '{sorry|apologies} {it|this} took so long',
    replacement: 'thank you for your patience',
    advice: 'write "thank you for your patience", then what was done.',
  },
  {
    pattern: 'sorry to {bother|trouble|disturb} you',
    replacement: null,
    advice: 'leave it out and ask directly: your request is part of the work.',
  },
  {
    pattern: 'hopefully',
    replacement: null,
    advice: 'say what you expect and when you will confirm it ("we expect… and will confirm by noon").',
  },
  {
    pattern: 'I {think|guess|suppose|reckon}',
    replacement: null,
    advice: 'state it: you know your systems.',
    notBefore: ['of', 'about', 'so', 'you', 'we'],
  },
  { pattern: 'I hope {this|that|it} {fixes|solves|helps|works|resolves}', advice: 'state what was done and how you will know it worked.' },
  { pattern: '{not a|no} big deal', replacement: null, advice: 'say what was done and what it was worth instead.' },
  { pattern: 'nothing {major|special|fancy|much}', advice: 'say what was done and what it was worth instead.' },
  { pattern: 'might be able to', replacement: 'can', advice: 'write what you can do and when.' },
];
