import { describe, expect, it } from 'vitest';
import { segmentText, withFocusEntry } from '../../../../components/options/preview-engine.ts';
import type { Finding } from '../../../../lexicon/types.ts';
import { entry } from './fixtures.ts';

const finding = (start: number, end: number, text: string, check: Finding['check'] = 'jargon'): Finding => ({
  id: `${check}:${start}`,
  start,
  end,
  text: text.slice(start, end),
  check,
  severity: 'medium',
  message: 'm',
  suggestions: [],
});

describe('segmentText', () => {
  it('draws the terms inside a sentence-wide finding and lists the sentence finding apart', () => {
    const text = 'We moved the DNS and the VPN.';
    const sentence = finding(0, text.length, text, 'feature-talk');
    const { segments, over } = segmentText(text, [sentence, finding(13, 16, text), finding(25, 28, text)]);
    expect(segments.map((s) => [s.text, s.finding?.check ?? null])).toEqual([
      ['We moved the ', null],
      ['DNS', 'jargon'],
      [' and the ', null],
      ['VPN', 'jargon'],
      ['.', null],
    ]);
    expect(over).toEqual([sentence]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });
});

describe('withFocusEntry', () => {
  it('puts the previewed entry in and moves aside entries that share its id or a spelling', () => {
    const active = [entry('dns', { term: 'DNS' }), entry('vpn', { term: 'VPN', variants: ['tunnel'] }), entry('sso', { term: 'SSO' })];
    const focus = entry('remote', { term: 'Remote access', variants: ['vpn'] });
    expect(withFocusEntry(active, focus).map((e) => e.id)).toEqual(['remote', 'dns', 'sso']);
  });
});
