import { describe, expect, it } from 'vitest';
import { countWords, sentenceAt, splitSentences } from '../../../../lexicon/rewrite/sentences.ts';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    ['We patched the VPN. Staff can now work from home.', ['We patched the VPN.', 'Staff can now work from home.']],
    ['Is it fixed? Yes! We restarted it.', ['Is it fixed?', 'Yes!', 'We restarted it.']],
    ['We moved to v2.1 on 10.0.0.1 today. Next up: DNS.', ['We moved to v2.1 on 10.0.0.1 today.', 'Next up: DNS.']],
    ['Tools, e.g. the VPN, are slow. Dr. Patel knows.', ['Tools, e.g. the VPN, are slow.', 'Dr. Patel knows.']],
    ['Hi all,\nWe migrated the DAG.\n\nThanks', ['Hi all,', 'We migrated the DAG.', 'Thanks']],
    ['- Patched 40 servers\n- Rebooted the firewall\n1. Moved DNS', ['Patched 40 servers', 'Rebooted the firewall', 'Moved DNS']],
    ['He said "it is done." Then he left.', ['He said "it is done."', 'Then he left.']],
    ['Restart at 9 a.m. Staff should save work first.', ['Restart at 9 a.m.', 'Staff should save work first.']],
    ['See ticket No. 42 for details.', ['See ticket No. 42 for details.']],
    ['Wait... it works now.', ['Wait... it works now.']],
  ])('%j', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('joins a line wrapped at about 72 columns with the next one', () => {
    const wrapped = 'We migrated the Exchange DAG to Office 365 over the weekend and the cutover\nwent smoothly for every mailbox.';
    expect(texts(wrapped)).toEqual([wrapped]);
  });

  it('keeps offsets into the original text', () => {
    const text = '  Hello there.  - We patched it!\n';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('is linear on hostile input', () => {
    const dots = '.'.repeat(50_000);
    const words = 'word '.repeat(20_000);
    const t0 = performance.now();
    splitSentences(dots);
    splitSentences(words);
    splitSentences('a. '.repeat(20_000));
    expect(performance.now() - t0).toBeLessThan(2_000); // a generous bound: quadratic behaviour would take minutes
  });

  it('finds the sentence at an offset', () => {
    const text = 'One here. Two there.';
    expect(sentenceAt(text, 12)?.text).toBe('Two there.');
    expect(sentenceAt(text, 9)).toBeNull();
  });
});

describe('countWords', () => {
  it('counts words with inner apostrophes and hyphens once', () => {
    expect(countWords("We didn't re-deploy the VPN's config on 14 March.")).toBe(9);
  });
});
