/**
 * The popup: review every finding of the active compose box, choose the audience, and build the outcome
 * sentence. It only shows and forwards: the content script owns the message and applies every change through
 * the editor's own undoable path; this page asks it for the state and sends it the user's choices.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AUDIENCE_LABELS, DEFAULT_AUDIENCE, type Audience } from '../../lexicon/schema.ts';
import type { Finding } from '../../lexicon/types.ts';
import type { Settings } from '../../extension/settings.ts';
import { siteNameOf } from '../../extension/sites.ts';
import { AudienceSelect } from '../AudienceSelect.tsx';
import { FindingItem, RewriteLine, type FindingNotice } from '../FindingItem.tsx';
import { FindingList, groupBySentence, type SentenceGroup } from '../FindingList.tsx';
import { ScoreMeter } from '../ScoreMeter.tsx';
import { StatePanel } from '../StatePanel.tsx';
import { WorksheetPanel } from './WorksheetPanel.tsx';
import type { ApplyOutcome } from '../../compose/types.ts';
import type { PopupClient, SettingLocks, TabLook } from './client.ts';
import type { PopupRewrites } from './rewrites.ts';
import { canAllowFinding } from '../../lexicon/checks/catalog.ts';

export interface PopupAppProps {
  client: PopupClient;
  /** Builds the rewrites for a message; injected so tests can give a small lexicon. */
  makeRewrites: (input: { text: string; findings: readonly Finding[]; audience: Audience }) => PopupRewrites;
  /** How often to look at the tab again while the popup is open, in ms; 0 turns polling off (tests). */
  refreshMs?: number;
  /** True when opened in a tab (`?tab=ID`) rather than as the toolbar popup: the layout centres itself. */
  inTab?: boolean;
  /**
   * Called once the first answer from the tab is on screen, so heavy work (loading the rewrite engine) waits
   * until the user already sees the state of their message.
   */
  onFirstPaint?: () => void;
}

type View = 'findings' | 'worksheet';

const UNDO_HINT = 'Press Ctrl+Z in the message to undo.';
/** One empty list, so a page without findings does not hand the memos a new array on every render. */
const NO_FINDINGS: readonly Finding[] = [];
/** Stands for the worksheet where an action names the finding it acts for. */
const WORKSHEET_ACTION = 'worksheet';

function sameLook(a: TabLook | null, b: TabLook): boolean {
  return a !== null && JSON.stringify(a) === JSON.stringify(b);
}

