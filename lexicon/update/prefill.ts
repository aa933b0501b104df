/**
 * What the lexicon can tell about a win from the user's sentence: the IT terms in it with their plain wording,
 * benefit and outcome phrases, the number in it, and a likely goal. Only suggestions: the page shows them for
 * the user to accept or correct, and nothing reaches a win until the user saves it.
 */
import { matchText, type CompiledLexicon } from '../match/index.ts';
import type { Audience } from '../schema.ts';
import type { BuiltInGoal, Figure } from './types.ts';

export interface TermSuggestion {
  term: string;
  entryId: string;
  plain: string;
  /** What it does for people ("…, so that" clause), when the lexicon says. */
  benefit?: string;
  /** The outcome for the chosen audience, when the lexicon says. */
  outcome?: string;
}

export interface WinPrefill {
  terms: TermSuggestion[];
  /** Benefit clauses to offer, best first, without repeats. */
  benefits: string[];
  figure?: Figure;
  goal?: BuiltInGoal;
}

const PER = String.raw`(?:\s+(?:a|an|per|each|every)\s+(?:day|week|month|quarter|year))?`;
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?`;

function amountOf(whole: string | undefined, fraction: string | undefined): number {
  return Number(`${(whole ?? '').replace(/,/g, '')}${fraction ? `.${fraction}` : ''}`);
}

/** The first figure in the text that reads as hours, days, money, a share or a count. */
export function findFigure(text: string): Figure | undefined {
  let m = new RegExp(String.raw`([£$€])\s?${NUMBER}(${PER})`, 'iu').exec(text);
  if (m)
    return {
      kind: 'money',
      amount: amountOf(m[2], m[3]),
      currency: m[1] ?? '',
      ...((m[4] ?? '').trim() ? { detail: (m[4] ?? '').trim() } : {}),
    };
  m = new RegExp(String.raw`\b${NUMBER}\s*(?:hours?|hrs?)\b(${PER})`, 'iu').exec(text);
  if (m) return { kind: 'hours', amount: amountOf(m[1], m[2]), ...((m[3] ?? '').trim() ? { detail: (m[3] ?? '').trim() } : {}) };
  m = new RegExp(String.raw`\b${NUMBER}\s*(?:working\s+)?days?\s+(early|earlier|ahead of (?:schedule|plan))`, 'iu').exec(text);
  if (m) return { kind: 'days', amount: amountOf(m[1], m[2]) };
  m = new RegExp(
    String.raw`\b${NUMBER}\s?%(\s+of\s+(?:\w+\s+){0,2}?(?:staff|employees|people|colleagues|customers|users|the company))?`,
    'iu',
  ).exec(text);
  if (m) return { kind: 'share', amount: amountOf(m[1], m[2]), ...(m[3] ? { detail: m[3].trim() } : {}) };
  m = new RegExp(String.raw`\b${NUMBER}\s+([a-z]+(?:\s+[a-z]+)?)`, 'iu').exec(text);
  const noun = m?.[3]?.split(/\s+/)[0];
  if (m && noun && !/^(?:am|pm|and|or|to)$/i.test(noun)) return { kind: 'count', amount: amountOf(m[1], m[2]), detail: noun };
  return undefined;
}

const GOAL_CUES: Array<[BuiltInGoal, RegExp]> = [
  ['compliance', /\b(?:audit|auditor|complian\w*|GDPR|HIPAA|SOX|PCI|regulat\w*|ISO 27001|Cyber Essentials)\b/i],
  ['customer', /\b(?:customers?|clients?|patients?|shoppers?|guests?)\b/i],
  ['revenue', /\b(?:revenue|sales|orders|deals|bookings)\b/i],
  ['risk', /\b(?:phishing|breach\w*|attack\w*|ransomware|outages?|backups?|recover\w*|secur\w*|MFA|two-factor|second sign-in)\b/i],
];

/** Suggests the win's terms, benefits, figure and goal from its text. */
export function prefillWin(text: string, lexicon: CompiledLexicon, audience: Audience): WinPrefill {
  const matches = matchText(lexicon, text).filter((m) => !m.entry.familiar);
  const terms: TermSuggestion[] = [];
  const seen = new Set<string>();
  for (const m of matches) {
    if (seen.has(m.entry.id)) continue;
    seen.add(m.entry.id);
    terms.push({
      term: text.slice(m.start, m.end),
      entryId: m.entry.id,
      plain: m.entry.plain[0] ?? m.entry.term,
      ...(m.entry.benefit ? { benefit: m.entry.benefit } : {}),
      ...(m.entry.outcomes ? { outcome: m.entry.outcomes[audience] } : {}),
    });
  }
  const benefits = [...new Set(terms.flatMap((t) => [t.outcome, t.benefit]).filter((b): b is string => !!b))];
  const figure = findFigure(text);
  const security = matches.some((m) => m.entry.category === 'security');
  let goal = GOAL_CUES.find(([, cue]) => cue.test(text))?.[0];
  if (!goal && security) goal = 'risk';
  if (!goal && figure?.kind === 'hours') goal = 'time';
  if (!goal && figure?.kind === 'money') goal = 'cost';
  return { terms, benefits, ...(figure ? { figure } : {}), ...(goal ? { goal } : {}) };
}
