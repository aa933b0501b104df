/**
 * A static file server on 127.0.0.1 for the end-to-end test pages; nothing leaves the machine. Over HTTP by
 * default; over HTTPS with a test certificate for the pages served under real host names (see hosts.ts).
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { TlsCertificate } from './tls.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface TestServer {
  /** e.g. http://127.0.0.1:40123 (https://… for a TLS server). */
  origin: string;
  port: number;
  /**
   * Serves `html` at `path` (e.g. "/inline/foo.html") for pages a test builds on the fly, with extra response
   * headers (a Content-Security-Policy, say).
   */
  route(path: string, html: string, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Serve HTTPS with this certificate. */
  tls?: TlsCertificate;
}

/** Serves files from `roots` (first match wins) plus routes added by tests. */
export async function startServer(roots: string[], options: ServerOptions = {}): Promise<TestServer> {
  const routes = new Map<string, { html: string; headers: Record<string, string> }>();
  const absoluteRoots = roots.map((r) => resolve(r));
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const routed = routes.get(path);
    if (routed !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store', ...routed.headers });
      res.end(routed.html);
      return;
    }
    for (const root of absoluteRoots) {
      const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
      if (!file.startsWith(root)) break;
      try {
        if (!(await stat(file)).isFile()) continue;
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        res.end(await readFile(file));
        return;
      } catch {
        // try the next root
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  };
  const listener = (req: IncomingMessage, res: ServerResponse) => void handle(req, res);
  const server: Server = options.tls
    ? createHttpsServer({ key: options.tls.key, cert: options.tls.cert }, listener)
    : createHttpServer(listener);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('test server has no port');
  return {
    origin: `${options.tls ? 'https' : 'http'}://127.0.0.1:${address.port}`,
    port: address.port,
    route: (path, html, headers = {}) => void routes.set(path, { html, headers }),
    close: () =>
      new Promise<void>((done) => {
        // Browsers keep connections open; they must not hold the test run up.
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
