/**
 * Reads the test corpora in tests/fixtures/ (format: tests/fixtures/README.md) into messages with the marks
 * each must get, offsets taken in the text with the markers stripped.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** A stretch of text that must be marked: by an unfamiliar-term check (`check` absent) or by `check`. */
export interface ExpectedMark {
  start: number;
  end: number;
  text: string;
  check?: string;
}

export interface CorpusMessage {
  file: string;
  id: string;
  text: string;
  marks: ExpectedMark[];
  directives: string[];
}

const MARKER = /\[\[([^\]]+)\]\]|\{\{([a-z-]+):([^}]+)\}\}/.source;

/** Strips the markers from one message body, keeping where each marked stretch ends up. */
export function parseMarkedText(body: string): { text: string; marks: ExpectedMark[] } {
  let text = '';
  let at = 0;
  const marks: ExpectedMark[] = [];
  // A fresh regex per call: the parse recurses into {{...}} spans.
  const marker = new RegExp(MARKER, 'g');
  for (let m = marker.exec(body); m !== null; m = marker.exec(body)) {
    text += body.slice(at, m.index);
    const inner = m[1] ?? m[3]!;
    // A {{check:...}} span may itself hold [[...]] marks.
    const nested = parseMarkedText(inner);
    const start = text.length;
    for (const mark of nested.marks) marks.push({ ...mark, start: mark.start + start, end: mark.end + start });
    text += nested.text;
    marks.push(
      m[1] !== undefined ? { start, end: text.length, text: nested.text } : { start, end: text.length, text: nested.text, check: m[2]! },
    );
    at = m.index + m[0].length;
  }
  return { text: text + body.slice(at), marks };
}

/** Every message of every `.txt` file in a corpus folder. */
export function readCorpus(folder: URL): CorpusMessage[] {
  const messages: CorpusMessage[] = [];
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const source = readFileSync(new URL(file, folder), 'utf8');
    for (const chunk of source.split(/^=== /m).slice(1)) {
      const newline = chunk.indexOf('\n');
      const id = chunk.slice(0, newline).trim();
      const lines = chunk.slice(newline + 1).split('\n');
      const directives: string[] = [];
      while (lines[0]?.startsWith('# ')) directives.push(lines.shift()!.slice(2).trim());
      const { text, marks } = parseMarkedText(lines.join('\n').replace(/\n+$/, '\n'));
      messages.push({ file, id, text, marks, directives });
    }
  }
  return messages;
}
