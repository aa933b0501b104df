/**
 * The styles of everything we draw in our shadow root. They cannot leak into the page, and the page's
 * styles cannot reach in (the host resets inherited properties).
 */
import { KIND_COLORS, MARK_KINDS } from '../mark-kinds.ts';

const markBoxes = MARK_KINDS.map((kind) => {
  const c = KIND_COLORS[kind];
  return `.bl-mark-${kind} { background: ${c.fill}; border-bottom: 2px ${c.style === 'wavy' ? 'dotted' : c.style} ${c.line}; }
.bl-card[data-kind="${kind}"] { border-top-color: ${c.line}; }
.bl-card[data-kind="${kind}"] .bl-kind { color: ${c.line}; }
.bl-card[data-theme="dark"][data-kind="${kind}"] { border-top-color: ${c.dark}; }
.bl-card[data-theme="dark"][data-kind="${kind}"] .bl-kind { color: ${c.dark}; }`;
}).join('\n');

export const LAYER_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.bl-overlay, .bl-mirrors { position: fixed; left: 0; top: 0; width: 0; height: 0; pointer-events: none; }
.bl-mark { position: absolute; left: 0; top: 0; pointer-events: none; border-radius: 2px; }
${markBoxes}
/* A mirror is laid out on its own (contain), so a keystroke re-lays out nothing else; one block per line, in
   chunks (textarea-mirror.ts), and only a textarea's first line is indented. */
.bl-mirror { position: fixed; visibility: hidden; pointer-events: none; overflow: hidden; margin: 0; contain: strict; }
.bl-chunk > div + div, .bl-chunk + .bl-chunk > div { text-indent: 0; }
.bl-badge {
  position: fixed; left: 0; top: 0; min-width: 24px; height: 24px; padding: 0 7px; border-radius: 12px; border: none;
  font: 600 12px/24px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #fff; cursor: pointer;
  box-shadow: 0 1px 3px rgba(0,0,0,.3); pointer-events: auto; text-align: center;
}
.bl-badge:focus-visible, .bl-card button:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
.bl-badge[data-level="good"] { background: #15803d; }
.bl-badge[data-level="fair"] { background: #b45309; }
.bl-badge[data-level="poor"] { background: #b91c1c; }
.bl-badge[data-level="paused"], .bl-badge[data-level="checking"] { background: #6b7280; }
.bl-card, .bl-menu {
  position: fixed; left: 0; top: 0; width: 380px; max-width: calc(100vw - 16px); overflow: auto; pointer-events: auto;
  background: #fff; color: #1f2937; border: 1px solid #d1d5db; border-top: 4px solid #6b7280; border-radius: 8px;
  box-shadow: 0 8px 24px rgba(0,0,0,.18); padding: 12px 14px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
}
/* A column whose explanation gives way first: when the window is short, the rewrite and the actions stay whole
   and the explanation of why the words were marked scrolls. */
.bl-card { display: flex; flex-direction: column; }
.bl-card > * { flex: none; }
.bl-card[hidden] { display: none; }
.bl-card > .bl-message { flex: 0 1 auto; min-height: 3em; overflow: auto; }
.bl-menu { width: 300px; border-top-color: #374151; }
.bl-head { display: flex; flex-direction: column; gap: 2px; margin: 0 0 4px; }
/* A label is never broken, not even at its hyphen ("FEATURE-TALK"). */
.bl-kind { font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; white-space: nowrap; }
.bl-term { font-weight: 600; overflow-wrap: break-word; }
/* A whole sentence is quoted at reading weight, three lines at most. */
.bl-term--sentence {
  font-weight: 400; color: #374151; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; overflow: hidden;
}
.bl-message { margin: 8px 0 0; color: #4b5563; font-size: 13px; }
.bl-section { margin: 8px 0 0; padding-top: 8px; border-top: 1px solid #e5e7eb; }
.bl-label { display: block; font-size: 12px; font-weight: 600; color: #6b7280; margin-bottom: 2px; }
.bl-text { margin: 0 0 6px; overflow-wrap: break-word; }
.bl-pending { color: #6b7280; font-style: italic; }
.bl-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
/* A card cut short by a small window scrolls, but its actions stay in view at its foot. */
.bl-card .bl-actions { position: sticky; bottom: -12px; margin-bottom: -12px; padding: 8px 0 12px; background: inherit; }
.bl-card button, .bl-menu button {
  font: inherit; font-size: 13px; padding: 4px 10px; border-radius: 6px; border: 1px solid #d1d5db; background: #f9fafb;
  color: #111827; cursor: pointer;
}
.bl-card button.bl-primary, .bl-menu button.bl-primary { background: #1d4ed8; border-color: #1d4ed8; color: #fff; }
.bl-card button:hover, .bl-menu button:hover { filter: brightness(.95); }
.bl-notice { margin: 8px 0 0; padding: 6px 8px; border-radius: 6px; background: #fef3c7; color: #78350f; font-size: 13px; }
.bl-notice:empty { display: none; }
.bl-hint { margin: 8px 0 0; font-size: 12px; color: #6b7280; }
.bl-menu p { margin: 0 0 8px; }
.bl-menu .bl-actions { flex-direction: column; align-items: stretch; }
/* On a dark page: the same card in the page's own light. */
.bl-card[data-theme="dark"], .bl-menu[data-theme="dark"] {
  background: #1e232c; color: #e6e9ef; border-color: #3a4250; box-shadow: 0 8px 24px rgba(0,0,0,.5);
}
.bl-menu[data-theme="dark"] { border-top-color: #a9b0bd; }
[data-theme="dark"] .bl-term--sentence { color: #cfd5df; }
[data-theme="dark"] .bl-message, [data-theme="dark"] .bl-label, [data-theme="dark"] .bl-pending, [data-theme="dark"] .bl-hint { color: #a9b0bd; }
[data-theme="dark"] .bl-section { border-top-color: #333a47; }
[data-theme="dark"] button { background: #2a303b; border-color: #444c5a; color: #e6e9ef; }
[data-theme="dark"] button.bl-primary { background: #7ea2ff; border-color: #7ea2ff; color: #0f1522; }
[data-theme="dark"] .bl-notice { background: #3a2e17; color: #f0d9a8; }
`;
