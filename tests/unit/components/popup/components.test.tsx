// @vitest-environment happy-dom
/** The shared components on their own: prop-driven, no extension APIs, text always rendered as text. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { groupBySentence } from '../../../../components/FindingList.tsx';
import { ScoreMeter, scoreBand } from '../../../../components/ScoreMeter.tsx';
import { AudienceSelect } from '../../../../components/AudienceSelect.tsx';
import { Worksheet } from '../../../../components/Worksheet.tsx';
import { FindingItem } from '../../../../components/FindingItem.tsx';
import type { Finding } from '../../../../lexicon/types.ts';

afterEach(cleanup);

describe('groupBySentence', () => {
  const f = (id: string, check: Finding['check'], start: number, whole = false): Finding => ({
    id,
    check,
    start,
    end: start + 1,
    text: 'x',
    severity: 'low',
    message: '',
    suggestions: [],
    wholeMessage: whole,
  });
  const sentences = [
    { start: 0, end: 20, text: 'a'.repeat(20) },
    { start: 21, end: 40, text: 'b'.repeat(19) },
  ];
  const sentenceOf = (x: Finding) => sentences.find((s) => s.start <= x.start && x.end <= s.end);

  it('puts notes on the whole message first, then each sentence once, its own finding before its terms', () => {
    const groups = groupBySentence(
      [f('b', 'jargon', 30), f('c', 'feature-talk', 0, true), f('a2', 'jargon', 12), f('a1', 'jargon', 5), f('s', 'feature-talk', 21)],
      sentenceOf,
    );
    expect(groups.map((g) => [g.key, g.findings.map((x) => x.id)])).toEqual([
      ['whole', ['c']],
      ['0', ['a1', 'a2']],
      ['21', ['s', 'b']],
    ]);
  });

  it('gives a finding in no sentence a group of its own', () => {
    expect(groupBySentence([f('lost', 'jargon', 50)], sentenceOf).map((g) => g.key)).toEqual(['finding:lost']);
  });
});

describe('ScoreMeter', () => {
  it('states the verdict for each band and exposes the value as a meter', () => {
    expect([scoreBand(95).band, scoreBand(60).band, scoreBand(10).band]).toEqual(['good', 'fair', 'poor']);
    render(<ScoreMeter score={{ value: 31.6, parts: [], summary: 'Sentences average 38 words.' }} caption="9 suggestions" />);
    const meter = screen.getByRole('meter', { name: 'Business readiness' });
    expect(meter.getAttribute('aria-valuenow')).toBe('32');
    expect(meter.getAttribute('aria-valuetext')).toBe('32 of 100');
    expect(screen.getByRole('heading').textContent).toBe('Hard going for a business reader, 9 suggestions');
    expect(screen.getByText('Sentences average 38 words.')).toBeTruthy();
    cleanup();
    render(<ScoreMeter score={{ value: 90, parts: [], summary: '' }} reader="the board" />);
    expect(screen.getByRole('heading').textContent).toBe('Ready for the board');
  });
});

describe('AudienceSelect', () => {
  it('is a labelled radio group that reports the choice', () => {
    const onChange = vi.fn();
    render(<AudienceSelect value="manager" onChange={onChange} />);
    expect(screen.getByRole('group', { name: 'Writing for' })).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Managers' }).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Staff' }));
    expect(onChange).toHaveBeenCalledWith('staff');
  });
});

describe('FindingItem', () => {
  const finding: Finding = {
    id: 'f1',
    start: 0,
    end: 3,
    text: 'DNS',
    check: 'jargon',
    severity: 'medium',
    message: 'DNS is jargon.',
    suggestions: [],
  };

  it('is one line: the card’s label, the words and the plain wording, with details on demand', () => {
    const onToggle = vi.fn();
    render(
      <FindingItem
        finding={finding}
        suggestions={{ replacement: { kind: 'plain', text: 'web address book' } }}
        audienceLabel="staff"
        expanded={false}
        onToggle={onToggle}
        onIgnore={() => {}}
      />,
    );
    const line = screen.getByRole('button', { expanded: false });
    expect(line.querySelector('.bl-row__kind')!.textContent).toBe('IT jargon');
    expect(line.textContent).toContain('DNS → : web address book');
    // Only the actions it is given, and the details stay shut until asked for.
    expect(screen.queryByRole('button', { name: /Replace/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ignore “DNS”' })).toBeNull();
    fireEvent.click(line);
    expect(onToggle).toHaveBeenCalled();
  });

  it('shows why, the analogy and Ignore when open', () => {
    render(
      <FindingItem
        finding={finding}
        suggestions={{ analogy: { title: 'An address book', explanation: 'It turns names into numbers.' } }}
        audienceLabel="staff"
        expanded
        onToggle={() => {}}
        onIgnore={() => {}}
      />,
    );
    expect(screen.getByText('DNS is jargon.')).toBeTruthy();
    expect(screen.getByText('Analogy: An address book')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ignore “DNS”' })).toBeTruthy();
  });

  it('a feature-talk line carries the rewrite, or says why there is none', () => {
    const sentence: Finding = { ...finding, id: 'f2', check: 'feature-talk', text: 'We updated DNS.' };
    const { unmount } = render(
      <FindingItem
        finding={sentence}
        suggestions={{ outcome: 'We updated the web address book, so the intranet loads.' }}
        audienceLabel="staff"
        expanded={false}
        onToggle={() => {}}
        onUseOutcome={() => {}}
      />,
    );
    expect(screen.getByTestId('outcome-text').textContent).toBe('We updated the web address book, so the intranet loads.');
    expect(screen.getByRole('button', { name: 'Use the rewrite for staff' })).toBeTruthy();
    expect(screen.getByRole('button', { expanded: false }).querySelector('.bl-row__kind')!.textContent).toBe('Feature-talk');
    unmount();
    render(
      <FindingItem
        finding={sentence}
        suggestions={{ rewriteNote: 'Questions are left as they are.' }}
        audienceLabel="staff"
        expanded
        onToggle={() => {}}
      />,
    );
    expect(screen.getByText('Questions are left as they are.')).toBeTruthy();
  });

  it('where the gain depends on why, offers the wording as a choice, not as the rewrite', () => {
    const sentence: Finding = { ...finding, id: 'f3', check: 'feature-talk', text: 'We upgraded DNS.' };
    const onUseChoice = vi.fn();
    render(
      <FindingItem
        finding={sentence}
        suggestions={{
          rewriteNote: 'What this change gives the reader depends on why it was done.',
          choice: 'We upgraded the web address lookup, so that sites open reliably.',
        }}
        audienceLabel="staff"
        expanded
        onToggle={() => {}}
        onUseChoice={onUseChoice}
      />,
    );
    expect(screen.queryByTestId('outcome-text')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Use the rewrite for staff' })).toBeNull();
    expect(screen.getByTestId('choice-text').textContent).toBe(
      'If this is why: We upgraded the web address lookup, so that sites open reliably.',
    );
    expect(screen.getByText('What this change gives the reader depends on why it was done.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Use this wording, if this is why' }));
    expect(onUseChoice).toHaveBeenCalledOnce();
  });
});

describe('Worksheet', () => {
  const base = {
    choices: [
      { id: '0', label: 'We migrated the Exchange DAG to O365 last weekend, well ahead of the planned cut-over window for every office.' },
      { id: 'whole', label: 'Whole message' },
    ],
    selectedId: '0',
    columns: { feature: 'we moved email to the cloud', benefit: 'email stays up', outcome: 'sales never miss a reply' },
    composed: 'We moved email to the cloud, so email stays up and sales never miss a reply.',
    audienceLabel: 'executives',
  };

  it('labels every column, shortens long sentences in the picker, and edits one column at a time', () => {
    const onColumnsChange = vi.fn();
    render(<Worksheet {...base} onSelect={() => {}} onColumnsChange={onColumnsChange} onInsert={() => {}} />);
    const option = screen.getByRole<HTMLOptionElement>('option', { name: /^We migrated/ });
    expect(option.textContent.length).toBeLessThanOrEqual(80);
    expect(option.title).toBe(base.choices[0]!.label);
    expect(screen.getByRole('textbox', { name: /Outcome — What it means for executives/ })).toBeTruthy();
    fireEvent.input(screen.getByRole('textbox', { name: /Benefit/ }), { target: { value: 'nobody loses mail' } });
    expect(onColumnsChange).toHaveBeenCalledWith({ ...base.columns, benefit: 'nobody loses mail' });
  });

  it('cannot insert an empty sentence', () => {
    const onInsert = vi.fn();
    render(<Worksheet {...base} composed="" onSelect={() => {}} onColumnsChange={() => {}} onInsert={onInsert} />);
    const insert = screen.getByRole<HTMLButtonElement>('button', { name: 'Insert into message' });
    expect(insert.disabled).toBe(true);
    expect(screen.getByTestId('worksheet-sentence').textContent).toBe('Fill in the columns above to compose a sentence.');
  });
});