export function PopupApp({ client, makeRewrites, refreshMs = 1_000, inTab = false, onFirstPaint }: PopupAppProps) {
  const [look, setLook] = useState<TabLook | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [locks, setLocks] = useState<SettingLocks>({ audience: false, paused: false, sites: false });
  const [view, setView] = useState<View>('findings');
  const [notices, setNotices] = useState<Record<string, FindingNotice>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [stateNotice, setStateNotice] = useState<string | undefined>();
  const [announcement, setAnnouncement] = useState('');
  /** Findings the user ignored or allowed, hidden at once rather than after the page re-analyses. */
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  /** The lines opened to show their details (finding ids, and `rewrite:START` for a sentence's rewrite). */
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  /** The control the keyboard was last in, and the findings' ids in the order the last render showed them. */
  const lastFocusedRef = useRef<{ control: HTMLElement; finding: string | null } | null>(null);
  const shownOrderRef = useRef<string[]>([]);
  const rootRef = useRef<HTMLDivElement>(null);

  const refresh = useCallback(async () => {
    const next = await client.look().catch((error: unknown): TabLook => ({ kind: 'error', message: String(error) }));
    setLook((prev) => (sameLook(prev, next) ? prev : next));
    return next;
  }, [client]);

  useEffect(() => {
    void refresh();
    void client.getSettings().then(setSettings, () => setSettings(null));
    void client.getLocks().then(setLocks, () => undefined);
    const unwatch = client.watchSettings(setSettings);
    const timer = refreshMs > 0 ? setInterval(() => void refresh(), refreshMs) : undefined;
    return () => {
      unwatch();
      if (timer) clearInterval(timer);
    };
  }, [client, refresh, refreshMs]);

  const paintedRef = useRef(false);
  useEffect(() => {
    if (!look || paintedRef.current) return;
    paintedRef.current = true;
    // After the next frame, the answer is on screen.
    requestAnimationFrame(() => setTimeout(() => onFirstPaint?.(), 0));
  }, [look, onFirstPaint]);

  const audience: Audience = settings?.audience ?? DEFAULT_AUDIENCE;
  const state = look?.kind === 'answered' ? look.state : undefined;
  const text = state?.state === 'ready' ? (state.text ?? '') : '';
  const allFindings = (state?.state === 'ready' ? state.result?.findings : undefined) ?? NO_FINDINGS;
  const findings = useMemo(() => allFindings.filter((f) => !dismissed.has(f.id)), [allFindings, dismissed]);

  // Forget dismissals the page has caught up with, so a finding that comes back (text retyped) shows again.
  useEffect(() => {
    if (dismissed.size === 0) return;
    const present = new Set(allFindings.map((f) => f.id));
    const still = [...dismissed].filter((id) => present.has(id));
    if (still.length !== dismissed.size) setDismissed(new Set(still));
  }, [allFindings, dismissed]);

  const rewrites = useMemo(
    () => (state?.state === 'ready' ? makeRewrites({ text, findings: allFindings, audience }) : null),
    [makeRewrites, text, allFindings, audience, state?.state],
  );

  // When the control the keyboard was in leaves the page (its finding was fixed, ignored, or went away when the
  // page re-analysed), keep the user in place: the same finding if it is still listed, else the next one in the
  // order they saw, else the one before, else the Findings tab. Focus moved on purpose is left alone. A layout
  // effect, so focus is back in the same task that removed the control: a Tab pressed just then is not lost.
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const order = [...root.querySelectorAll<HTMLElement>('#bl-panel-findings [data-finding-id]')].map((el) => el.dataset.findingId!);
    const previous = shownOrderRef.current;
    shownOrderRef.current = order;
    const lost = lastFocusedRef.current;
    const active = document.activeElement;
    if (!lost || lost.control.isConnected || (active && active !== document.body && active.isConnected)) return;
    lastFocusedRef.current = null;
    const id = lost.finding;
    const at = id === null ? -1 : previous.indexOf(id);
    const listed = new Set(order);
    const next =
      id === null || listed.has(id)
        ? id
        : (previous.slice(at + 1).find((other) => listed.has(other)) ??
          previous
            .slice(0, at)
            .reverse()
            .find((other) => listed.has(other)));
    const target = next != null ? root.querySelector<HTMLElement>(`[data-finding-id="${CSS.escape(next)}"] button`) : null;
    (target ?? root.querySelector<HTMLElement>('#bl-tab-findings'))?.focus();
  });

  const onFocusIn = (event: FocusEvent) => {
    const control = event.target as HTMLElement;
    // Which finding it belongs to is read now: once removed, the control has no ancestors to ask.
    lastFocusedRef.current = { control, finding: control.closest<HTMLElement>('[data-finding-id]')?.dataset.findingId ?? null };
  };

  const openWorksheet = () => {
    setView('worksheet');
    rootRef.current?.querySelector<HTMLElement>('#bl-tab-worksheet')?.focus();
  };

  const changeAudience = (next: Audience) => {
    setSettings((s) => (s ? { ...s, audience: next } : s));
    setAnnouncement(`Rewrites now speak to ${AUDIENCE_LABELS[next].long}.`);
    void client.setAudience(next);
  };

  /** Runs an action for one finding, shows its outcome beside it, and looks at the tab again. */
  async function act(finding: Finding, run: () => Promise<ApplyOutcome>, done: { message: string; dismiss?: boolean }) {
    if (busy) return;
    setBusy(finding.id);
    const result = await run();
    setBusy(null);
    if (!result.ok) {
      setNotices((n) => ({ ...n, [finding.id]: { tone: 'error', text: result.reason } }));
      setAnnouncement(result.reason);
      return;
    }
    setNotices(({ [finding.id]: _gone, ...rest }) => rest);
    setAnnouncement(done.message);
    // Its item leaves the list; the focus keeper above moves the keyboard to the next finding.
    if (done.dismiss) setDismissed((d) => new Set([...d, finding.id]));
    await refresh();
  }

  const toggle = (key: string) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  function renderFinding(finding: Finding) {
    const view = rewrites?.forFinding(finding) ?? {};
    const sentence = view.sentence;
    const apply = (replacementText: string, range: { start: number; end: number; expected: string }) => () =>
      void act(finding, () => client.apply(finding.id, { ...range, text: replacementText }), {
        message: `Changed. ${UNDO_HINT}`,
        dismiss: true,
      });
    return (
      <FindingItem
        finding={finding}
        suggestions={view}
        audienceLabel={AUDIENCE_LABELS[audience].long}
        expanded={expanded.has(finding.id)}
        onToggle={() => toggle(finding.id)}
        onReplace={view.replacement ? apply(view.replacement.text, replacementRange(text, finding, view.replacement)) : undefined}
        onUseOutcome={
          view.outcome && sentence ? apply(view.outcome, { start: sentence.start, end: sentence.end, expected: sentence.text }) : undefined
        }
        onUseChoice={
          view.choice && sentence ? apply(view.choice, { start: sentence.start, end: sentence.end, expected: sentence.text }) : undefined
        }
        onUseWithAnalogy={
          view.withAnalogy && sentence
            ? apply(view.withAnalogy, { start: sentence.start, end: sentence.end, expected: sentence.text })
            : undefined
        }
        onIgnore={() => void act(finding, () => client.ignore(finding.id), { message: 'Ignored in this message.', dismiss: true })}
        onAllow={
          // Offered only where it holds (the card asks the same): words a check marks, short enough to allow.
          !canAllowFinding(finding)
            ? undefined
            : () =>
                void act(finding, () => client.allowTerm(finding.text), {
                  message: `“${finding.text}” will not be marked again. Manage allowed terms in Options.`,
                  dismiss: true,
                })
        }
        extraAction={finding.wholeMessage ? { label: 'Open the worksheet', short: 'Worksheet', onClick: () => openWorksheet() } : undefined}
        notice={notices[finding.id]}
        busy={busy !== null}
      />
    );
  }

  /** A sentence's rewrite, once, under its findings, when no feature-talk line of its own carries it. */
  function renderSentenceRewrite(group: SentenceGroup) {
    if (!group.sentence || group.findings.some((f) => f.check === 'feature-talk')) return null;
    const carrier = group.findings.find((f) => rewrites?.forFinding(f).outcome);
    if (!carrier) return null;
    const view = rewrites!.forFinding(carrier);
    const sentence = view.sentence ?? group.sentence;
    const key = `rewrite:${group.key}`;
    return (
      <RewriteLine
        id={key}
        outcome={view.outcome!}
        audienceLabel={AUDIENCE_LABELS[audience].long}
        expanded={expanded.has(key)}
        onToggle={() => toggle(key)}
        busy={busy !== null}
        onUse={() =>
          void act(
            carrier,
            () => client.apply(carrier.id, { start: sentence.start, end: sentence.end, expected: sentence.text, text: view.outcome! }),
            {
              message: `Changed. ${UNDO_HINT}`,
            },
          )
        }
      />
    );
  }

  const changePicky = (picky: boolean) => {
    setSettings((s) => (s ? { ...s, picky } : s));
    setAnnouncement(picky ? 'Showing every suggestion.' : `Showing what matters most to ${AUDIENCE_LABELS[audience].long}.`);
    // The page re-analyses when the setting reaches it; look again soon after.
    void client.setPicky(picky).then(() => setTimeout(() => void refresh(), 150));
  };

  async function runStateAction(key: string, run: () => Promise<ApplyOutcome>) {
    setBusy(key);
    setStateNotice(undefined);
    const result = await run();
    setBusy(null);
    if (!result.ok) setStateNotice(result.reason);
    await refresh();
  }

  function renderState() {
    if (!look) return <StatePanel kind="loading" title="Looking at this page…" />;
    const playground = { label: 'Try the playground', onClick: () => client.openPlayground() };
    switch (look.kind) {
      case 'restricted':
        return (
          <StatePanel kind="restricted" title="Business Lens can’t run on this page" secondary={playground}>
            <p>{look.reason}</p>
            <p>Open your mail or chat in a normal tab, or try it in the playground.</p>
          </StatePanel>
        );
      case 'no-access':
        return (
          <StatePanel
            kind="site-off"
            title={`Business Lens is off on ${look.host}`}
            // Called straight from the click: the browser only shows its permission prompt for a user gesture.
            action={{
              label: 'Enable on this site',
              busy: busy === 'enable',
              onClick: () => void runStateAction('enable', () => client.enableSite(look.origin)),
            }}
            secondary={playground}
            notice={stateNotice}
          >
            <p>It runs on Gmail, Outlook, Slack and Teams from the start. Other sites need your permission, one site at a time.</p>
          </StatePanel>
        );
      case 'not-started':
        return (
          <StatePanel
            kind="no-box"
            title="Reload to start Business Lens here"
            action={{
              label: 'Reload the page',
              busy: busy === 'reload',
              onClick: () => void runStateAction('reload', async () => (await client.reloadTab(), { ok: true })),
            }}
            notice={stateNotice}
          >
            <p>This page was open before Business Lens was turned on for it. Reloading the page starts it; save any unsent text first.</p>
          </StatePanel>
        );
      case 'error':
        return (
          <StatePanel kind="error" title="Something went wrong" action={{ label: 'Try again', onClick: () => void refresh() }}>
            <p>{look.message}</p>
          </StatePanel>
        );
      case 'answered':
        break;
    }
    const tabState = look.state;
    switch (tabState.state) {
      case 'no-box':
        return (
          <StatePanel kind="no-box" title="No message to review yet" action={playground}>
            <p>Click into the box where you write your email or chat message, then open Business Lens again.</p>
            <p>To see what it does first, try the playground: a sample IT update, ready to improve.</p>
          </StatePanel>
        );
      case 'paused':
        if (locks.paused && settings?.paused) {
          return (
            <StatePanel kind="paused" title="Paused by your organisation">
              <p>Your organisation has paused Business Lens for everyone. Ask your IT team if you need it back.</p>
            </StatePanel>
          );
        }
        return (
          <StatePanel
            kind="paused"
            title="Business Lens is paused"
            action={{ label: 'Resume', busy: busy === 'resume', onClick: () => void runStateAction('resume', () => client.resume()) }}
            notice={stateNotice}
          >
            <p>No words are marked while it is paused. Resume to review this message.</p>
          </StatePanel>
        );
      case 'site-off': {
        const where = look.host ? ` on ${siteNameOf(look.host)}` : ' on this site';
        if (locks.sites) {
          return (
            <StatePanel kind="site-off" title={`Switched off${where} by your organisation`}>
              <p>Your organisation has switched Business Lens off on this site. Ask your IT team if you need it here.</p>
            </StatePanel>
          );
        }
        return (
          <StatePanel
            kind="site-off"
            title={`Business Lens is switched off${where}`}
            action={
              look.host
                ? {
                    label: 'Enable on this site',
                    busy: busy === 'enable',
                    onClick: () => void runStateAction('enable', () => client.enableBuiltInSite(look.host!)),
                  }
                : undefined
            }
            notice={stateNotice}
          >
            <p>You switched it off for this site in Options. Turn it back on to review your message here.</p>
          </StatePanel>
        );
      }
      case 'ready':
        return null;
    }
  }

  const ready = state?.state === 'ready' && state.result;
  const count = findings.length;
  const held = state?.state === 'ready' ? (state.held ?? 0) : 0;
  const picky = settings?.picky === true;
  const groups = useMemo(() => groupBySentence(findings, (f) => rewrites?.forFinding(f).sentence), [findings, rewrites]);

  return (
    <div ref={rootRef} class={`bl-root bl-popup${inTab ? ' bl-popup--tab' : ''}`} onFocusIn={onFocusIn}>
      <header class="bl-popup__header">
        <LensMark />
        <div class="bl-popup__brand">
          <h1 class="bl-popup__name">Business Lens</h1>
          {look?.kind === 'answered' && look.host ? (
            <p class="bl-popup__host" title={look.host}>
              {siteNameOf(look.host)}
            </p>
          ) : null}
        </div>
        <button type="button" class="bl-button bl-button--quiet bl-button--small" onClick={() => client.openOptions()}>
          Options
        </button>
      </header>

      <main class="bl-popup__main">
        {ready ? (
          <>
            <ScoreMeter
              score={state.result!.score}
              reader={AUDIENCE_LABELS[audience].long}
              caption={`${count} ${count === 1 ? 'suggestion' : 'suggestions'}`}
            />
            <AudienceSelect
              value={audience}
              onChange={changeAudience}
              disabled={!settings || locks.audience}
              label={locks.audience ? 'Writing for (set by your organisation)' : undefined}
            />
            <div class="bl-tabs" role="tablist" aria-label="Review">
              <TabButton id="findings" current={view} onSelect={setView} label={`Findings (${count})`} />
              <TabButton id="worksheet" current={view} onSelect={setView} label="Worksheet" />
            </div>
            <div
              role="tabpanel"
              id="bl-panel-findings"
              aria-labelledby="bl-tab-findings"
              hidden={view !== 'findings'}
              class="bl-popup__panel"
            >
              {held > 0 || picky ? (
                <div class="bl-quiet" data-testid="quiet-bar">
                  <p class="bl-quiet__text">
                    {picky
                      ? 'Showing every suggestion.'
                      : `Showing what matters most to ${AUDIENCE_LABELS[audience].long}; ${held} more in “Show all”.`}
                  </p>
                  <button
                    type="button"
                    class="bl-button bl-button--small"
                    aria-pressed={picky}
                    disabled={!settings}
                    onClick={() => changePicky(!picky)}
                  >
                    {picky ? 'Show fewer' : 'Show all'}
                  </button>
                </div>
              ) : null}
              <FindingList
                groups={groups}
                renderFinding={renderFinding}
                renderAfter={renderSentenceRewrite}
                empty={
                  <StatePanel kind="clean" title="Nothing to change">
                    <p>No jargon or feature-talk found. Use the worksheet to add what this work means for your reader.</p>
                  </StatePanel>
                }
              />
            </div>
            <div
              role="tabpanel"
              id="bl-panel-worksheet"
              aria-labelledby="bl-tab-worksheet"
              hidden={view !== 'worksheet'}
              class="bl-popup__panel"
            >
              {rewrites ? (
                <WorksheetPanel
                  rewrites={rewrites}
                  audience={audience}
                  onInsert={async (sentence, target) => {
                    // Built from a sentence: it takes that sentence's place. Built from the whole message: added at the cursor.
                    const result = target
                      ? await client.apply(WORKSHEET_ACTION, {
                          start: target.start,
                          end: target.end,
                          expected: target.text,
                          text: sentence,
                        })
                      : await client.insert(sentence);
                    if (result.ok) setAnnouncement(`${target ? 'Replaced' : 'Inserted'}. ${UNDO_HINT}`);
                    void refresh();
                    return result;
                  }}
                  onLogWin={async (win) => {
                    const result = await client.logWin(win);
                    if (result.ok) setAnnouncement('Logged as a win.');
                    return result;
                  }}
                  onOpenUpdate={() => client.openUpdate()}
                />
              ) : null}
            </div>
          </>
        ) : (
          renderState()
        )}
      </main>

      <footer class="bl-popup__footer">
        <button type="button" class="bl-link" onClick={() => client.openUpdate()}>
          Your update
        </button>
        <button type="button" class="bl-link" onClick={() => client.openPlayground()}>
          Open the playground
        </button>
        <span class="bl-popup__privacy">Nothing leaves your browser.</span>
      </footer>
      <div class="bl-sr-only" role="status" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}

