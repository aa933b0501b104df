/** A small message, its findings and lexicon, and a fake popup client, shared by the popup's component tests. */
import type { AnalyzeResult, Finding } from '../../../../lexicon/types.ts';
import { messageSentences } from '../../../../lexicon/analyze/sentences.ts';
import type { Analogy, Audience, LexiconEntry } from '../../../../lexicon/schema.ts';
import type { ApplyOutcome } from '../../../../compose/types.ts';
import type { PopupClient, SettingLocks, TabLook } from '../../../../components/popup/client.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../../extension/settings.ts';

export const MESSAGE = 'We migrated the mail server to the cloud last weekend. Staff just need to sign in again with SSO.\nThanks, Sam';

/** The message's sentences as the analyzer splits them; findings carry theirs, as the analyzer's do. */
const SENTENCES = messageSentences(MESSAGE);

/** A finding over the first occurrence of `word` in MESSAGE. */
export function findingFor(word: string, extra: Partial<Finding> & Pick<Finding, 'check'>): Finding {
  const start = MESSAGE.indexOf(word);
  if (start < 0) throw new Error(`"${word}" is not in the message`);
  const sentence = SENTENCES.find((s) => s.start <= start && start + word.length <= s.end);
  return {
    id: `${extra.check}:${start}`,
    start,
    end: start + word.length,
    ...(sentence ? { sentence: { start: sentence.start, end: sentence.end } } : {}),
    text: word,
    severity: 'medium',
    message: `“${word}” needs a word.`,
    suggestions: [],
    ...extra,
  };
}

export const MAIL_SERVER: LexiconEntry = {
  id: 'mail-server',
  term: 'mail server',
  variants: [],
  caseSensitive: false,
  noInflect: false,
  category: 'infrastructure',
  severity: 'medium',
  plain: ['email system'],
  explanation: 'The computer that sends and receives our email.',
  benefit: 'email keeps working when the office is closed',
  outcomes: {
    board: 'we no longer pay to run our own mail hardware',
    executive: 'email stays up during office outages',
    manager: 'your team is not held up by email downtime',
    staff: 'you can read email from anywhere',
  },
  analogies: ['backup-insurance'],
  exceptions: [],
  disabled: false,
};

export const ANALOGIES: Analogy[] = [
  {
    id: 'backup-insurance',
    title: 'Backups are insurance',
    explanation: 'You pay a little every year. After a fire it lets you rebuild.',
    fits: { terms: [], categories: [] },
  },
];

export const FINDINGS: Finding[] = [
  findingFor('SSO', { check: 'acronym', message: 'SSO is never spelled out.', suggestions: [{ kind: 'plain', text: 'single sign-on' }] }),
  findingFor('mail server', {
    check: 'jargon',
    entryId: 'mail-server',
    message: '“mail server” is IT jargon.',
    suggestions: [{ kind: 'plain', text: 'email system' }],
  }),
  findingFor('just', {
    check: 'undermining',
    message: '“just” undersells the work.',
    suggestions: [{ kind: 'remove', text: '', start: MESSAGE.indexOf('just'), end: MESSAGE.indexOf('just') + 5 }],
  }),
  findingFor('We migrated the mail server to the cloud last weekend.', {
    check: 'feature-talk',
    message: 'Says what IT did, not what it gives anyone.',
  }),
];

export const RESULT: AnalyzeResult = {
  findings: FINDINGS,
  score: { value: 62, parts: [], summary: 'Jargon lowers the score most: 2 terms in 20 words.' },
};

export const READY: TabLook = {
  kind: 'answered',
  host: 'mail.google.com',
  state: { state: 'ready', text: MESSAGE, result: RESULT, host: 'mail.google.com' },
};

export interface FakeClient extends PopupClient {
  calls: Array<[string, ...unknown[]]>;
  looks: TabLook[];
  settings: Settings;
  /** What the next actions answer; defaults to ok. */
  answer: ApplyOutcome;
  locks: SettingLocks;
}

