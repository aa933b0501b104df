/**
 * The styles of everything we draw in our shadow root. They cannot leak into the page, and the page's
 * styles cannot reach in (the host resets inherited properties).
 */
import { KIND_COLORS, MARK_KINDS } from '../mark-kinds.ts';

const markBoxes = MARK_KINDS.map((kind) => {
  const c = KIND_COLORS[kind];
  return `.bl-mark-${kind} { background: ${c.fill}; border-bottom: 2px ${c.style === 'wavy' ? 'dotted' : c.style} ${c.line}; }
.bl-card[data-kind="${kind}"] { border-top-color: ${c.line}; }
.bl-card[data-kind="${kind}"] .bl-kind { color: ${c.line}; }`;
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
  position: fixed; left: 0; top: 0; width: 360px; max-width: calc(100vw - 16px); overflow: auto; pointer-events: auto;
  background: #fff; color: #1f2937; border: 1px solid #d1d5db; border-top: 4px solid #6b7280; border-radius: 8px;
  box-shadow: 0 8px 24px rgba(0,0,0,.18); padding: 12px 14px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
}
.bl-menu { width: 280px; border-top-color: #374151; }
.bl-head { display: flex; gap: 8px; align-items: baseline; margin: 0 0 6px; }
.bl-kind { font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; }
.bl-term { font-weight: 600; overflow-wrap: anywhere; }
.bl-message { margin: 0 0 8px; }
.bl-section { margin: 8px 0 0; padding-top: 8px; border-top: 1px solid #e5e7eb; }
.bl-label { display: block; font-size: 12px; font-weight: 600; color: #6b7280; margin-bottom: 2px; }
.bl-text { margin: 0 0 6px; overflow-wrap: anywhere; }
.bl-pending { color: #6b7280; font-style: italic; }
.bl-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
/* A card cut short by a small window scrolls, but its actions stay in view at its foot. */
.bl-card .bl-actions { position: sticky; bottom: -12px; margin-bottom: -12px; padding: 8px 0 12px; background: #fff; }
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
`;
