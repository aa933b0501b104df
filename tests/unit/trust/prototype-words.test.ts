/**
 * Words that are also Object.prototype members ("constructor", "__proto__", "toString"...) are ordinary text.
 * Lookup tables keyed by words found in a message once read them as members: "40 constructor" became the
 * suggestion "40 function Object() { [native code] }". Every table lookup keyed by text or by a lexicon
 * spelling must use own keys only; these tests put such words everywhere a table is consulted.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lexicon/index.ts';
import { builtInAnalogies, builtInEntries } from '../../../lexicon/data/index.ts';
import { rewriteSentence } from '../../../lexicon/rewrite/index.ts';
import { conjugate } from '../../../lexicon/rewrite/language.ts';
import { termFinder } from './lexicon-lookup.ts';

const MEMBER_WORDS = [
  'constructor',
  '__proto__',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupSetter__',
  'prototype',
];

/** What JavaScript values look like when they leak into text meant for people. */
const LEAK = /function \w*\(|\[native code\]|\[object \w+\]|\bundefined\b|\bNaN\b/;

const findTerms = termFinder(builtInEntries);

function sentencesWith(word: string): string[] {
  return [
    `Latency was 40 ${word} today.`,
    `It took 40 ${word.toLowerCase()} to load the VPN.`,
    `The VPNs ${word} every day.`,
    `The servers ${word} the DNS records.`,
    `We ${word} the DNS records last night.`,
    `The ${word} of the SSO login was patched.`,
    `${word} failed with HTTP 502 on the load balancer.`,
  ];
}

describe('words named like Object.prototype members', () => {
  it.each(MEMBER_WORDS)('"%s" never leaks a JavaScript value into findings', (word) => {
    for (const text of sentencesWith(word)) {
      const result = analyze(text);
      for (const f of result.findings) {
        expect(text.slice(f.start, f.end)).toBe(f.text);
        const shown = [f.message, ...f.suggestions.map((s) => s.text)].join(' | ');
        expect(shown, text).not.toMatch(LEAK);
      }
    }
  });

  it.each(MEMBER_WORDS)('"%s" never leaks a JavaScript value into rewrites', (word) => {
    for (const text of sentencesWith(word)) {
      const result = rewriteSentence({ text, matches: findTerms(text), analogies: builtInAnalogies, audience: 'manager' });
      for (const suggestion of [result.plain, result.outcome, result.analogy, ...result.replacements.map((r) => r.plain)]) {
        if (suggestion) expect(suggestion, text).not.toMatch(LEAK);
      }
    }
  });

  it('inflects such words as words', () => {
    for (const word of MEMBER_WORDS) {
      const forms = conjugate(word.toLowerCase());
      for (const form of Object.values(forms)) expect(form, word).not.toMatch(LEAK);
    }
  });
});
