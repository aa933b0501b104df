import { describe, expect, it } from 'vitest';
import { analyzeMessage, enabledChecks } from '../../../../lexicon/analyze/analyzer.ts';
import { analyze, createAnalyzer } from '../../../../lexicon/index.ts';
import { FIXTURE_ENTRIES, fixtureConfig, fixtureLexicon } from '../fixture-lexicon.ts';

const MESSAGE = `Hi all,

We migrated the file server to the cloud last weekend and patched the VPN. The ZTNA pilot starts Monday.

IT exists to support the business, so just raise a ticket and wait. Hopefully that helps.

> quoted: the DNS is down
On Tue, 4 Jun 2024 at 09:00, Sam <sam@example.com> wrote:
> the server is down again`;

describe('analyze', () => {
  it('finds every kind of finding, with offsets that slice the text', () => {
    const { findings } = analyzeMessage(MESSAGE, fixtureConfig());
    for (const f of findings) expect(MESSAGE.slice(f.start, f.end)).toBe(f.text);
    const checks = new Set(findings.map((f) => f.check));
    expect([...checks].sort()).toEqual(['acronym', 'discouraging', 'feature-talk', 'jargon', 'undermining', 'us-them']);
    expect(findings.filter((f) => f.check === 'jargon').map((f) => f.text)).toEqual(['server', 'cloud', 'patched', 'VPN', 'IT']);
  });

  it('leaves quoted replies alone', () => {
    const { findings } = analyzeMessage(MESSAGE, fixtureConfig());
    const quoteStart = MESSAGE.indexOf('> quoted');
    expect(findings.every((f) => f.end <= quoteStart)).toBe(true);
  });

  it('gives ids that are unique, and stable when other paragraphs change', () => {
    const before = analyzeMessage(MESSAGE, fixtureConfig()).findings;
    expect(new Set(before.map((f) => f.id)).size).toBe(before.length);
    const edited = MESSAGE.replace('Hi all,', 'Hello everyone, a longer greeting here,');
    const after = analyzeMessage(edited, fixtureConfig()).findings;
    const idsOf = (fs: typeof before) => fs.filter((f) => !f.wholeMessage).map((f) => `${f.id}=${f.text}`);
    expect(idsOf(after)).toEqual(idsOf(before));
  });

  it('is deterministic', () => {
    expect(analyzeMessage(MESSAGE, fixtureConfig())).toEqual(analyzeMessage(MESSAGE, fixtureConfig()));
  });

  it('honours checks, minimum severity and the audience', () => {
    const onlyJargon = analyzeMessage(
      MESSAGE,
      fixtureConfig(
        enabledChecks({
          acronym: false,
          technical: false,
          'feature-talk': false,
          'us-them': false,
          undermining: false,
          discouraging: false,
        }),
      ),
    );
    expect(new Set(onlyJargon.findings.map((f) => f.check))).toEqual(new Set(['jargon']));
    const medium = analyzeMessage(MESSAGE, fixtureConfig(undefined, { minSeverity: 'medium' }));
    expect(medium.findings.every((f) => f.severity !== 'low')).toBe(true);
    expect(medium.findings.length).toBeGreaterThan(0);
  });

  it('keeps one term mark per word: the longer one, then jargon over technical over acronym', () => {
    const { findings } = analyzeMessage('Restart srv-dns-01 and the HTTP 502 page.', fixtureConfig());
    expect(findings.filter((f) => ['jargon', 'technical', 'acronym'].includes(f.check)).map((f) => `${f.check}:${f.text}`)).toEqual([
      'technical:srv-dns-01',
      'technical:HTTP 502',
    ]);
  });

  it('never throws on odd input', () => {
    for (const text of ['', ' ', '\n\n\n', '-- ', '> ', '```', '\u200b', '\ud800', 'a'.repeat(10_000), '.'.repeat(5_000)]) {
      expect(() => analyzeMessage(text, fixtureConfig())).not.toThrow();
    }
    expect(analyze(undefined as unknown as string).findings).toEqual([]);
  });
});

describe('analyze options with the built-in lexicon', () => {
  it('merges extra entries over the built-in ones and honours the allow list', () => {
    const extra = { ...FIXTURE_ENTRIES[0]!, id: 'our-widget', term: 'Frobulator', plain: ['the order tool'] };
    const text = 'The Frobulator and the Frobulator calls the DNS.';
    const withExtra = analyze(text, { entries: [extra] });
    expect(withExtra.findings.filter((f) => f.entryId === 'our-widget')).toHaveLength(2);
    const allowed = analyze(text, { entries: [extra], allow: ['frobulator'] });
    expect(allowed.findings.some((f) => f.entryId === 'our-widget')).toBe(false);
  });

  it('leaves out switched-off built-in entries', () => {
    const on = analyze('The DNS is slow.').findings.filter((f) => f.check === 'jargon');
    expect(on.map((f) => f.entryId)).toContain('dns');
    const off = analyze('The DNS is slow.', { disabledEntryIds: ['dns'] }).findings;
    expect(off.some((f) => f.entryId === 'dns')).toBe(false);
  });
});

