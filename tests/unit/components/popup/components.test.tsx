// @vitest-environment happy-dom
/** The shared components on their own: prop-driven, no extension APIs, text always rendered as text. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contextAround, groupFindings } from '../../../../components/check-kinds.ts';
import { ScoreMeter, scoreBand } from '../../../../components/ScoreMeter.tsx';
import { AudienceSelect } from '../../../../components/AudienceSelect.tsx';
import { Worksheet } from '../../../../components/Worksheet.tsx';
import { FindingItem } from '../../../../components/FindingItem.tsx';
import type { Finding } from '../../../../lexicon/types.ts';

afterEach(cleanup);

describe('contextAround', () => {
  it('cuts at word boundaries and marks the cuts', () => {
    const text = 'Over the weekend the infrastructure team migrated the primary Exchange DAG to the new tenant in the cloud as planned.';
    const start = text.indexOf('Exchange DAG');
    const c = contextAround(text, start, start + 12, 20);
    expect(c.marked).toBe('Exchange DAG');
    expect(c.before).toBe('…the primary ');
    expect(c.after).toBe(' to the new tenant…');
  });

  it('stops at a line break and at the bounds given', () => {
    const text = 'Hi all,\nWe patched the VPN.\nThanks';
    const start = text.indexOf('VPN');
    expect(contextAround(text, start, start + 3)).toEqual({ before: 'We patched the ', marked: 'VPN', after: '.' });
    expect(contextAround(text, start, start + 3, 48, { start: text.indexOf('the'), end: start + 3 })).toEqual({
      before: 'the ',
      marked: 'VPN',
      after: '',
    });
  });
});

describe('groupFindings', () => {
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
  it('orders groups by check and findings by position, with whole-message notes last', () => {
    const groups = groupFindings([f('c', 'feature-talk', 0, true), f('b', 'jargon', 30), f('a', 'jargon', 5), f('d', 'feature-talk', 12)]);
    expect(groups.map((g) => [g.check, g.findings.map((x) => x.id)])).toEqual([
      ['jargon', ['a', 'b']],
      ['feature-talk', ['d', 'c']],
    ]);
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

  it('shows only the actions it is given', () => {
    render(
      <FindingItem
        finding={finding}
        context={{ before: '', marked: 'DNS', after: ' changed.' }}
        suggestions={{ replacement: { kind: 'plain', text: 'web address book' } }}
        audienceLabel="staff"
        onIgnore={() => {}}
      />,
    );
    expect(screen.queryByRole('button', { name: /Replace/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Always allow/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Ignore “DNS”' })).toBeTruthy();
    expect(screen.getByText('web address book')).toBeTruthy();
  });

  it('folds a repeated sentence rewrite into a disclosure', () => {
    render(
      <FindingItem
        finding={finding}
        suggestions={{ outcome: 'We updated the web address book, so the intranet loads.' }}
        audienceLabel="staff"
        rewriteCollapsed
        onUseOutcome={() => {}}
      />,
    );
    const details = screen.getByText('the same sentence as above').closest('details')!;
    expect(details.open).toBe(false);
    expect(details.textContent).toContain('We updated the web address book');
  });

  it('says why no rewrite is offered', () => {
    render(<FindingItem finding={finding} suggestions={{ rewriteNote: 'Questions are left as they are.' }} audienceLabel="staff" />);
    expect(screen.getByText('Questions are left as they are.')).toBeTruthy();
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
