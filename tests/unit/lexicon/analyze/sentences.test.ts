/**
 * One sentence segmentation for everything: every finding carries the sentence it sits in, and that span is one of
 * `messageSentences` (which the rewrite engine's `splitSentences` is), so the card's header, the text "Use rewrite"
 * replaces, the popup's sentence and the worksheet's choice are the same words.
 */
import { describe, expect, it } from 'vitest';
import { analyze, messageSentences } from '../../../../lexicon/index.ts';
import { splitSentences } from '../../../../lexicon/rewrite/sentences.ts';
import { readCorpus } from '../corpus.ts';

const sentenceOf = (text: string, word: string, check?: string) => {
  const finding = analyze(text).findings.find((f) => f.text === word && (!check || f.check === check));
  if (!finding) throw new Error(`no finding for "${word}"`);
  return finding.sentence ? text.slice(finding.sentence.start, finding.sentence.end) : undefined;
};

describe('the sentence of a finding', () => {
  it.each([
    // The tester's message: the feature-talk sentence ends at "rules.", the apology starts the next one.
    [
      'We also rolled out EDR agents to every laptop and tightened the firewall rules. Sorry for the delay… it was just a small change on our side.',
      'EDR',
      'We also rolled out EDR agents to every laptop and tightened the firewall rules.',
    ],
    [
      'We also rolled out EDR agents to every laptop and tightened the firewall rules. Sorry for the delay… it was just a small change on our side.',
      'just a small change',
      'Sorry for the delay… it was just a small change on our side.',
    ],
    // A sentence that ends in a web address keeps it, and its full stop.
    ['The guide is at https://intranet.example.com/vpn. We patched the VPN last night.', 'VPN', 'We patched the VPN last night.'],
    [
      'Read https://intranet.example.com/vpn-guide about the VPN. Then call us.',
      'VPN',
      'Read https://intranet.example.com/vpn-guide about the VPN.',
    ],
    // Opening and closing quotes belong to the sentence they enclose.
    ['“We moved the DNS records.” Nobody noticed.', 'DNS records', '“We moved the DNS records.”'],
    // A list marker is not part of the sentence.
    ['Done this week:\n1. Patched the VPN concentrators.', 'VPN', 'Patched the VPN concentrators.'],
    // Abbreviations and numbers do not end a sentence.
    ['See ticket No. 42 for the VPN logs, e.g. the errors. Thanks.', 'VPN', 'See ticket No. 42 for the VPN logs, e.g. the errors.'],
    // A line break ends a sentence unless the line runs on in lower case.
    ['Hi all,\nWe patched the VPN\nlast night.', 'VPN', 'We patched the VPN\nlast night.'],
  ])('%j: "%s" sits in %j', (text, word, expected) => {
    expect(sentenceOf(text, word)).toBe(expected);
  });

  it('is the whole finding for a feature-talk sentence, so the card header is the sentence a rewrite replaces', () => {
    const text = 'Hi team. We also rolled out EDR agents to every laptop and tightened the firewall rules. Sorry for the delay.';
    const finding = analyze(text).findings.find((f) => f.check === 'feature-talk' && !f.wholeMessage)!;
    expect(finding.sentence).toEqual({ start: finding.start, end: finding.end });
  });

  it('is missing only for whole-message findings, and shared by the findings of one sentence', () => {
    const text =
      'We migrated the Exchange DAG to O365 and enforced MFA via Conditional Access. We patched the VPN. We upgraded the SAN. We rebooted the NAS.';
    const { findings } = analyze(text);
    expect(findings.some((f) => f.wholeMessage)).toBe(true);
    for (const f of findings) expect(f.sentence === undefined).toBe(!!f.wholeMessage);
    const first = findings.filter((f) => f.sentence && f.sentence.end <= text.indexOf(' We patched'));
    expect(first.length).toBeGreaterThan(2);
    expect(new Set(first.map((f) => f.sentence)).size).toBe(1);
  });

  it('is, over every corpus message, a sentence of messageSentences that holds the finding', () => {
    const messages = [
      ...readCorpus(new URL('../../../fixtures/it-messages/', import.meta.url)),
      ...readCorpus(new URL('../../../fixtures/plain-business/', import.meta.url)),
    ];
    expect(messages.length).toBeGreaterThan(40);
    let checked = 0;
    for (const { id, text } of messages) {
      const spans = messageSentences(text);
      expect(splitSentences(text)).toEqual(spans);
      for (const f of analyze(text).findings) {
        if (f.wholeMessage) continue;
        expect(f.sentence, `${id}: "${f.text}" has a sentence`).toBeDefined();
        const { start, end } = f.sentence!;
        expect(start <= f.start && f.end <= end, `${id}: "${f.text}" lies in its sentence`).toBe(true);
        expect(
          spans.some((s) => s.start === start && s.end === end),
          `${id}: "${text.slice(start, end)}" is one of the message's sentences`,
        ).toBe(true);
        checked++;
      }
    }
    // Enough findings that every check and layout shape is met (193 once words are judged by context).
    expect(checked).toBeGreaterThan(150);
  });

  it('spans sentences with offsets that slice the text, trimmed of spaces', () => {
    const text = '  Hello there.  - We patched it!\n\n> quoted VPN\nThanks, Sam';
    for (const s of messageSentences(text)) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
    expect(messageSentences(text).map((s) => s.text)).toEqual(['Hello there.', 'We patched it!', 'Thanks, Sam']);
  });
});
