// @vitest-environment happy-dom
/**
 * The popup in each state a tab can be in, driven through a fake client: what the user sees, and what reaches
 * the page when they act.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../../components/popup/App.tsx';
import { createPopupRewrites } from '../../../../components/popup/rewrites.ts';
import type { TabLook } from '../../../../components/popup/client.ts';
import type { Finding } from '../../../../lexicon/types.ts';
import { FALLBACK_REASON } from '../../../../lexicon/checks/jargon-reason.ts';
import { actions, fakeClient, FINDINGS, LEXICON, MESSAGE, READY, RESULT, SIMPLE_ENGINE, type FakeClient } from './fixtures.ts';

const makeRewrites = (input: Parameters<typeof createPopupRewrites>[0] extends infer O ? Omit<O & object, 'lexicon' | 'engine'> : never) =>
  createPopupRewrites({ ...input, lexicon: LEXICON, engine: SIMPLE_ENGINE });

function show(looks: TabLook[], audience?: Parameters<typeof fakeClient>[1]): FakeClient {
  const client = fakeClient(looks, audience);
  render(<PopupApp client={client} makeRewrites={makeRewrites} refreshMs={0} />);
  return client;
}

afterEach(cleanup);

describe('ready: a compose box with findings', () => {
  it('shows the score and the one line on what lowers it most', async () => {
    show([READY]);
    const meter = await screen.findByRole('meter', { name: 'Business readiness' });
    expect(meter.getAttribute('aria-valuenow')).toBe('62');
    expect(screen.getByText('Jargon lowers the score most: 2 terms in 20 words.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: /Nearly there/ }).textContent).toContain('4 suggestions');
  });

  it('lists findings by sentence: each sentence once with its marked words, then one line per finding', async () => {
    show([READY]);
    await screen.findByRole('meter');
    const sentences = screen.getByRole('list', { name: 'Findings by sentence' }).querySelectorAll(':scope > li');
    expect([...sentences].map((li) => li.querySelector('q')!.textContent)).toEqual([
      'We migrated the mail server to the cloud last weekend.',
      'Staff just need to sign in again with SSO.',
    ]);
    expect([...sentences[0]!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['mail server']);
    expect([...sentences[1]!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['just', 'SSO']);
    const articles = screen.getAllByRole('article');
    expect(articles).toHaveLength(FINDINGS.length);
    // The sentence's own finding first, then its terms in text order.
    expect(articles.map((a) => a.dataset.check)).toEqual(['feature-talk', 'jargon', 'undermining', 'acronym']);
    // One line: the card's label for the kind, the words, and what to write instead.
    const jargon = articles[1]!;
    const line = within(jargon).getByRole('button', { expanded: false });
    expect(line.textContent).toBe('IT jargonmail server → : email system');
    // The feature-talk line carries the sentence rewritten for the reader.
    expect(within(articles[0]!).getByTestId('outcome-text').textContent).toBe(
      'We migrated the email system to the cloud last weekend, so email stays up during office outages.',
    );
    // The rest is there on demand.
    const why = within(jargon).getByText('“mail server” is IT jargon.');
    expect(why.closest('[hidden]')).not.toBeNull();
    fireEvent.click(line);
    expect(line.getAttribute('aria-expanded')).toBe('true');
    expect(why.closest('[hidden]')).toBeNull();
    expect(within(jargon).getByText('Analogy: Backups are insurance')).toBeTruthy();
  });

  it("gives a jargon line its entry's own reason, which the page's finding could not carry", async () => {
    // A content script carries no built-in reasons: its message ends with the check's general one.
    const onPage = { ...FINDINGS[1]!, message: `“mail server” is IT jargon. Write “email system” instead. ${FALLBACK_REASON}` };
    const ready = READY as Extract<TabLook, { kind: 'answered' }>;
    const findings = FINDINGS.map((f) => (f === FINDINGS[1] ? onPage : f));
    show([{ ...ready, state: { ...ready.state, result: { ...RESULT, findings } } }]);
    await screen.findByRole('meter');
    const jargon = screen.getAllByRole('article').find((a) => a.dataset.check === 'jargon')!;
    expect(jargon.querySelector('.bl-finding__message')!.textContent).toBe(
      `“mail server” is IT jargon. Write “email system” instead. ${LEXICON.entry('mail-server')!.explanation}`,
    );
  });

  it('keeps the findings of one sentence in text order', async () => {
    const second = MESSAGE.indexOf('cloud');
    const cloud = {
      ...FINDINGS[1]!,
      id: 'jargon:cloud',
      start: second,
      end: second + 5,
      text: 'cloud',
      entryId: undefined,
      message: 'cloud',
    };
    const look: TabLook = {
      ...READY,
      state: {
        ...(READY as Extract<TabLook, { kind: 'answered' }>).state,
        result: { findings: [cloud, ...FINDINGS], score: { value: 50, parts: [], summary: '' } },
      },
    } as TabLook;
    show([look]);
    await screen.findByRole('meter');
    const first = screen.getByRole('list', { name: 'Findings by sentence' }).querySelector('li')!;
    expect([...first.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['mail server', 'cloud']);
    expect([...first.querySelectorAll('article')].map((a) => a.dataset.findingId)).toEqual([
      FINDINGS[3]!.id,
      FINDINGS[1]!.id,
      'jargon:cloud',
    ]);
  });

  it('holds back what matters less until “Show all”, which it remembers as a setting', async () => {
    const look = {
      ...READY,
      state: { ...(READY as Extract<TabLook, { kind: 'answered' }>).state, held: 7 },
    } as TabLook;
    const client = show([look]);
    const bar = await screen.findByTestId('quiet-bar');
    expect(bar.textContent).toContain('Showing what matters most to executives; 7 more in “Show all”.');
    const showAll = within(bar).getByRole('button', { name: 'Show all' });
    expect(showAll.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(showAll);
    await waitFor(() => expect(actions(client)).toEqual([['setPicky', true]]));
    const fewer = await within(screen.getByTestId('quiet-bar')).findByRole('button', { name: 'Show fewer' });
    expect(fewer.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('quiet-bar').textContent).toContain('Showing every suggestion.');
  });

  it('applies the plain wording to the exact range, with the text it expects there', async () => {
    const client = show([READY]);
    fireEvent.click(await screen.findByRole('button', { name: 'Replace “mail server” with “email system”' }));
    await waitFor(() => expect(actions(client)).toHaveLength(1));
    const start = MESSAGE.indexOf('mail server');
    expect(actions(client)[0]).toEqual([
      'apply',
      `jargon:${start}`,
      { start, end: start + 11, expected: 'mail server', text: 'email system' },
    ]);
    await screen.findByText('Changed. Press Ctrl+Z in the message to undo.');
  });

  it('uses the sentence rewrite over the whole sentence', async () => {
    const client = show([READY]);
    const featureTalk = (await screen.findAllByRole('article')).find((a) => a.dataset.check === 'feature-talk')!;
    fireEvent.click(within(featureTalk).getByRole('button', { name: 'Use the rewrite for executives' }));
    await waitFor(() => expect(actions(client)).toHaveLength(1));
    const sentence = 'We migrated the mail server to the cloud last weekend.';
    expect(actions(client)[0]![2]).toEqual({
      start: 0,
      end: sentence.length,
      expected: sentence,
      text: 'We migrated the email system to the cloud last weekend, so email stays up during office outages.',
    });
  });

  it('removes words best left out, with the space after them', async () => {
    const client = show([READY]);
    const remove = await screen.findByRole('button', { name: 'Remove “just”' });
    // A wording finding is fixed by its own words: no note about sentence rewrites beside it.
    expect(within(remove.closest('article')!).queryByText(/lexicon term/)).toBeNull();
    fireEvent.click(remove);
    await waitFor(() => expect(actions(client)).toHaveLength(1));
    const start = MESSAGE.indexOf('just');
    expect(actions(client)[0]![2]).toEqual({ start, end: start + 5, expected: 'just ', text: '' });
  });

  it('a note about the whole message leads to the worksheet', async () => {
    const whole: Finding = {
      id: 'whole',
      start: 0,
      end: MESSAGE.length,
      text: MESSAGE,
      check: 'feature-talk',
      severity: 'medium',
      message: 'This message never says what it means for the reader.',
      suggestions: [],
      wholeMessage: true,
    };
    const look = {
      ...READY,
      state: { ...(READY as Extract<TabLook, { kind: 'answered' }>).state, result: { ...RESULT, findings: [...FINDINGS, whole] } },
    } as TabLook;
    show([look]);
    const note = (await screen.findAllByRole('article')).find((a) => a.dataset.findingId === 'whole')!;
    expect(note.closest('li.bl-sentence')!.querySelector('p')!.textContent).toBe('The whole message');
    expect(screen.getAllByRole('article')[0]).toBe(note);
    fireEvent.click(within(note).getByRole('button', { name: 'Open the worksheet' }));
    expect(screen.getByRole('tab', { name: 'Worksheet' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement?.id).toBe('bl-tab-worksheet');
    expect(screen.getByRole('tabpanel').id).toBe('bl-panel-worksheet');
  });

  it('shows why the page refused a fix, beside the finding, and keeps the finding', async () => {
    const client = show([READY]);
    client.answer = { ok: false, reason: 'The text changed since it was checked. Nothing was replaced.' };
    const replace = await screen.findByRole('button', { name: 'Replace “SSO” with “single sign-on”' });
    replace.focus();
    fireEvent.click(replace);
    const alert = await screen.findByRole('alert');
    // Keyboard users stay where they were: the button was never disabled under them.
    expect(document.activeElement).toBe(replace);
    expect(alert.textContent).toBe('The text changed since it was checked. Nothing was replaced.');
    expect(alert.closest('article')!.dataset.check).toBe('acronym');
    expect(screen.getAllByRole('article')).toHaveLength(FINDINGS.length);
  });

  it('ignores a finding: tells the page, hides it, and moves focus to the next one', async () => {
    const client = show([READY]);
    const jargon = (await screen.findAllByRole('article')).find((a) => a.dataset.check === 'jargon')!;
    fireEvent.click(within(jargon).getByRole('button', { expanded: false }));
    const ignore = screen.getByRole('button', { name: 'Ignore “mail server”' });
    ignore.focus();
    fireEvent.click(ignore);
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(FINDINGS.length - 1));
    expect(actions(client)).toEqual([['ignore', FINDINGS[1]!.id]]);
    await waitFor(() => expect(document.activeElement?.closest('article')?.dataset.check).toBe('undermining'));
  });

  it('Escape closes an open line and keeps the keyboard on it', async () => {
    show([READY]);
    const jargon = (await screen.findAllByRole('article')).find((a) => a.dataset.check === 'jargon')!;
    const line = within(jargon).getByRole('button', { expanded: false });
    fireEvent.click(line);
    const ignore = within(jargon).getByRole('button', { name: 'Ignore “mail server”' });
    ignore.focus();
    fireEvent.keyDown(ignore, { key: 'Escape' });
    expect(line.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(line);
  });

  it('keeps the keyboard in the list when the page re-analyses and the focused finding goes away', async () => {
    const readyWith = (findings: Finding[]): TabLook => ({
      kind: 'answered',
      host: 'mail.google.com',
      state: { state: 'ready', text: MESSAGE, result: { ...RESULT, findings } },
    });
    const withoutSso = readyWith(FINDINGS.filter((f) => f.text !== 'SSO'));
    const client = fakeClient([READY]);
    render(<PopupApp client={client} makeRewrites={makeRewrites} refreshMs={20} />);
    const replace = await screen.findByRole('button', { name: 'Replace “SSO” with “single sign-on”' });
    replace.focus();
    client.looks = [withoutSso];
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(FINDINGS.length - 1));
    // SSO was listed last (in the second sentence, after "just"): the keyboard moves back to the one before.
    await waitFor(() => expect(document.activeElement?.closest('article')?.dataset.check).toBe('undermining'));
    expect(document.activeElement?.tagName).toBe('BUTTON');

    // Focus the user moved elsewhere on purpose stays there when the list changes again.
    const options = screen.getByRole('button', { name: 'Options' });
    options.focus();
    client.looks = [readyWith([FINDINGS[1]!])];
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(document.activeElement).toBe(options);
  });

  it('always allows a term through the allow list', async () => {
    const client = show([READY]);
    const sso = (await screen.findAllByRole('article')).find((a) => a.dataset.check === 'acronym')!;
    fireEvent.click(within(sso).getByRole('button', { expanded: false }));
    fireEvent.click(screen.getByRole('button', { name: 'Always allow “SSO”' }));
    await waitFor(() => expect(actions(client)).toEqual([['allowTerm', 'SSO']]));
    await screen.findByText(/“SSO” will not be marked again/);
  });

  it('offers no "Always allow" for a sentence that only reports what was done', async () => {
    show([READY]);
    const featureTalk = (await screen.findAllByRole('article')).find((a) => a.dataset.check === 'feature-talk')!;
    fireEvent.click(within(featureTalk).getByRole('button', { expanded: false }));
    expect(within(featureTalk).queryByRole('button', { name: /Always allow/ })).toBeNull();
    expect(within(featureTalk).getByRole('button', { name: /Ignore/ })).toBeTruthy();
  });

  it('offers "Always allow" for wording too, which the allow list silences', async () => {
    show([READY]);
    const undermining = (await screen.findAllByRole('article')).find((a) => a.dataset.check === 'undermining')!;
    // Its actions are on the line's expanded part.
    fireEvent.click(within(undermining).getByRole('button', { expanded: false }));
    expect(within(undermining).getByRole('button', { name: /Always allow/ })).toBeTruthy();
    expect(within(undermining).getByRole('button', { name: /Ignore/ })).toBeTruthy();
  });

  it('says there is nothing to change when the message is clean', async () => {
    const clean: TabLook = {
      kind: 'answered',
      state: {
        state: 'ready',
        text: 'Sales rose 4%.',
        result: { findings: [], score: { value: 100, parts: [], summary: 'Nothing lowers the score.' } },
      },
    };
    show([clean]);
    expect(await screen.findByRole('heading', { name: 'Nothing to change' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: /Ready for executives/ })).toBeTruthy();
  });

  it('renders page text and lexicon text as text, never as markup', async () => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    const text = `We patched ${payload} today.`;
    const start = text.indexOf(payload);
    const look: TabLook = {
      kind: 'answered',
      state: {
        state: 'ready',
        text,
        result: {
          findings: [
            {
              id: 'x',
              start,
              end: start + payload.length,
              text: payload,
              sentence: { start: 0, end: text.length },
              check: 'technical',
              severity: 'low',
              message: `<b>${payload}</b>`,
              suggestions: [{ kind: 'plain', text: '<script>alert(1)</script>' }],
            },
          ],
          score: { value: 80, parts: [], summary: '<i>x</i>' },
        },
      },
    };
    const { container } = render(<PopupApp client={fakeClient([look])} makeRewrites={makeRewrites} refreshMs={0} />);
    await screen.findByRole('meter');
    expect(container.querySelector('img, script, b, i')).toBeNull();
    expect(container.querySelector('mark')!.textContent).toBe(payload);
    expect(screen.getByText('<script>alert(1)</script>')).toBeTruthy();
  });
});

describe('the other states', () => {
  it('no compose box: explains and links to the playground', async () => {
    const client = show([{ kind: 'answered', state: { state: 'no-box' } }]);
    expect(await screen.findByRole('heading', { name: 'No message to review yet' })).toBeTruthy();
    expect(screen.getByText(/Click into the box where you write/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try the playground' }));
    expect(actions(client)).toEqual([['openPlayground']]);
  });

  it('site without access: "Enable on this site" asks for the permission inside the click', async () => {
    const client = show([{ kind: 'no-access', origin: 'https://intranet.example.com', host: 'intranet.example.com' }, READY]);
    const enable = await screen.findByRole('button', { name: 'Enable on this site' });
    expect(screen.getByRole('heading', { name: 'Business Lens is off on intranet.example.com' })).toBeTruthy();
    fireEvent.click(enable);
    // No await between the click and the request: browsers show the prompt only during the user's gesture.
    expect(actions(client)).toEqual([['enableSite', 'https://intranet.example.com']]);
    expect(await screen.findByRole('meter')).toBeTruthy();
  });

  it('site without access: says so when the permission is refused', async () => {
    const client = fakeClient([{ kind: 'no-access', origin: 'https://intranet.example.com', host: 'intranet.example.com' }]);
    client.answer = { ok: false, reason: 'Access to this site was not granted, so Business Lens stays off here.' };
    render(<PopupApp client={client} makeRewrites={makeRewrites} refreshMs={0} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Enable on this site' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Access to this site was not granted, so Business Lens stays off here.');
  });

  it('a built-in site the user switched off: turns it back on in settings', async () => {
    const client = show([{ kind: 'answered', host: 'app.slack.com', state: { state: 'site-off', host: 'app.slack.com' } }]);
    fireEvent.click(await screen.findByRole('button', { name: 'Enable on this site' }));
    await waitFor(() => expect(actions(client)).toEqual([['enableBuiltInSite', 'app.slack.com']]));
  });

  it('names a built-in site as the options page does, wherever Microsoft serves it from', async () => {
    show([{ kind: 'answered', host: 'teams.cloud.microsoft', state: { state: 'site-off', host: 'teams.cloud.microsoft' } }]);
    expect(await screen.findByRole('heading', { name: 'Business Lens is switched off on Teams (Microsoft 365)' })).toBeTruthy();
    expect(screen.getByText('Teams (Microsoft 365)', { selector: '.bl-popup__host' }).title).toBe('teams.cloud.microsoft');
  });

  it('a built-in site the organisation switched off: says so, and offers no switch it could not honour', async () => {
    const client = fakeClient([
      { kind: 'answered', host: 'outlook.cloud.microsoft', state: { state: 'site-off', host: 'outlook.cloud.microsoft' } },
    ]);
    client.locks = { audience: false, paused: false, sites: true };
    render(<PopupApp client={client} makeRewrites={makeRewrites} refreshMs={0} />);
    expect(await screen.findByRole('heading', { name: 'Switched off on Outlook (Microsoft 365) by your organisation' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Enable on this site' })).toBeNull();
  });

  it('paused: a resume button brings the review back', async () => {
    const client = show([{ kind: 'answered', state: { state: 'paused' } }, READY]);
    expect(await screen.findByRole('heading', { name: 'Business Lens is paused' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    expect(await screen.findByRole('meter')).toBeTruthy();
    expect(actions(client)).toEqual([['resume']]);
  });

  it('paused by the organisation: says so, and offers no resume it could not honour', async () => {
    const client = fakeClient([{ kind: 'answered', state: { state: 'paused' } }]);
    client.settings = { ...client.settings, paused: true };
    client.locks = { audience: false, paused: true, sites: false };
    render(<PopupApp client={client} makeRewrites={makeRewrites} refreshMs={0} />);
    expect(await screen.findByRole('heading', { name: 'Paused by your organisation' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Resume' })).toBeNull();
  });

  it('an audience fixed by the organisation is shown, not offered', async () => {
    const client = fakeClient([READY], 'board');
    client.locks = { audience: true, paused: false, sites: false };
    render(<PopupApp client={client} makeRewrites={makeRewrites} refreshMs={0} />);
    const group = await screen.findByRole('group', { name: 'Writing for (set by your organisation)' });
    await waitFor(() => expect((group as HTMLFieldSetElement).disabled).toBe(true));
    expect(within(group).getByRole<HTMLInputElement>('radio', { name: 'Board' }).checked).toBe(true);
  });

  it('a page where it cannot run: says why, offers the playground, and no enable button', async () => {
    show([{ kind: 'restricted', reason: 'Browsers keep every extension out of their extension stores.' }]);
    expect(await screen.findByRole('heading', { name: 'Business Lens can’t run on this page' })).toBeTruthy();
    expect(screen.getByText('Browsers keep every extension out of their extension stores.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Enable on this site' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Try the playground' })).toBeTruthy();
  });

  it('a page opened before Business Lens was enabled: offers a reload', async () => {
    const client = show([{ kind: 'not-started', host: 'intranet.example.com' }]);
    fireEvent.click(await screen.findByRole('button', { name: 'Reload the page' }));
    await waitFor(() => expect(actions(client)).toEqual([['reloadTab']]));
  });

  it('an error: says what went wrong and tries again on request', async () => {
    const client = show([
      { kind: 'error', message: 'The tab this popup was opened for has closed.' },
      { kind: 'answered', state: { state: 'no-box' } },
    ]);
    expect(await screen.findByText('The tab this popup was opened for has closed.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'No message to review yet' })).toBeTruthy();
    expect(client.calls.filter(([c]) => c === 'look')).toHaveLength(2);
  });

  it('links to the options page from every state', async () => {
    const client = show([{ kind: 'answered', state: { state: 'no-box' } }]);
    fireEvent.click(await screen.findByRole('button', { name: 'Options' }));
    expect(actions(client)).toEqual([['openOptions']]);
  });
});
