/**
 * Which sense an ambiguous lexicon term has where it stands: "the web server" (IT), "our restaurant servers"
 * (ordinary), or undecided ("the servers were busy"). The entry's `sense` cues decide when one stands in the
 * same sentence within CUE_WINDOW words of the term; an ordinary cue wins over an IT cue. Undecided terms are
 * marked when their sentence holds other IT evidence, or else only in a message about IT (see
 * lexicon/analyze/context.ts). The cues are data, in the entries; this module only applies them.
 */
import type { LexiconMatch } from '../match/matcher.ts';
import { tokenize } from '../match/tokenize.ts';
import type { LexiconEntry } from '../schema.ts';
import type { PreparedUnit, Sentence } from '../analyze/unit.ts';

/** How many words either side of the term a cue may stand. */
export const CUE_WINDOW = 6;

export type Sense = 'it' | 'ordinary' | 'undecided';

/** An entry's cues, compiled: one-word cues in a set, longer ones as word lists, by their first word. */
interface Cues {
  words: ReadonlySet<string>;
  phrases: ReadonlyMap<string, readonly (readonly string[])[]>;
}
interface CompiledSense {
  it: Cues;
  ordinary: Cues;
}

const compiled = new WeakMap<LexiconEntry, CompiledSense>();

function compileCues(cues: readonly string[] | undefined): Cues {
  const words = new Set<string>();
  const phrases = new Map<string, string[][]>();
  for (const cue of cues ?? []) {
    const tokens = tokenize(cue).map((t) => t.lower);
    if (tokens.length === 1) words.add(tokens[0]!);
    else if (tokens.length > 1) {
      const list = phrases.get(tokens[0]!) ?? [];
      list.push(tokens);
      phrases.set(tokens[0]!, list);
    }
  }
  return { words, phrases };
}

function senseCues(entry: LexiconEntry): CompiledSense {
  let cues = compiled.get(entry);
  if (!cues) compiled.set(entry, (cues = { it: compileCues(entry.sense?.it), ordinary: compileCues(entry.sense?.ordinary) }));
  return cues;
}

/** Does a cue start at token `k` (and end before `to`)? */
function cueAt(unit: PreparedUnit, cues: Cues, k: number, to: number): boolean {
  const word = unit.tokens[k]!.lower;
  if (cues.words.has(word)) return true;
  const phrases = cues.phrases.get(word);
  if (!phrases) return false;
  return phrases.some((phrase) => k + phrase.length <= to && phrase.every((w, i) => unit.tokens[k + i]!.lower === w));
}

/** The sense of an ambiguous term's match, from the cues around it in its sentence. */
export function senseOf(unit: PreparedUnit, match: LexiconMatch, sentence: Sentence): Sense {
  const cues = senseCues(match.entry);
  const from = Math.max(sentence.firstToken, match.firstToken - CUE_WINDOW);
  const to = Math.min(sentence.endToken, match.endToken + CUE_WINDOW);
  let it = false;
  for (let k = from; k < to; k++) {
    if (k >= match.firstToken && k < match.endToken) continue;
    if (cueAt(unit, cues.ordinary, k, to)) return 'ordinary';
    if (!it && cueAt(unit, cues.it, k, to) && !readAsOrdinary(unit, k, sentence)) it = true;
  }
  // An entry that lists ordinary cues only ("firewall": a car's, a building's) is meant in its IT sense wherever
  // none of them stands: at work that sense is the usual one.
  if (!cues.it.words.size && !cues.it.phrases.size) return 'it';
  return it ? 'it' : 'undecided';
}

/**
 * Is the word at token `k` an ambiguous term that its own ordinary cues read in its ordinary sense? Such a word is
 * no IT cue for its neighbours: in "a patch of road where a cluster of potholes formed", "patch" would otherwise
 * make "cluster" the IT kind. Only ordinary cues are read here, so two terms never decide each other in a loop.
 */
function readAsOrdinary(unit: PreparedUnit, k: number, sentence: Sentence): boolean {
  const term = unit.terms.find((t) => t.firstToken <= k && k < t.endToken);
  if (!term?.entry.sense?.ordinary?.length) return false;
  const { ordinary } = senseCues(term.entry);
  const from = Math.max(sentence.firstToken, term.firstToken - CUE_WINDOW);
  const to = Math.min(sentence.endToken, term.endToken + CUE_WINDOW);
  for (let j = from; j < to; j++) {
    if (j >= term.firstToken && j < term.endToken) continue;
    if (cueAt(unit, ordinary, j, to)) return true;
  }
  return false;
}
