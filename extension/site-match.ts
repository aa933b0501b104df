/** Whether a page's URL falls under a match pattern such as "https://app.slack.com/*". */
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
  if (!hostOk) return false;
  const pathRegex = new RegExp(
    `^${path!
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return pathRegex.test(target.pathname + target.search);
}
