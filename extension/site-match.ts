/**
 * Whether a page's URL falls under a match pattern such as "https://app.slack.com/*". Patterns come from the
 * user's settings and from the organisation's policy, so they are data from outside: each is matched in one
 * scan of the URL, never through a regular expression that could backtrack.
 */
export function urlMatchesPattern(url: string, pattern: string): boolean {
  const parsed = /^(\*|https?|file):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!parsed) return false;
  const [, scheme, host, path] = parsed;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  const targetScheme = target.protocol.slice(0, -1);
  if (scheme === '*' ? targetScheme !== 'http' && targetScheme !== 'https' : scheme !== targetScheme) return false;
  const hostOk =
    host === '*' ||
    (host!.startsWith('*.') ? target.hostname === host!.slice(2) || target.hostname.endsWith(host!.slice(1)) : target.hostname === host);
  return hostOk && globMatches(target.pathname + target.search, path!);
}

/**
 * Whether `text` matches `glob`, where `*` stands for any run of characters and everything else for itself. The
 * first piece must start the text and the last must end it; each piece between is taken at its first place after
 * the one before, which is always right when `*` is the only wildcard. So the text is scanned once, left to
 * right, however many stars the pattern has (`.*` per star in a regular expression backtracked exponentially).
 */
export function globMatches(text: string, glob: string): boolean {
  const pieces = glob.split('*');
  if (pieces.length === 1) return text === glob;
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (text.length < first.length + last.length || !text.startsWith(first) || !text.endsWith(last)) return false;
  const end = text.length - last.length;
  let at = first.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i]!;
    if (!piece) continue;
    const found = text.indexOf(piece, at);
    if (found < 0 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}
