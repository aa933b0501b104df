// @vitest-environment happy-dom
/**
 * "Always allow" in the popup is offered where it holds, by the same rule as the card: on words any check marks
 * (wording included, which the analysis now silences too), never on a sentence, never on a token too long to allow.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../../components/popup/App.tsx';
import { createPopupRewrites } from '../../../../components/popup/rewrites.ts';
import type { TabLook } from '../../../../components/popup/client.ts';
import type { Audience, Finding } from '../../../../lexicon/types.ts';
import { fakeClient, FINDINGS, findingFor, LEXICON, MESSAGE, SIMPLE_ENGINE } from './fixtures.ts';

const makeRewrites = (input: { text: string; findings: readonly Finding[]; audience: Audience }) =>
  createPopupRewrites({ ...input, lexicon: LEXICON, engine: SIMPLE_ENGINE });

afterEach(cleanup);

function show(findings: Finding[]) {
  const look: TabLook = {
    kind: 'answered',
    state: { state: 'ready', text: MESSAGE, result: { findings, score: { value: 60, parts: [], summary: '' } } },
  };
  render(<PopupApp client={fakeClient([look])} makeRewrites={makeRewrites} refreshMs={0} />);
}

describe('"Always allow" in the popup', () => {
  it('is offered on terms and on wording, not on a feature-talk sentence', async () => {
    show(FINDINGS);
    const articles = await screen.findAllByRole('article');
    // A line's actions are on its expanded part.
    const offered = (check: string) => {
      const article = articles.find((a) => a.dataset.check === check)!;
      fireEvent.click(within(article).getByRole('button', { expanded: false }));
      return !!within(article).queryByRole('button', { name: /Always allow/ });
    };
    expect(offered('jargon')).toBe(true);
    expect(offered('acronym')).toBe(true);
    expect(offered('undermining')).toBe(true);
    expect(offered('feature-talk')).toBe(false);
  });

  it('is not offered on a token longer than an allowed term may be', async () => {
    const long = { ...findingFor('cloud', { check: 'technical' }), text: `srv-${'x'.repeat(90)}` };
    show([long]);
    const [article] = await screen.findAllByRole('article');
    fireEvent.click(within(article!).getByRole('button', { expanded: false }));
    expect(within(article!).queryByRole('button', { name: /Always allow/ })).toBeNull();
    expect(within(article!).getByRole('button', { name: /Ignore/ })).toBeTruthy();
  });
});