/** A client that records every call and answers from `looks` (the last one repeats). */
export function fakeClient(looks: TabLook[], audience: Audience = 'executive'): FakeClient {
  const listeners = new Set<(s: Settings) => void>();
  const client: FakeClient = {
    calls: [],
    looks: [...looks],
    settings: { ...DEFAULT_SETTINGS, audience },
    answer: { ok: true },
    locks: { audience: false, paused: false, sites: false },
    getLocks() {
      return Promise.resolve(client.locks);
    },
    look() {
      client.calls.push(['look']);
      return Promise.resolve(client.looks.length > 1 ? client.looks.shift()! : client.looks[0]!);
    },
    apply(findingId, replacement) {
      client.calls.push(['apply', findingId, replacement]);
      return Promise.resolve(client.answer);
    },
    ignore(findingId) {
      client.calls.push(['ignore', findingId]);
      return Promise.resolve(client.answer);
    },
    insert(text) {
      client.calls.push(['insert', text]);
      return Promise.resolve(client.answer);
    },
    resume() {
      client.calls.push(['resume']);
      return Promise.resolve(client.answer);
    },
    allowTerm(term) {
      client.calls.push(['allowTerm', term]);
      return Promise.resolve(client.answer);
    },
    enableSite(origin) {
      client.calls.push(['enableSite', origin]);
      return Promise.resolve(client.answer);
    },
    enableBuiltInSite(host) {
      client.calls.push(['enableBuiltInSite', host]);
      return Promise.resolve(client.answer);
    },
    reloadTab() {
      client.calls.push(['reloadTab']);
      return Promise.resolve();
    },
    openPlayground() {
      client.calls.push(['openPlayground']);
    },
    openOptions() {
      client.calls.push(['openOptions']);
    },
    openUpdate() {
      client.calls.push(['openUpdate']);
    },
    logWin(win) {
      client.calls.push(['logWin', win.what, win.benefit ?? '']);
      return Promise.resolve(client.answer);
    },
    getSettings() {
      return Promise.resolve(client.settings);
    },
    setPicky(picky) {
      client.calls.push(['setPicky', picky]);
      client.settings = { ...client.settings, picky };
      listeners.forEach((l) => l(client.settings));
      return Promise.resolve();
    },
    setAudience(next) {
      client.calls.push(['setAudience', next]);
      client.settings = { ...client.settings, audience: next };
      listeners.forEach((l) => l(client.settings));
      return Promise.resolve();
    },
    watchSettings(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
  };
  return client;
}

/** The names of the calls made, in order, without `look`. */
export function actions(client: FakeClient): Array<[string, ...unknown[]]> {
  return client.calls.filter(([name]) => name !== 'look');
}

import type { RewriteEngine } from '../../../../components/popup/rewrites.ts';
import type { RewriteRequest, RewriteResult } from '../../../../lexicon/rewrite/types.ts';

/**
 * A stand-in rewrite engine for tests of the popup's states and wiring: it joins the lexicon's phrases in the
 * most obvious way. The audience test also runs against the real engine.
 */
export const SIMPLE_ENGINE: RewriteEngine = {
  rewriteSentence(req: RewriteRequest): RewriteResult {
    const audience = req.audience ?? 'executive';
    const base = {
      original: req.text,
      audience,
      replacements: [],
      focus: null,
      analogyId: null,
      plain: null,
      outcome: null,
      analogy: null,
      role: null,
      nudge: null,
      choice: null,
    };
    const match = req.matches[0];
    if (!match) return { ...base, unsafe: { reason: 'no-term', message: 'No term.' } };
    const plain = req.text.slice(0, match.start) + match.entry.plain[0] + req.text.slice(match.end);
    const outcome = `${plain.replace(/[.!?]$/, '')}, so ${match.entry.outcomes?.[audience]}.`;
    return {
      ...base,
      plain,
      outcome,
      analogy: `${outcome} Think of it as ${match.entry.analogies[0]}.`,
      replacements: [{ start: match.start, end: match.end, text: match.entry.term, plain: match.entry.plain[0]!, entryId: match.entry.id }],
      focus: { entryId: match.entry.id, text: match.entry.term, start: match.start, end: match.end },
      analogyId: match.entry.analogies[0] ?? null,
      unsafe: null,
    };
  },
  buildWorksheet(req) {
    const audience = req.audience ?? 'executive';
    const match = req.matches[0];
    const feature = match ? req.text.slice(0, match.start) + match.entry.plain[0] + req.text.slice(match.end) : req.text;
    return {
      original: req.text,
      audience,
      entryId: match?.entry.id ?? null,
      feature: feature.replace(/[.!?]$/, ''),
      benefit: match?.entry.benefit ?? '',
      outcome: match?.entry.outcomes?.[audience] ?? '',
    };
  },
  composeWorksheetSentence(ws) {
    if (!ws.feature.trim()) return { text: '', missingFacts: [], problems: [] };
    const parts = [
      ws.feature.trim(),
      ws.benefit.trim() && `so ${ws.benefit.trim()}`,
      ws.outcome.trim() && `which means ${ws.outcome.trim()}`,
    ].filter(Boolean);
    return { text: `${parts.join(', ')}.`, missingFacts: [], problems: [] };
  },
};

export const LEXICON = { entry: (id: string) => (id === MAIL_SERVER.id ? MAIL_SERVER : undefined), analogies: ANALOGIES };
