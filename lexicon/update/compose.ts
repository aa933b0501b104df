/**
 * The update composer: a pure function of wins, audience and period. It follows the seeds' advice: lead with
 * the win that matters most to the reader, with its figure; group the rest by business goal, one outcome-first
 * sentence each, with what was done second and in plain words; credit people by name; end with what is coming
 * next and an open door. Every fact comes from the wins: a win without a stated benefit is listed under "needs a
 * why", never given a stock one, and the composer adds no number of its own.
 */
import { goalLabel, goalWeight } from './goals.ts';
import { inPeriod } from './period.ts';
import type { Audience, ComposeOptions, DraftSection, Figure, OrgGoal, UpdateDraft, Win, WinParagraph } from './types.ts';

/** A number as the draft writes it: thousands grouped ("4,000"), decimals as given. */
export function formatAmount(amount: number): string {
  const [whole = '', fraction] = String(Math.abs(amount)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${amount < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

function plural(amount: number, one: string, many: string): string {
  return amount === 1 ? one : many;
}

function withDetail(phrase: string, detail: string | undefined): string {
  const d = detail?.trim();
  return d ? `${phrase} ${d}` : phrase;
}

/** The figure as a phrase that follows the outcome after a comma: "saving 12 hours a week", "worth £4,000 a year". */
export function figurePhrase(figure: Figure): string {
  const amount = formatAmount(figure.amount);
  switch (figure.kind) {
    case 'hours':
      return withDetail(`saving ${amount} ${plural(figure.amount, 'hour', 'hours')}`, figure.detail);
    case 'days':
      return withDetail(`${amount} ${plural(figure.amount, 'day', 'days')} earlier`, figure.detail);
    case 'money': {
      const currency = figure.currency?.trim() ?? '';
      const sum = !currency ? amount : /^[A-Za-z]{2,}$/.test(currency) ? `${currency} ${amount}` : `${currency}${amount}`;
      return withDetail(`worth ${sum}`, figure.detail);
    }
    case 'share':
      return `for ${amount}% ${figure.detail?.trim() || 'of staff'}`;
    case 'count':
      return withDetail(amount, figure.detail);
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases the first letter unless the first word is an acronym or name-like ("VPN", "iPhone"). */
function lowerFirst(text: string): string {
  const first = /^\S+/.exec(text)?.[0] ?? '';
  if (first.length > 1 && (first === first.toUpperCase() || /[A-Z]/.test(first.slice(1)))) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Ends a sentence with a full stop unless it already ends with one (or ! or ?). */
function sentence(text: string): string {
  const t = text.trim().replace(/[,;:\s]+$/u, '');
  return /[.!?]["'”’)]?$/u.test(t) ? t : `${t}.`;
}

/** Past-tense openings that read as "We …" ("Moved email to …" → "We moved email to …"). */
const IRREGULAR_PAST = new Set([
  'built',
  'made',
  'set',
  'ran',
  'put',
  'cut',
  'took',
  'brought',
  'sent',
  'won',
  'got',
  'gave',
  'wrote',
  'kept',
  'found',
  'led',
  'held',
  'began',
  'rebuilt',
  'rewrote',
  'shut',
  'sped',
  'spent',
  'taught',
  'upheld',
  'withdrew',
  'bought',
  'sold',
  'paid',
  'met',
]);

/** What was done, as a sentence: "Moved invoices to the new app" becomes "We moved invoices to the new app." */
export function doneSentence(what: string): string {
  const text = what.trim();
  const first = (/^[A-Za-z]+/.exec(text)?.[0] ?? '').toLowerCase();
  const verbFirst =
    first.length > 3 && (/ed$/.test(first) || IRREGULAR_PAST.has(first)) && !/^(?:red|bed|seed|speed|need|feed|shed)$/.test(first);
  return sentence(verbFirst ? `We ${lowerFirst(text)}` : capitalise(text));
}

/** "Priya", "Priya and Tom", "Priya, Tom and Sam". */
export function joinNames(names: readonly string[]): string {
  const list = names.map((n) => n.trim()).filter(Boolean);
  if (list.length <= 1) return list[0] ?? '';
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** The outcome sentence: who benefits, what they get, and the figure. */
export function outcomeSentence(win: Win): string {
  const benefit = win.benefit.trim().replace(/[.!?\s]+$/u, '');
  const beneficiary = win.beneficiary.trim();
  const mentionsBeneficiary = beneficiary && benefit.toLowerCase().includes(beneficiary.toLowerCase());
  // A count says how many the benefit reaches, in brackets ("(412 remote accounts)"); the other figures read as a clause.
  const figure = !win.figure ? '' : win.figure.kind === 'count' ? ` (${figurePhrase(win.figure)})` : `, ${figurePhrase(win.figure)}`;
  const core = beneficiary && !mentionsBeneficiary ? `For ${beneficiary}, ${lowerFirst(benefit)}` : capitalise(benefit);
  return sentence(`${core}${figure}`);
}

/**
 * The win as one sentence, outcome first and what was done second ("…, because we moved …"): a separate
 * "We moved …" sentence reads as feature-talk to the checker, and to a reader, however good the one before it.
 */
export function winSentence(outcome: string, done: string): string {
  return `${outcome.replace(/[.!?]$/u, '')}, because ${lowerFirst(done)}`;
}

function paragraph(win: Win, plainWording: (text: string) => string): WinParagraph {
  const names = joinNames(win.people);
  const outcome = outcomeSentence(win);
  const done = doneSentence(plainWording(win.what));
  return { winId: win.id, outcome, done, sentence: winSentence(outcome, done), credit: names ? `Thanks to ${names}.` : '' };
}

/** True when the user stated what the win gives anyone. */
export function hasBenefit(win: Win): boolean {
  return win.benefit.trim().length > 0;
}

/** Which win matters most to an audience: its goal's weight, then having a figure, then the latest. */
function rank(win: Win, audience: Audience, orgGoals: readonly OrgGoal[]): number {
  return goalWeight(win.goal, audience, orgGoals) * 10 + (win.figure ? 5 : 0);
}

function byImportance(audience: Audience, orgGoals: readonly OrgGoal[]) {
  return (a: Win, b: Win) =>
    rank(b, audience, orgGoals) - rank(a, audience, orgGoals) || b.date.localeCompare(a.date) || a.id.localeCompare(b.id);
}

const GREETINGS: Record<Audience, string> = {
  board: 'To the board,',
  executive: 'Hello everyone,',
  manager: 'Hello everyone,',
  staff: 'Hello everyone,',
};

/** The period as the end of "Here is what IT delivered …": "in November 2026", "from 1 to 14 December", "this week". */
function during(label: string): string {
  if (/^(?:this|last|the past)\s/i.test(label)) return label;
  if (/^\d/.test(label)) return label.includes(' to ') ? `from ${label}` : `on ${label}`;
  return `in ${label}`;
}

function introFor(audience: Audience, period: string): string {
  const label = during(period);
  switch (audience) {
    case 'board':
      return `Here is what IT delivered for the organisation ${label}, and what it means for our goals.`;
    case 'executive':
      return `Here is what IT delivered ${label}, tied to the goals we share.`;
    case 'manager':
      return `Here is what IT delivered ${label}, and what it changes for your teams.`;
    case 'staff':
      return `Here is what IT changed ${label}, and what it means for your work.`;
  }
}

const OPEN_DOOR: Record<Audience, string> = {
  board:
    'If something stands between the organisation and one of its goals, bring it to IT early: the sooner we hear of it, the more we can do.',
  executive: 'If something is slowing your teams down, bring it to IT early: the sooner we hear of it, the more we can do.',
  manager: 'If something is slowing your team down, bring it to us early: the sooner we hear of it, the more we can do.',
  staff: 'If something gets in the way of your work, tell us early: the sooner we hear of it, the more we can do.',
};

function paragraphText(p: WinParagraph): string {
  return [p.sentence, p.credit].filter(Boolean).join(' ');
}

/** The draft as plain text, as it is copied or inserted. */
export function draftText(draft: Omit<UpdateDraft, 'text'>): string {
  if (!draft.lead) return '';
  const blocks: string[] = [draft.subject, draft.greeting, draft.intro, `The headline: ${paragraphText(draft.lead)}`];
  for (const section of draft.sections) blocks.push([section.heading, ...section.items.map((p) => `- ${paragraphText(p)}`)].join('\n'));
  if (draft.next.length) blocks.push(['Coming next', ...draft.next.map((n) => `- ${n}`)].join('\n'));
  blocks.push(draft.closing);
  return blocks.join('\n\n');
}

/**
 * Composes the update for an audience and period. Pure and deterministic: the same wins, audience and period
 * always give the same draft. Wins outside the period are left out; wins without a benefit go to `needsWhy`.
 */
export function composeUpdate(wins: readonly Win[], options: ComposeOptions): UpdateDraft {
  const { audience, period } = options;
  const orgGoals = options.orgGoals ?? [];
  const plainWording = options.plainWording ?? ((text: string) => text);
  const inRange = wins.filter((w) => inPeriod(w.date, period));
  const needsWhy = inRange.filter((w) => !hasBenefit(w)).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const ranked = inRange.filter(hasBenefit).sort(byImportance(audience, orgGoals));
  const [leadWin, ...rest] = ranked;

  const groups = new Map<string, Win[]>();
  for (const win of rest) {
    const key = goalWeight(win.goal, audience, orgGoals) > 0 ? win.goal : '';
    groups.set(key, [...(groups.get(key) ?? []), win]);
  }
  const sections: DraftSection[] = [...groups.entries()]
    .sort(
      ([a], [b]) =>
        goalWeight(b, audience, orgGoals) - goalWeight(a, audience, orgGoals) ||
        goalLabel(a, orgGoals).localeCompare(goalLabel(b, orgGoals)),
    )
    .map(([goal, items]) => ({ goal, heading: goalLabel(goal, orgGoals), items: items.map((w) => paragraph(w, plainWording)) }));

  const next = (options.next ?? []).map((n) => sentence(n)).filter((n) => n !== '.');
  const partial: Omit<UpdateDraft, 'text'> = {
    audience,
    period,
    subject: `IT update: ${period.label}`,
    greeting: GREETINGS[audience],
    intro: introFor(audience, period.label),
    lead: leadWin ? paragraph(leadWin, plainWording) : null,
    sections,
    next,
    closing: OPEN_DOOR[audience],
    included: ranked,
    needsWhy,
  };
  return { ...partial, text: draftText(partial) };
}

/** Where a part of the draft's text came from, so a mark in it can lead to its fix. */
export interface DraftSpan {
  start: number;
  end: number;
  /** The win the paragraph tells of; the user fixes it by editing the win. */
  winId?: string;
  /** The index of a "coming next" item the user wrote. */
  nextIndex?: number;
}

/** The spans of the draft's text that came from the user's wins and "coming next" items. */
export function draftSpans(draft: UpdateDraft): DraftSpan[] {
  const spans: DraftSpan[] = [];
  let cursor = 0;
  const place = (text: string, span: Omit<DraftSpan, 'start' | 'end'>) => {
    const start = draft.text.indexOf(text, cursor);
    if (start < 0) return;
    cursor = start + text.length;
    spans.push({ start, end: cursor, ...span });
  };
  if (draft.lead) place(paragraphText(draft.lead), { winId: draft.lead.winId });
  for (const section of draft.sections) for (const p of section.items) place(paragraphText(p), { winId: p.winId });
  draft.next.forEach((item, nextIndex) => place(item, { nextIndex }));
  return spans;
}
