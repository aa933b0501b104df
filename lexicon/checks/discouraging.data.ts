/**
 * Data for the discouraging check (docs/principles.md, principle 7, stay approachable). Each row: the phrase, a
 * replacement where one fits, and what to write instead.
 */
import type { WordingPhrase } from './wording.ts';

/** Why the check exists; ends every message. */
export const PRINCIPLE = 'Stay approachable: people who think IT is too busy stop asking early, when IT could help most.';

const WE_ARE = "{we're|we are|i'm|i am|the team is|the team's|we've been|i've been|we're all|we are all|everyone is|everyone's}";
const VERY = '{so |really |very |completely |totally |absolutely |extremely |super |incredibly |}';

/** The discouraging phrases, what to write instead, and where they are ordinary. */
export const PHRASES: readonly WordingPhrase[] = [
  {
    pattern: `${WE_ARE} ${VERY}{swamped|slammed|snowed under|flat out|drowning|overloaded|overwhelmed|stretched thin|maxed out|underwater}`,
    advice: 'say when you can help instead ("we can start on this on Thursday").',
    severity: 'medium',
  },
  { pattern: `${WE_ARE} ${VERY}busy`, advice: 'say when you can help instead ("we can start on this on Thursday").' },
  { pattern: '{too|way too} busy', advice: 'say when you can help instead ("we can start on this on Thursday").' },
  {
    pattern: "{I|we} {don't|do not|didn't|haven't|have not|won't} {have|got} the bandwidth",
    advice: 'say when you can help instead ("I can look at this on Thursday").',
  },
  { pattern: '{no|zero} bandwidth {for|to}', advice: 'say when you can help instead ("I can look at this on Thursday").' },
  {
    pattern: '{raise|submit|log|open|file|put in|create|send} a {ticket|request|case} and wait',
    replacement: "let us know and we'll get back to you",
    advice: 'say what happens next and how soon ("send us a request and we\'ll reply within a day").',
    severity: 'medium',
  },
  { pattern: "{you'll|you will} {have|need} to wait", advice: 'say when it will happen instead.' },
  { pattern: '{get|join} {in|into|to} the queue', advice: 'say when it will happen instead.' },
  {
    pattern: "{not|isn't|is not} {our|an IT|IT's|my} {problem|issue|job|concern}",
    advice: 'say who can help, and offer to connect them.',
    severity: 'medium',
  },
  { pattern: "{that is|that's|this is|it's|it is} out of scope", advice: 'say who can help, or what IT can do instead.' },
  {
    pattern: "{we|I} {can't|cannot|can not} help {you|with that|with this} {right now|at the moment|now}",
    advice: 'say when you can help, or who can help sooner.',
  },
  {
    pattern: '{read|check|see} the {manual|documentation|docs|wiki} first',
    advice: 'point to the exact page and offer help if it does not answer the question.',
  },
];
