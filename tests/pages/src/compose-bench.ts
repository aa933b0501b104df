/**
 * Times compose/'s own work on a long message in the browser, apart from the analysis core: reading the
 * text out of the DOM with its offset map, and anchoring marks (DOM ranges) for every finding. The typing
 * benchmark calls `window.composeBench.run(words)`.
 */
import { extractText } from '../../../compose/text/extract.ts';
import { longMessage } from './page-api.ts';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function run(words: number) {
  const box = document.createElement('div');
  box.contentEditable = 'true';
  for (const line of longMessage(words).split('\n')) {
    const div = document.createElement('div');
    div.textContent = line;
    box.append(div);
  }
  document.getElementById('editors')!.replaceChildren(box);
  const extract: number[] = [];
  const anchor: number[] = [];
  const back: number[] = [];
  let marks = 0;
  for (let i = 0; i < 15; i++) {
    let t = performance.now();
    const { text, map } = extractText(box);
    extract.push(performance.now() - t);
    const spans = [...text.matchAll(/VPN|SSO|DNS records|middleware/g)].map((m) => [m.index, m.index + m[0].length] as const);
    marks = spans.length;
    t = performance.now();
    const ranges = spans.map(([s, e]) => map.rangeFor(s, e, document)!);
    anchor.push(performance.now() - t);
    t = performance.now();
    for (const r of ranges) map.offsetOf(r.startContainer, r.startOffset);
    back.push(performance.now() - t);
  }
  return { words, marks, extractMs: median(extract), anchorMs: median(anchor), offsetsBackMs: median(back) };
}

(window as unknown as { composeBench: { run: typeof run } }).composeBench = { run };
document.body.dataset.ready = 'true';
