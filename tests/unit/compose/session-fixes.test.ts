// @vitest-environment happy-dom
/**
 * A compose box's fix path, with the real analyser over a stand-in field that holds its text as a string: the
 * sentence a card's rewrite targets is the one its finding names (and its terms are the shown ones), every fix is
 * fitted to the text around it before it is written (the card's Replace and the popup's Apply go through the same
 * path), a whole sentence is inserted between sentences with its spaces, and allowed words stay hidden whatever
 * check marked them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BoxSession, type SessionHost } from '../../../compose/box-session.ts';
import { refused, TEXT_CHANGED, type MarkAnchor, type TextField } from '../../../compose/fields/text-field.ts';
import type { HighlightPainter } from '../../../compose/paint/highlight-painter.ts';
import type { OverlayPainter } from '../../../compose/paint/overlay-painter.ts';
import { UiLayer } from '../../../compose/ui/ui-layer.ts';
import { createAnalyzer, compileAllow, isAllowedText } from '../../../lexicon/index.ts';
import type { ApplyOutcome, ComposeSettings } from '../../../compose/types.ts';

/** A field whose text is a string: writes are applied as the browser would, and counted. */
class StringField implements TextField {
  readonly element = document.createElement('textarea');
  readonly kind = 'textarea' as const;
  writes: Array<{ start: number; end: number; text: string }> = [];
  constructor(
    public text: string,
    public caret: number | null = null,
  ) {
    document.body.append(this.element);
  }
  read(): string {
    return this.text;
  }
  latest(): string {
    return this.text;
  }
  anchor(start: number, end: number): MarkAnchor {
    const rect = new DOMRect(10, 10, 40, 14);
    return { range: null, rects: () => [rect], currentOffsets: () => ({ start, end }) };
  }
  replace(start: number, end: number, expected: string, text: string): Promise<ApplyOutcome> {
    if (this.text.slice(start, end) !== expected) return Promise.resolve(refused(TEXT_CHANGED));
    this.writes.push({ start, end, text });
    this.text = this.text.slice(0, start) + text + this.text.slice(end);
    this.caret = start + text.length;
    return Promise.resolve({ ok: true });
  }
  async insertAtCaret(text: string): Promise<ApplyOutcome> {
    const at = this.caret ?? this.text.length;
    return this.replace(at, at, '', text);
  }
  async insertParagraphs(fit: (text: string, at: number) => string): Promise<ApplyOutcome> {
    const at = this.caret ?? this.text.length;
    return this.replace(at, at, '', fit(this.text, at));
  }
  caretOffset(): number | null {
    return this.caret;
  }
  placeCaret(offset: number): void {
    this.caret = offset;
  }
  reveal(): void {}
  visibleRect(): DOMRect {
    return new DOMRect(0, 0, 600, 400);
  }
  dispose(): void {
    this.element.remove();
  }
}

// Every finding shown ("Show all"): these tests are about the fix path, not about what the quiet view holds back.
const SETTINGS: ComposeSettings = { audience: 'executive', checks: {}, minSeverity: 'low', paused: false, picky: true };

function sessionFor(text: string, options: { allowed?: string[]; caret?: number } = {}) {
  const field = new StringField(text, options.caret ?? null);
  const allowed = compileAllow(options.allowed ?? []);
  const layer = new UiLayer(document);
  const host: SessionHost = {
    settings: () => SETTINGS,
    isAllowed: (term) => isAllowedText(allowed, term),
    layer: () => layer,
    highlights: () => null as HighlightPainter | null,
    overlay: () => ({ paint() {}, clear() {} }) as unknown as OverlayPainter,
    requestRender() {},
    badgeActivated() {},
    analyzed() {},
  };
  const analyzer = createAnalyzer({ audience: 'executive' });
  const session = new BoxSession(field, (t, o) => analyzer.analyze(t, o), host);
  session.analyzeNow();
  const mark = (words: string, check?: string) => {
    const found = session.marks.find((m) => m.finding.text === words && (!check || m.finding.check === check));
    if (!found) throw new Error(`no mark on "${words}" (marks: ${session.marks.map((m) => m.finding.text).join(' | ')})`);
    return found;
  };
  return { field, session, mark };
}

afterEach(() => {
  document.body.innerHTML = '';
  document.querySelectorAll('business-lens-ui').forEach((n) => n.remove());
});

describe("a card's sentence", () => {
  const TWO =
    'We also rolled out EDR agents to every laptop and tightened the firewall rules. Sorry for the delay… it was just a small change on our side.';

  it('is the feature-talk sentence itself, not it and the sentence after', () => {
    const { session, mark } = sessionFor(TWO);
    const featureTalk = mark('We also rolled out EDR agents to every laptop and tightened the firewall rules.', 'feature-talk');
    expect(session.sentenceOf(featureTalk)?.text).toBe(featureTalk.finding.text);
    expect(session.sentenceOf(mark('EDR'))?.text).toBe(featureTalk.finding.text);
    expect(session.sentenceOf(mark('Sorry for the delay'))?.text).toBe('Sorry for the delay… it was just a small change on our side.');
  });

  it('carries the terms shown in it, and not an allowed or ignored one', () => {
    const text = 'We migrated the Exchange DAG and SharePoint Online to the cloud. Thanks.';
    const { session, mark } = sessionFor(text, { allowed: ['SharePoint Online'] });
    const terms = () => session.sentenceOf(mark('Exchange DAG'))!.terms.map((t) => t.text);
    expect(terms()).toContain('Exchange DAG');
    expect(terms()).toContain('migrated');
    expect(terms()).not.toContain('SharePoint Online');
    session.ignore(mark('migrated').finding.id);
    expect(terms()).not.toContain('migrated');
    for (const term of session.sentenceOf(mark('Exchange DAG'))!.terms) {
      expect(text.slice(term.start, term.end)).toBe(term.text); // relative to a sentence that starts the text
    }
  });

  it('is refused once the sentence no longer reads as analyzed', async () => {
    const { field, session, mark } = sessionFor('We patched the VPN. Thanks.');
    const target = session.sentenceOf(mark('VPN'))!;
    field.text = 'We patched the VPN today. Thanks.';
    const outcome = await session.replaceSentence(target, 'We fixed the office connection.');
    expect(outcome.ok).toBe(false);
    expect(field.text).toBe('We patched the VPN today. Thanks.');
  });
});

