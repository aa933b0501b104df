/**
 * Generators of hostile text for fuzzing, driven by a seeded PRNG so every run sees the same inputs and a
 * failure can be replayed from its index.
 */

import { seededRandom } from '../../seeded-random.ts';

export { seededRandom };

const JARGON = [
  'DNS',
  'VPN',
  'SSO',
  'MFA',
  'Kubernetes',
  'the Exchange DAG',
  'O365',
  'load-balancer',
  'deployed',
  'patched',
  'API',
  'HTTP 502',
  'p95',
  '40ms',
  '/var/log/syslog',
  'db01.corp.local',
  'HAProxy',
  'RSA-2048',
];
const WORDS = [
  'we',
  'the',
  'team',
  'migrated',
  'upgraded',
  'so that',
  'sales',
  'can',
  'work',
  'from',
  'home',
  'today',
  'just',
  'users',
  'the business',
  'sorry for the delay',
  'hopefully',
  '3',
  '15%',
  'Monday',
  'not',
  'never',
];
const RTL = ['שלום', 'مرحبا بالعالم', 'סרבר', 'خادم', '\u202Eevil\u202C', '\u200F'];
const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060', '\u00AD'];
const COMBINING = ['\u0301', '\u0308', '\u0336', '\u20DD', '\u0489'];
const EMOJI = ['👩‍💻', '🏳️‍🌈', '👨‍👩‍👧‍👦', '🇬🇧', '🧑🏽‍🚀', '❤️‍🔥', '🔥', '✅'];
const HTML = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '&lt;b&gt;',
  '<!--',
  ']]>',
  '{{constructor.constructor("alert(1)")()}}',
  "javascript:alert('x')",
];
const PUNCT = ['.', '..', '...', '!', '?', ',', ';', ':', '(', ')', '"', "'", '-', '—', '`', '>', '\n', '\n\n', '\t', '-- \n'];

/** The kinds of hostile input, each a function of the PRNG. */
export const HOSTILE_KINDS = {
  unicode: (r: () => number) => Array.from({ length: 1 + Math.floor(r() * 60) }, () => String.fromCodePoint(randomCodePoint(r))).join(''),
  rtl: (r: () => number) => mix(r, [RTL, WORDS, JARGON], 4 + Math.floor(r() * 30)),
  zeroWidth: (r: () => number) =>
    mix(r, [WORDS, JARGON], 10).replace(/ /g, () => pick(r, ZERO_WIDTH)) + pick(r, JARGON).split('').join(pick(r, ZERO_WIDTH)),
  combining: (r: () => number) =>
    mix(r, [WORDS, JARGON], 10).replace(/[aeiouS]/g, (c) => c + pick(r, COMBINING).repeat(1 + Math.floor(r() * 5))),
  emoji: (r: () => number) => mix(r, [EMOJI, WORDS, JARGON], 5 + Math.floor(r() * 30)),
  enormousWord: (r: () => number) => pick(r, JARGON) + 'x'.repeat(1_000 + Math.floor(r() * 20_000)) + ' ' + pick(r, JARGON),
  html: (r: () => number) => mix(r, [HTML, WORDS, JARGON], 5 + Math.floor(r() * 20)),
  punctuation: (r: () => number) => mix(r, [PUNCT, WORDS, JARGON], 5 + Math.floor(r() * 60)),
  sentences: (r: () => number) => mix(r, [WORDS, JARGON, PUNCT], 10 + Math.floor(r() * 80)),
  addressRuns: (r: () => number) => mix(r, [WORDS, JARGON], 3) + ' ' + addressRun(r, 50 + Math.floor(r() * 3_000)) + ' ' + pick(r, WORDS),
} satisfies Record<string, (r: () => number) => string>;

/** Messages of about `chars` characters: realistic prose with jargon, or a pathological shape. */
export function hugeMessage(
  r: () => number,
  chars: number,
  shape: 'prose' | 'dots' | 'no-spaces' | 'one-sentence' | 'lines' | 'address-runs' | 'wrapped-headers',
): string {
  const piece = () => {
    switch (shape) {
      case 'dots':
        return '.';
      case 'address-runs':
        return addressRun(r, 2_000) + ' ';
      case 'wrapped-headers':
        return `On ${pick(r, WORDS)}\n${' '.repeat(290)}\n`;
      case 'no-spaces':
        return pick(r, JARGON).replace(/ /g, '') + pick(r, WORDS).replace(/ /g, '');
      case 'one-sentence':
        return `${pick(r, WORDS)} ${pick(r, JARGON)} `;
      case 'lines':
        return `${pick(r, JARGON)}\n`;
      default:
        return mix(r, [WORDS, JARGON], 12) + pick(r, ['. ', '? ', '.\n\n']);
    }
  };
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const p = piece();
    parts.push(p);
    length += p.length;
  }
  return parts.join('').slice(0, chars);
}

/** An address-like chunk ending in a long run of one punctuation mark: "http://a......x", "acme.io))))x". */
function addressRun(r: () => number, run: number): string {
  const start = pick(r, ['http://a', 'www.x', 'acme.io', 'sam@acme.com', 'mailto:x']);
  return start + pick(r, ['.', ')', '"', '’', '!', ',']).repeat(run) + pick(r, ['x', '', '/', '.com']);
}

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}

function mix(r: () => number, lists: readonly (readonly string[])[], count: number): string {
  return Array.from({ length: count }, () => pick(r, pick(r, lists))).join(r() < 0.8 ? ' ' : '');
}

function randomCodePoint(r: () => number): number {
  const x = r();
  if (x < 0.3) return 0x20 + Math.floor(r() * 0x5f); // ASCII
  if (x < 0.5) return 0x80 + Math.floor(r() * 0x780); // Latin, Greek, Cyrillic, Hebrew, Arabic
  if (x < 0.6) return 0x1f300 + Math.floor(r() * 0x300); // emoji
  if (x < 0.65) return 0xd800 + Math.floor(r() * 0x800); // lone surrogates (String.fromCodePoint allows them)
  if (x < 0.75) return 0x300 + Math.floor(r() * 0x70); // combining marks
  if (x < 0.8) return [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202e, 0xfeff][Math.floor(r() * 7)]!;
  if (x < 0.9) return 0x4e00 + Math.floor(r() * 0x5000); // CJK
  return Math.floor(r() * 0x10ffff);
}