describe('createAnalyzer', () => {
  const paragraphs = Array.from(
    { length: 60 },
    (_, i) => `Paragraph ${i}: we patched server ${i} and the VPN, so staff can work from home. The ZTNA${i % 3} change is next.`,
  );
  const long = paragraphs.join('\n\n');

  it('gives exactly what analyze gives, keystroke after keystroke', () => {
    const analyzer = createAnalyzer({ lexicon: fixtureLexicon() });
    let text = long;
    for (const edit of [
      (t: string) => t.replace('Paragraph 30:', 'Paragraph 30 x:'),
      (t: string) => t + '\n\nWe migrated DNS.',
      (t: string) => t.slice(0, 500),
      (t: string) => `${t} just`,
    ]) {
      text = edit(text);
      expect(analyzer.analyze(text)).toEqual(analyze(text, { lexicon: fixtureLexicon() }));
    }
  });

  it('redoes only the paragraph that changed', () => {
    const lexicon = fixtureLexicon();
    const analyzer = createAnalyzer({ lexicon });
    analyzer.analyze(long);
    const calls: string[] = [];
    const spy = { ...lexicon };
    void spy;
    // Count how many paragraphs reach the matcher by wrapping a check's inUnit through a custom config.
    const counting = enabledChecks().map((check) => ({
      ...check,
      inUnit: (unit: Parameters<typeof check.inUnit>[0], ctx: Parameters<typeof check.inUnit>[1]) => (
        calls.push(unit.text),
        check.inUnit(unit, ctx)
      ),
    }));
    const cache = new Map();
    const config = { lexicon, audience: 'executive' as const, checks: counting, minSeverity: 'low' as const };
    const first = new Map();
    analyzeMessage(long, config, cache, first);
    calls.length = 0;
    const edited = long.replace('Paragraph 30:', 'Paragraph 30 x:');
    analyzeMessage(edited, config, first, new Map());
    expect(new Set(calls)).toEqual(new Set([paragraphs[30]!.replace('Paragraph 30:', 'Paragraph 30 x:')]));
  });

  it('starts afresh when options change', () => {
    const analyzer = createAnalyzer({ lexicon: fixtureLexicon() });
    const text = 'We migrated the file server last weekend.';
    const board = analyzer
      .analyze(text, { lexicon: fixtureLexicon(), audience: 'board' })
      .findings.find((f) => f.check === 'feature-talk')!;
    const staff = analyzer
      .analyze(text, { lexicon: fixtureLexicon(), audience: 'staff' })
      .findings.find((f) => f.check === 'feature-talk')!;
    expect(board.message).not.toBe(staff.message);
  });
});

describe('a word whose sense its own sentence leaves open', () => {
  const subject = 'Year-end provisions';
  const rest = 'The pack goes out by email and is posted on the finance website.';
  const marked = (text: string) => analyze(text).findings.filter((f) => f.entryId === 'provision');

  it('takes the sense the rest of the message gives it: a provision for bad debts is money, not a server', () => {
    expect(marked(`${subject}\n\nWe have made a provision for bad debts against two overdue accounts. ${rest}`)).toEqual([]);
  });

  it('is still marked in a message about IT that uses the word nowhere else in its ordinary sense', () => {
    expect(marked(`${subject}\n\nWe have set up two new servers for the finance team. ${rest}`).map((f) => f.text)).toEqual(['provisions']);
  });
});

describe('a name with its gloss after it', () => {
  const o365 = (text: string) =>
    analyze(text)
      .findings.filter((f) => f.entryId === 'o365')
      .map((f) => f.text);

  it('is marked where it stands alone', () => {
    expect(o365('We moved the files to O365 last week.')).toEqual(['O365']);
  });

  it('is not marked again once its gloss follows it, so a gloss inserted by a fix does not bring the mark back', () => {
    expect(o365("We moved the files to O365, Microsoft's online office tools and email, last week.")).toEqual([]);
    expect(o365("We moved the files to O365 (Microsoft's online office tools and email) last week.")).toEqual([]);
  });
});
