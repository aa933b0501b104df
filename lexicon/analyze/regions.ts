/**
 * What in a message is the user's new text. Quoted replies, forwarded messages, signatures and code blocks are
 * someone else's words or not prose: they get no marks. Inside the user's paragraphs, URLs, email addresses,
 * bare domain names and `code in backticks` are masked. Offsets always stay relative to the original text.
 *
 * The message is cut into units (paragraphs) that are analysed, and cached, one by one. Every scan here is a
 * single forward pass with bounded look-around, so any input completes in linear time.
 */

/** A half-open range `[start, end)` of UTF-16 offsets. */
export interface TextRange {
  start: number;
  end: number;
}

/** How the message divides into the user's paragraphs and everything else. */
export interface MessageLayout {
  /** Paragraphs of the user's own text, in order; blank lines, quotes and list items separate them. */
  units: TextRange[];
  /** Lines or tails that are not the user's new text (quotes, reply headers, signature, code fences). */
  skipped: TextRange[];
}

/** Units longer than this are cut at a sentence end (or a space, or anywhere) so one keystroke stays cheap. */
export const MAX_UNIT_CHARS = 4000;
const MIN_UNIT_CHARS = 2000;

// Reply and forward headers: this line and everything after it is someone else's message.
const REPLY_HEADERS: readonly RegExp[] = [
  /^\s*On\s.{0,300}\swrote:\s*$/,
  /^\s*Le\s.{0,300}\sa écrit\s?:\s*$/,
  /^\s*Am\s.{0,300}\sschrieb\s.{0,200}:\s*$/,
  /^\s*El\s.{0,300}\sescribió:\s*$/,
  /^\s*-{2,}\s*Original Message\s*-{2,}\s*$/i,
  /^\s*-{2,}\s*Forwarded message\s*-{2,}\s*$/i,
  /^\s*Begin forwarded message:\s*$/i,
];
/** Outlook's reply header: "From: …" followed within a few lines by "Sent:", "Date:", "To:" or "Subject:". */
const OUTLOOK_FROM = /^\s*\*?From:\*?\s+\S/;
const OUTLOOK_FIELD = /^\s*\*?(?:Sent|Date|To|Subject|Cc):\*?\s/;
/** Outlook draws a line of underscores above its reply header. */
const RULE_LINE = /^\s*_{10,}\s*$/;
const LIST_ITEM = /^\s*(?:[-*•◦▪‣–]|\d{1,3}[.)]|[a-z][.)])\s+\S/;
const FENCE = /^\s*(?:```|~~~)/;

interface Line {
  start: number;
  end: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start, end: end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

/** The character codes that may follow a header's first character (`undefined`: anything may). */
const HEADER_SECOND: Record<string, readonly number[] | undefined> = {
  O: [110], // On
  L: [101], // Le
  A: [109], // Am
  E: [108], // El
  B: [101, 69], // Begin (any case)
  F: [114], // From
  '-': undefined,
  '*': undefined,
  _: undefined,
};

/** Where a line's text starts after its spaces and tabs. */
function indentEnd(text: string, line: Line): number {
  let k = line.start;
  while (k < line.end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  return k;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The first line (index) where someone else's message begins, or -1. */
function isReplyHeader(text: string, lines: Line[], i: number): boolean {
  const { start, end } = lines[i]!;
  if (end - start > 600) return false;
  // Every header starts with one of these letters after any spaces; most lines are ruled out here.
  const k = indentEnd(text, lines[i]!);
  if (!'OLAE-BF*_'.includes(text[k] ?? ' ')) return false;
  // And a letter starts the header's first word: "On", "Le", "Am", "El", "Begin", "From".
  const next = k + 1 < end ? text.charCodeAt(k + 1) : 0;
  const second = HEADER_SECOND[text[k]!];
  if (second && !second.includes(next)) return false;
  const line = text.slice(start, end);
  if (REPLY_HEADERS.some((re) => re.test(line))) return true;
  // Gmail wraps long headers: "On Mon, 3 Jun 2024 at 10:02, Sam Smith <sam@example.com>" / "wrote:".
  if (/^\s*On\s/.test(line) && i + 1 < lines.length) {
    const next = text.slice(lines[i + 1]!.start, Math.min(lines[i + 1]!.end, lines[i + 1]!.start + 300));
    if (isWroteLine(next) && !/[.!?]\s*$/.test(line)) return true;
  }
  if (OUTLOOK_FROM.test(line) || RULE_LINE.test(line)) {
    for (let k = i + 1; k < Math.min(lines.length, i + 5); k++) {
      const field = text.slice(lines[k]!.start, Math.min(lines[k]!.end, lines[k]!.start + 100));
      if (OUTLOOK_FIELD.test(field)) return true;
    }
  }
  return false;
}

/**
 * `/^\s*.{0,200}wrote:\s*$/` without the regex: the two leading quantifiers overlap on spaces, so a line of spaces
 * cost the regex about 60,000 steps. Taking all the leading white space leaves the shortest middle, so this is
 * the same test in one pass.
 */
function isWroteLine(line: string): boolean {
  const end = trimmedEnd(line, line.length);
  if (end < 6 || line.slice(end - 6, end) !== 'wrote:') return false;
  let start = 0;
  while (start < end - 6 && isWhiteSpace(line.charCodeAt(start))) start++;
  if (end - 6 - start > 200) return false;
  for (let k = start; k < end - 6; k++) if (isLineTerminator(line.charCodeAt(k))) return false;
  return true;
}

/** Where `text` ends once the white space before `end` is left out (what `\s*$` would take). */
function trimmedEnd(text: string, end: number): number {
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** The characters a regex's `\s` matches. */
function isWhiteSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The characters a regex's `.` does not match. */
function isLineTerminator(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

function isSignatureMarker(text: string, line: Line): boolean {
  const length = line.end - line.start;
  return (length === 2 || length === 3) && (text.slice(line.start, line.end) === '-- ' || text.slice(line.start, line.end) === '--');
}

function isBlank(text: string, line: Line): boolean {
  for (let k = line.start; k < line.end; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 13 && c !== 0x200b && c !== 0xfeff) return false;
  }
  return true;
}

function isQuoted(text: string, line: Line): boolean {
  for (let k = line.start; k < line.end; k++) {
    const c = text.charCodeAt(k);
    if (c === 62) return true; // ">"
    if (c !== 32 && c !== 9) return false;
  }
  return false;
}

function startsWith(re: RegExp, text: string, line: Line): boolean {
  return re.test(text.slice(line.start, Math.min(line.end, line.start + 40)));
}

/**
 * The first character of a line after spaces and tabs, when it is an ASCII letter or digit (0 otherwise): such
 * a line can open no code fence, and a list item only as "1." / "a)". Most lines are decided by this alone.
 */
function leadingAlnum(text: string, line: Line): number {
  const k = indentEnd(text, line);
  const c = k < line.end ? text.charCodeAt(k) : 0;
  return (c >= 48 && c <= 57) || isAsciiLetter(c) ? c : 0;
}

/** LIST_ITEM, for a line that starts with the letter or digit `lead`: capitals never start one. */
function isListItem(text: string, line: Line, lead: number): boolean {
  if (lead >= 65 && lead <= 90) return false;
  return startsWith(LIST_ITEM, text, line);
}

/** Cuts a long unit at sentence ends, else spaces, else anywhere (never inside a surrogate pair). */
function splitLongUnit(text: string, unit: TextRange, out: TextRange[]): void {
  let start = unit.start;
  while (unit.end - start > MAX_UNIT_CHARS) {
    const windowStart = start + MIN_UNIT_CHARS;
    const window = text.slice(windowStart, start + MAX_UNIT_CHARS);
    let cut = -1;
    const sentenceEnd = /[.!?…]["'”’)\]]*\s+/g.exec(window);
    if (sentenceEnd) cut = windowStart + sentenceEnd.index + sentenceEnd[0].length;
    else {
      const space = window.search(/\s/);
      if (space >= 0) cut = windowStart + space + 1;
    }
    if (cut <= start) cut = start + MAX_UNIT_CHARS;
    const code = text.charCodeAt(cut);
    if (code >= 0xdc00 && code <= 0xdfff) cut++;
    out.push({ start, end: cut });
    start = cut;
  }
  if (unit.end > start) out.push({ start, end: unit.end });
}

/** Divides a message into the user's paragraphs and the parts that are not the user's new text. */
export function layoutMessage(text: string): MessageLayout {
  const lines = linesOf(text);
  const units: TextRange[] = [];
  const skipped: TextRange[] = [];
  let current: TextRange | null = null;
  let inFence = false;
  const close = () => {
    if (current) splitLongUnit(text, current, units);
    current = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lead = leadingAlnum(text, line);
    if (!lead && startsWith(FENCE, text, line)) {
      close();
      inFence = !inFence;
      skipped.push({ start: line.start, end: line.end });
      continue;
    }
    if (inFence || isQuoted(text, line)) {
      close();
      skipped.push({ start: line.start, end: line.end });
      continue;
    }
    if (isSignatureMarker(text, line) || isReplyHeader(text, lines, i)) {
      close();
      skipped.push({ start: line.start, end: text.length });
      break;
    }
    if (isBlank(text, line)) {
      close();
      continue;
    }
    if (current && (lead ? isListItem(text, line, lead) : startsWith(LIST_ITEM, text, line))) close();
    if (current) current.end = line.end;
    else current = { start: line.start, end: line.end };
  }
  close();
  return { units, skipped };
}

// Anchors of things that are not prose inside a paragraph; each is then widened to its whitespace-bounded chunk.
const INLINE_ANCHOR = /:\/\/|\bwww\.|\bmailto:|@|\.[a-z]{2}/gi;

const isW = (c: number) => c === 119 || c === 87;

/**
 * Can INLINE_ANCHOR match in `unit`? Every match holds "@", ":", "www." or a dot before two letters; most
 * paragraphs have none of them (their dots end sentences), and a few native searches are cheaper than the regex.
 */
export function mayHoldAnchor(unit: string): boolean {
  if (unit.includes('@') || unit.includes(':')) return true;
  for (let dot = unit.indexOf('.'); dot >= 0; dot = unit.indexOf('.', dot + 1)) {
    if (isAsciiLetter(unit.charCodeAt(dot + 1)) && isAsciiLetter(unit.charCodeAt(dot + 2))) return true;
    if (dot >= 3 && isW(unit.charCodeAt(dot - 1)) && isW(unit.charCodeAt(dot - 2)) && isW(unit.charCodeAt(dot - 3))) return true;
  }
  return false;
}
const URL_CHUNK = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)\S+$/i;
const EMAIL_CHUNK = /^[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;
/** Bare domains with a public suffix ("acme.com/pricing") read as web addresses; internal host names do not. */
const DOMAIN_CHUNK =
  /^(?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|io|co|uk|us|eu|de|fr|nl|be|ie|au|nz|ca|in|info|biz|app|ai|me|tv)(?::\d+)?(?:\/\S*)?$/i;
/** Punctuation that ends a sentence around an address ("see acme.com/pricing)."), not part of it. */
const TRAILING_PUNCTUATION = new Set([...'.,;:!?)]}"\'”’>'].map((c) => c.charCodeAt(0)));
const LEADING_PUNCTUATION = /^[(<["'“‘]+/;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000;
}

/**
 * Ranges inside one paragraph that are not prose: URLs, email addresses, bare web domains and `code in
 * backticks`. Offsets are relative to `unit`, sorted, not overlapping.
 */
export function findInlineSkips(unit: string): TextRange[] {
  const ranges: TextRange[] = [];
  if (unit.includes('`')) {
    const code = /`[^`\n]*`/g;
    for (let m = code.exec(unit); m !== null; m = code.exec(unit)) ranges.push({ start: m.index, end: m.index + m[0].length });
  }
  if (!mayHoldAnchor(unit)) return ranges;
  INLINE_ANCHOR.lastIndex = 0;
  for (let m = INLINE_ANCHOR.exec(unit); m !== null; m = INLINE_ANCHOR.exec(unit)) {
    let start = m.index;
    while (start > 0 && !isSpace(unit.charCodeAt(start - 1))) start--;
    let end = m.index + m[0].length;
    while (end < unit.length && !isSpace(unit.charCodeAt(end))) end++;
    INLINE_ANCHOR.lastIndex = end;
    if (end - start > 2048) continue;
    let chunk = unit.slice(start, end);
    const lead = LEADING_PUNCTUATION.exec(chunk)?.[0].length ?? 0;
    chunk = chunk.slice(lead);
    // "https://x.com/a)." keeps a closing bracket only when the URL opened one.
    // A backward loop, not /[…]+$/: that regex restarts at every character of a run of dots and rescans it to the
    // end, which was quadratic in the run ("http://a" and 2,000 dots took 9 ms; 200,000 characters of them, 2.5 s).
    let coreEnd = chunk.length;
    while (coreEnd > 0 && TRAILING_PUNCTUATION.has(chunk.charCodeAt(coreEnd - 1))) coreEnd--;
    const core = chunk.slice(0, coreEnd);
    if (URL_CHUNK.test(core) || EMAIL_CHUNK.test(core) || DOMAIN_CHUNK.test(core)) {
      ranges.push({ start: start + lead, end: start + lead + core.length });
    }
  }
  if (ranges.length < 2) return ranges;
  ranges.sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [ranges[0]!];
  for (const range of ranges.slice(1)) {
    const last = merged[merged.length - 1]!;
    if (range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push(range);
  }
  return merged;
}

/** `text` with every range replaced by spaces of the same length, so offsets are unchanged. */
export function maskRanges(text: string, ranges: readonly TextRange[]): string {
  if (!ranges.length) return text;
  let out = '';
  let at = 0;
  for (const { start, end } of ranges) {
    out += text.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return out + text.slice(at);
}
