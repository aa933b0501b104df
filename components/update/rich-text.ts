/**
 * The draft as HTML for the clipboard's rich-text copy (headings, a list per goal). Built from the draft's
 * parts with every piece of text escaped: wins are the user's text and are never treated as markup.
 */
import type { UpdateDraft, WinParagraph } from '../../lexicon/update/index.ts';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function paragraph(p: WinParagraph): string {
  return [p.sentence, p.credit].filter(Boolean).map(escapeHtml).join(' ');
}

/** The draft as an HTML fragment; empty when the draft is. */
export function draftHtml(draft: UpdateDraft): string {
  if (!draft.lead) return '';
  const parts = [
    `<h2>${escapeHtml(draft.subject)}</h2>`,
    `<p>${escapeHtml(draft.greeting)}</p>`,
    `<p>${escapeHtml(draft.intro)}</p>`,
    `<p><strong>The headline:</strong> ${paragraph(draft.lead)}</p>`,
    ...draft.sections.map((s) => `<h3>${escapeHtml(s.heading)}</h3><ul>${s.items.map((p) => `<li>${paragraph(p)}</li>`).join('')}</ul>`),
    ...(draft.next.length ? [`<h3>Coming next</h3><ul>${draft.next.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`] : []),
    `<p>${escapeHtml(draft.closing)}</p>`,
  ];
  return parts.join('');
}