describe('every fix is fitted to the text around it', () => {
  it('removing "Hopefully" leaves a capital and no stray comma or space', async () => {
    const { field, session, mark } = sessionFor('Hopefully, we will finish the VPN work on Friday.');
    const hopefully = mark('Hopefully');
    const remove = hopefully.finding.suggestions.find((s) => s.kind === 'remove')!;
    // The popup's Apply of the suggestion's own range.
    expect((await session.replaceRange(remove.start!, remove.end!, 'Hopefully', '')).ok).toBe(true);
    expect(field.text).toBe('We will finish the VPN work on Friday.');
  });

  it('Replace picks "a" or "an" for the words now after the article', async () => {
    const { field, session, mark } = sessionFor('Staff will get an MFA prompt on Monday.');
    expect((await session.replaceMark(mark('MFA'), 'a second sign-in check')).ok).toBe(true);
    expect(field.text).toBe('Staff will get a second sign-in check prompt on Monday.');
  });

  it('refuses a phrase that cannot stand before the noun the term described, and writes nothing', async () => {
    const text = 'Sorry, the DNS propagation issue is fixed now.';
    const { field, session, mark } = sessionFor(text);
    const outcome = await session.replaceMark(mark('DNS propagation'), 'an address change spreading across the internet');
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.reason).toContain('does not fit before “issue”');
    expect(field.text).toBe(text);
    expect(field.writes).toEqual([]);
  });

  it('a sentence rewrite takes its capital and keeps one full stop', async () => {
    const { field, session, mark } = sessionFor('Thanks all. We patched the VPN. Back soon.');
    const target = session.sentenceOf(mark('VPN'))!;
    expect((await session.replaceSentence(target, 'we fixed the office connection, so staff can work from home.')).ok).toBe(true);
    expect(field.text).toBe('Thanks all. We fixed the office connection, so staff can work from home. Back soon.');
  });
});

describe("the worksheet's sentence, inserted at the cursor", () => {
  it('gets a space after the sentence before it, and before the one after', async () => {
    const text = 'The guide is on the intranet. We also moved the VPN.';
    const { field, session } = sessionFor(text, { caret: 'The guide is on the intranet.'.length });
    expect((await session.insert('Staff can find it in one click.')).ok).toBe(true);
    expect(field.text).toBe('The guide is on the intranet. Staff can find it in one click. We also moved the VPN.');
  });

  it('goes after the sentence the cursor is in, never inside it', async () => {
    const text = 'We patched the VPN last night. Thanks.';
    const { field, session } = sessionFor(text, { caret: 8 });
    expect((await session.insert('Staff can work from home again.')).ok).toBe(true);
    expect(field.text).toBe('We patched the VPN last night. Staff can work from home again. Thanks.');
  });
});

describe('allowed words stay hidden in the box', () => {
  it('whatever check marked them: jargon, technical, wording', () => {
    const text = 'Our end users moved to SharePoint Online. SharePoint search is faster.';
    const { session } = sessionFor(text, { allowed: ['SharePoint Online', 'end users'] });
    const shown = session.shown.filter((f) => f.check !== 'feature-talk').map((f) => f.text);
    expect(shown.filter((t) => /SharePoint|end users/.test(t))).toEqual([]);
  });
});

describe('Ignore', () => {
  it('holds when another word of the same sentence is fixed, and lets go when the words around the mark change', async () => {
    const text =
      'Sorry, we migrated the VPN on Monday and the office printers on Tuesday, as we are swamped this week with the Azure AD move.';
    const { field, session, mark } = sessionFor(text);
    const swamped = mark('we are swamped');
    expect(session.ignore(swamped.finding.id)).toBe(true);
    const shownWords = () => session.marks.map((m) => m.finding.text);
    expect(shownWords()).not.toContain(swamped.finding.text);

    // A fix elsewhere in the sentence changes every finding's id there; the ignored words stay hidden.
    const outcome = await session.replaceRange(text.indexOf('migrated'), text.indexOf('migrated') + 8, 'migrated', 'moved');
    expect(outcome.ok).toBe(true);
    expect(field.text).toContain('we moved the VPN');
    expect(shownWords()).not.toContain(swamped.finding.text);

    // Rewording right beside the ignored words makes them a new mark, shown again.
    field.text = field.text.replace('as we are swamped this week', 'because we are swamped today');
    session.analyzeNow();
    expect(shownWords()).toContain(swamped.finding.text);
  });
});

describe('replaceRefusal, which the card asks before it offers Replace', () => {
  it('says why a plain wording cannot stand where the words are, and nothing is written', () => {
    const { field, session, mark } = sessionFor('The DNS propagation issue slowed the intranet on Tuesday.');
    const reason = session.replaceRefusal(mark('DNS propagation'), 'spread of the address change');
    expect(reason).toMatch(/does not fit before “issue”/);
    expect(field.writes).toEqual([]);
  });

  it('is null where the wording fits', () => {
    const { session, mark } = sessionFor('We moved the DNS records last night.');
    expect(session.replaceRefusal(mark('DNS records'), 'internet address settings')).toBeNull();
  });
});
