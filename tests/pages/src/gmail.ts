/**
 * A compose window modelled on Gmail's markup: the body is `div[contenteditable][role=textbox]` with the
 * aria-label "Message Body" and `g_editable`, holding the new text, a signature (`div.gmail_signature`
 * after a "-- " prefix) and the quoted reply (`div.gmail_quote` with its "On … wrote:" line).
 */
import { caretAtEndOf, exposeTestPage } from './page-api.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

exposeTestPage(
  'gmail',
  (host, text) => {
    host.innerHTML = `
      <div class="nH Hd" role="dialog" aria-label="New Message">
        <div class="aYF">New Message</div>
        <div class="aoD"><input name="to" class="agP" aria-label="To recipients" value="bob@example.com"></div>
        <div class="aoD"><input name="subjectbox" class="aoT" placeholder="Subject" value="Re: VPN"></div>
        <div id=":a1" class="Am aiL Al editable LW-avf tS-tW" hidefocus="true" aria-label="Message Body" g_editable="true" role="textbox" aria-multiline="true" contenteditable="true" tabindex="1" spellcheck="false" style="direction: ltr; min-height: 220px;">${text
          .split('\n')
          .map((line) => (line ? `<div dir="ltr">${esc(line)}</div>` : '<div dir="ltr"><br></div>'))
          .join(
            '',
          )}<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">Ana Lopez<div>IT Operations · SSO and VPN team</div></div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 3 Mar 2025 at 09:12, Bob &lt;bob@example.com&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">Is the VPN down again? The middleware keeps timing out and SSO fails.</div></blockquote></div></div>
      </div>`;
    const root = host.querySelector<HTMLElement>('[g_editable]')!;
    // The user's lines come first, one element each; then the signature and the quoted message.
    const userLines = [...root.children].slice(0, text.split('\n').length) as HTMLElement[];
    return {
      root,
      model: () => root.innerText,
      userText: () => userLines.map((line) => line.innerText.replace(/\n$/, '')).join('\n'),
      caretToEnd: () => caretAtEndOf(root, userLines[userLines.length - 1]),
      destroy: () => host.replaceChildren(),
    };
  },
  'Hi Bob,\n\nWe moved the DNS records last night and the VPN is back.\nWe will switch on SSO next week.',
);
