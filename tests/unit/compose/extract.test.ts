// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { extractText } from '../../../compose/text/extract.ts';
import { gmailRules } from '../../../compose/adapters/gmail.ts';
import { outlookRules } from '../../../compose/adapters/outlook.ts';

function box(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true">${html}</div>`;
  return document.querySelector('div')!;
}

describe('extractText', () => {
  const cases: Array<[string, string, string]> = [
    ['plain text', 'Hello world', 'Hello world'],
    ['inline formatting keeps words whole', 'We <b>fixed</b> the <a href="#">DNS</a> issue', 'We fixed the DNS issue'],
    ['br is a newline', 'one<br>two', 'one\ntwo'],
    ['blocks are lines', '<div>one</div><div>two</div>', 'one\ntwo'],
    ['paragraphs are lines', '<p>one</p><p>two</p>', 'one\ntwo'],
    ['empty line in Gmail markup', '<div>one</div><div><br></div><div>two</div>', 'one\n\ntwo'],
    ['list items are lines', '<ul><li>a</li><li>b</li></ul>after', 'a\nb\nafter'],
    ['no-break spaces read as spaces', 'the&nbsp;VPN', 'the VPN'],
    ['source formatting between blocks is not text', '\n  <p>one</p>\n  <p>two</p>\n', 'one\ntwo'],
    ['line breaks inside a text run read as spaces', 'one\ntwo', 'one two'],
    ['blockquote is left out but separates lines', 'mine<blockquote>theirs</blockquote>more', 'mine\nmore'],
    ['opted-out part is left out', 'mine<div data-business-lens="off">skip</div>', 'mine'],
    ['scripts and styles are not text', 'a<style>.x{}</style><script>1</script>b', 'ab'],
  ];
  test.each(cases)('%s', (_name, html, expected) => {
    expect(extractText(box(html)).text).toBe(expected);
  });

  test('every character of a text run maps back to its node', () => {
    const root = box('<p>Our <b>VPN</b> and</p><p>the SSO<br>portal</p>');
    const { text, map } = extractText(root);
    for (const word of ['VPN', 'SSO', 'portal', 'Our', 'and']) {
      const start = text.indexOf(word);
      const range = map.rangeFor(start, start + word.length, document)!;
      expect(range.toString()).toBe(word);
    }
  });

  test('Gmail: quoted reply, "wrote:" line and signature are left out, offsets stay exact', () => {
    const root = box(
      '<div>We moved the DNS records.</div><div><br></div>' +
        '<div class="gmail_signature_prefix">-- </div><div class="gmail_signature" data-smartmail="gmail_signature">Ana, IT middleware team</div>' +
        '<div class="gmail_quote"><div class="gmail_attr">On Mon, Bob wrote:<br></div><blockquote class="gmail_quote">Is the VPN down?</blockquote></div>',
    );
    const { text, map } = extractText(root, gmailRules);
    expect(text).not.toContain('VPN');
    expect(text).not.toContain('middleware');
    expect(text.trim()).toBe('We moved the DNS records.');
    const start = text.indexOf('DNS');
    expect(map.rangeFor(start, start + 3, document)!.toString()).toBe('DNS');
  });

  test('Outlook: everything from the reply header down, and the signature, are left out', () => {
    const root = box(
      '<div class="elementToProof">Kurz: das VPN ist wieder da.</div><div id="Signature">Ana | SSO team</div>' +
        '<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Von:</b> Bob</div><div>Is the middleware down?</div>',
    );
    const { text } = extractText(root, outlookRules);
    expect(text).toContain('VPN');
    expect(text).not.toContain('SSO');
    expect(text).not.toContain('middleware');
    expect(text).not.toContain('Bob');
  });
});
