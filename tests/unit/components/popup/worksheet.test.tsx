// @vitest-environment happy-dom
/**
 * The popup's worksheet with the real analyser and rewrite engine: a sentence's worksheet replaces that sentence
 * (the page does it undoably), and what the worksheet shows stays consistent: when the message changes under it,
 * the columns belong to the sentence now chosen, never to the one before.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorksheetPanel } from '../../../../components/popup/WorksheetPanel.tsx';
import { createPopupRewrites, type PopupLexicon } from '../../../../components/popup/rewrites.ts';
import { analyze } from '../../../../lexicon/index.ts';
import { buildWorksheet, composeWorksheetSentence, rewriteSentence } from '../../../../lexicon/rewrite/index.ts';
import { builtInAnalogies, builtInEntries } from '../../../../lexicon/data/index.ts';

const lexicon: PopupLexicon = { entry: (id) => builtInEntries.find((e) => e.id === id), analogies: builtInAnalogies };
const engine = { rewriteSentence, buildWorksheet, composeWorksheetSentence };
const rewritesFor = (text: string) =>
  createPopupRewrites({ text, findings: analyze(text).findings, audience: 'executive', lexicon, engine });

const FIRST = 'We migrated the mail server to the cloud last weekend.';
const SECOND = 'We also patched the VPN on every laptop.';
const TEXT = `${FIRST} ${SECOND}`;

afterEach(cleanup);

const picker = () => screen.getByRole<HTMLSelectElement>('combobox', { name: 'Start from' });
const outcome = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: /Outcome/ });
const feature = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: /Feature/ });

describe('the worksheet in the popup', () => {
  it("replaces the sentence it was built from, with the sentence's place in the message", async () => {
    const onInsert = vi.fn(() => Promise.resolve({ ok: true as const }));
    render(<WorksheetPanel rewrites={rewritesFor(TEXT)} audience="executive" onInsert={onInsert} />);
    expect(picker().selectedOptions[0]!.title).toBe(FIRST);
    fireEvent.input(outcome(), { target: { value: 'the sales team can close deals from anywhere' } });
    const composed = screen.getByTestId('worksheet-sentence').textContent;
    fireEvent.click(screen.getByRole('button', { name: 'Replace the sentence' }));
    await waitFor(() => expect(onInsert).toHaveBeenCalledOnce());
    expect(onInsert).toHaveBeenCalledWith(composed, { start: 0, end: FIRST.length, text: FIRST });
    expect(await screen.findByText('Replaced the sentence. Press Ctrl+Z in the message to undo.')).toBeTruthy();
  });

  it('after the sentence is replaced, moves to the next one with its own columns, not the edited ones', async () => {
    const onInsert = vi.fn(() => Promise.resolve({ ok: true as const }));
    const view = render(<WorksheetPanel rewrites={rewritesFor(TEXT)} audience="executive" onInsert={onInsert} />);
    fireEvent.input(outcome(), { target: { value: 'the sales team can close deals from anywhere' } });
    // The page replaced the first sentence; the popup looks again and gets the new message.
    const after = `Email now lives in the cloud, so the sales team can close deals from anywhere. ${SECOND}`;
    const next = rewritesFor(after);
    view.rerender(<WorksheetPanel rewrites={next} audience="executive" onInsert={onInsert} />);
    await waitFor(() => expect(picker().selectedOptions[0]!.title).toBe(SECOND));
    const prefill = next.worksheet(picker().value).columns;
    await waitFor(() => expect(outcome().value).toBe(prefill.outcome));
    expect(feature().value).toBe(prefill.feature);
    expect(outcome().value).not.toBe('the sales team can close deals from anywhere');
  });

  it('keeps the edits when the same sentence is prefilled again (the message changed elsewhere)', async () => {
    const onInsert = vi.fn(() => Promise.resolve({ ok: true as const }));
    const view = render(<WorksheetPanel rewrites={rewritesFor(TEXT)} audience="executive" onInsert={onInsert} />);
    fireEvent.input(outcome(), { target: { value: 'the sales team can close deals from anywhere' } });
    view.rerender(<WorksheetPanel rewrites={rewritesFor(`Hi all. ${TEXT}`)} audience="executive" onInsert={onInsert} />);
    await waitFor(() => expect(picker().selectedOptions[0]!.title).toBe(FIRST));
    expect(outcome().value).toBe('the sales team can close deals from anywhere');
  });

  it('inserts at the cursor for the whole message', async () => {
    const onInsert = vi.fn(() => Promise.resolve({ ok: true as const }));
    render(<WorksheetPanel rewrites={rewritesFor(TEXT)} audience="executive" onInsert={onInsert} />);
    fireEvent.change(picker(), { target: { value: 'whole' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Insert into message' }));
    await waitFor(() => expect(onInsert).toHaveBeenCalledOnce());
    expect(onInsert).toHaveBeenCalledWith(screen.getByTestId('worksheet-sentence').textContent, undefined);
  });
});
