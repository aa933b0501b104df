/**
 * A compose body modelled on Outlook on the web: a contenteditable `div[role=textbox]` with no id and a
 * German aria-label, lines in `div.elementToProof`, a signature in `#Signature`, then the reply part:
 * `#appendonsend`, a rule, the `#divRplyFwdMsg` header and the quoted message.
 */
import { caretAtEndOf, exposeTestPage } from './page-api.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

exposeTestPage(
  'outlook',
  (host, text) => {
    host.innerHTML = `
      <div class="compose-pane">
        <div class="fui-Field"><input aria-label="Betreff hinzufügen" value="AW: VPN"></div>
        <div aria-label="Nachrichtentext, drücken Sie ALT+F10, um zu beenden" aria-multiline="true" role="textbox" contenteditable="true" class="dFCbN k1Ttj dPKNh DziEn" style="user-select: text; min-height: 220px;">${text
          .split('\n')
          .map(
            (line) =>
              `<div class="elementToProof" style="font-family: Aptos, sans-serif; font-size: 12pt;">${line ? esc(line) : '<br>'}</div>`,
          )
          .join(
            '',
          )}<div class="elementToProof"><br></div><div id="Signature"><div>Ana Lopez</div><div>IT Operations | VPN, SSO</div></div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>Von:</b> Bob &lt;bob@example.com&gt;<br><b>Gesendet:</b> Montag, 3. März 2025 09:12<br><b>Betreff:</b> VPN</font><div>&nbsp;</div></div><div dir="ltr">Is the VPN down again? The middleware keeps timing out and SSO fails.</div></div>
      </div>`;
    const root = host.querySelector<HTMLElement>('[role="textbox"]')!;
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
  'Hallo Bob,\n\nWe moved the DNS records last night and the VPN is back.\nWe will switch on SSO next week.',
);