/** The range a replacement covers, and the text the page must still hold there for the fix to go ahead. */
function replacementRange(text: string, finding: Finding, replacement: { start?: number; end?: number }) {
  const start = replacement.start ?? finding.start;
  const end = replacement.end ?? finding.end;
  return { start, end, expected: text.slice(start, end) };
}

/** One tab of the Findings / Worksheet switch; arrow keys move between tabs, as the tabs pattern expects. */
function TabButton({ id, current, onSelect, label }: { id: View; current: View; onSelect: (v: View) => void; label: string }) {
  const selected = id === current;
  return (
    <button
      type="button"
      role="tab"
      id={`bl-tab-${id}`}
      class="bl-tab"
      aria-selected={selected}
      aria-controls={`bl-panel-${id}`}
      tabIndex={selected ? 0 : -1}
      onClick={() => onSelect(id)}
      onKeyDown={(e) => {
        if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight' && e.key !== 'Home' && e.key !== 'End') return;
        e.preventDefault();
        const other: View = id === 'findings' ? 'worksheet' : 'findings';
        const target: View = e.key === 'Home' ? 'findings' : e.key === 'End' ? 'worksheet' : other;
        onSelect(target);
        e.currentTarget.parentElement?.querySelector<HTMLElement>(`#bl-tab-${target}`)?.focus();
      }}
    >
      {label}
    </button>
  );
}

/** The product mark: a lens over a line of text. Drawn inline, so nothing is fetched. */
function LensMark() {
  return (
    <svg class="bl-popup__logo" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="#2450c4" />
      <circle cx="14" cy="14" r="6.5" fill="none" stroke="#fff" stroke-width="2.5" />
      <path d="M19 19l5.5 5.5" stroke="#fff" stroke-width="2.8" stroke-linecap="round" />
      <path d="M11 14h6" stroke="#fff" stroke-width="2" stroke-linecap="round" opacity="0.85" />
    </svg>
  );
}
