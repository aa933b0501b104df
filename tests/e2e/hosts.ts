/**
 * Serving the test pages under the real host names of the built-in sites (https://teams.cloud.microsoft/…), so
 * the end-to-end tests exercise the production match patterns rather than the test build's extra 127.0.0.1
 * pattern. The pages come from a local HTTPS server with a throwaway certificate; the browser is told that
 * those names (and only those) live on 127.0.0.1: Chromium by its host-resolver rules, Firefox (which has no
 * such switch) through a local proxy that connects those names to the server and refuses everything else.
 * Nothing is resolved or fetched on the network.
 */
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { BUILT_IN_SITES, BUILT_IN_SITE_NAMES, builtInSiteHost, type BuiltInSite } from '../../extension/sites.ts';

/** Every built-in site's host. */
export const REAL_HOSTS: readonly string[] = BUILT_IN_SITES.map(builtInSiteHost);

/**
 * A host that is not a built-in site but looks like one, mapped to the same server: the control that shows the
 * extension runs on the listed hosts because they are listed, not because every mapped name gets it.
 */
export const LOOKALIKE_HOST = 'outlook.cloud.microsoft.example.com';

/** Every name the test server answers for. */
export const MAPPED_HOSTS: readonly string[] = [...REAL_HOSTS, LOOKALIKE_HOST];

/** The test page that stands for the app a built-in site serves: its compose box, as that app builds it. */
export function pageForSite(pattern: BuiltInSite): string {
  const name = BUILT_IN_SITE_NAMES[pattern];
  if (name.startsWith('Gmail')) return 'gmail.html';
  if (name.startsWith('Outlook')) return 'outlook.html';
  if (name.startsWith('Teams')) return 'teams.html';
  if (name.startsWith('Slack')) return 'quill.html';
  throw new Error(`No test page stands for ${name} (${pattern}): add one to tests/e2e/hosts.ts.`);
}

/**
 * Chromium flags that send the mapped names to the HTTPS server on 127.0.0.1:`port`, past the closed proxy the
 * harness routes all other traffic to, and accept the test certificate.
 */
export function chromiumHostArgs(port: number): string[] {
  return [
    `--host-resolver-rules=${MAPPED_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ')}`,
    `--proxy-bypass-list=${MAPPED_HOSTS.join(';')}`,
    '--ignore-certificate-errors',
  ];
}

export interface HostProxy {
  port: number;
  /** Every host a browser asked the proxy for, refused or not (so a test can see nothing else was tried). */
  asked: string[];
  close(): Promise<void>;
}

/**
 * An HTTP proxy on 127.0.0.1 that tunnels HTTPS for the mapped host names to the test server at `httpsPort`,
 * and refuses every other request: the browser behind it reaches those names, and nothing else.
 */
export async function startHostProxy(httpsPort: number): Promise<HostProxy> {
  const asked: string[] = [];
  const tunnels = new Set<{ destroy(): void }>();
  const server: Server = createServer((req, res) => {
    asked.push(req.headers.host ?? req.url ?? '');
    res.writeHead(403).end();
  });
  server.on('connect', (req, client, head) => {
    const [host = '', port = ''] = (req.url ?? '').split(':');
    asked.push(host);
    if (!MAPPED_HOSTS.includes(host) || port !== '443') {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(httpsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    tunnels.add(client).add(upstream);
    const end = () => {
      upstream.destroy();
      client.destroy();
      tunnels.delete(client);
      tunnels.delete(upstream);
    };
    upstream.on('close', end);
    client.on('close', end);
    upstream.on('error', end);
    client.on('error', end);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('host proxy has no port');
  return {
    port: address.port,
    asked,
    close: () =>
      new Promise<void>((done) => {
        // Tunnels are the proxy's own sockets once connected: the server no longer counts them.
        for (const socket of tunnels) socket.destroy();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Firefox preferences that send every request through the host proxy (loopback pages still go direct). */
export function firefoxProxyPrefs(proxyPort: number): Record<string, string | number | boolean> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.allow_hijacking_localhost': false,
  };
}
