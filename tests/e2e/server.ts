/** A static file server on 127.0.0.1 for the end-to-end test pages; nothing leaves the machine. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

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
  /** e.g. http://127.0.0.1:40123 */
  origin: string;
  /** Serves `html` at `path` (e.g. "/inline/foo.html") for pages a test builds on the fly. */
  route(path: string, html: string): void;
  close(): Promise<void>;
}

/** Serves files from `roots` (first match wins) plus routes added by tests. */
export async function startServer(roots: string[]): Promise<TestServer> {
  const routes = new Map<string, string>();
  const absoluteRoots = roots.map((r) => resolve(r));
  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const routed = routes.get(path);
    if (routed !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
      res.end(routed);
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
  const server: Server = createServer((req, res) => void serve(req, res));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('test server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    route: (path, html) => void routes.set(path, html),
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
