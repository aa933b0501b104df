/**
 * Records every network request a test browser makes, two ways:
 * - in the browser context: pages, extension pages, content scripts (attributed to their page) and the
 *   extension's service worker, each request with who made it;
 * - at a proxy every request must pass through (`--proxy-server`), so anything that would leave the machine,
 *   from any part of the browser, is seen and refused instead of sent.
 * Loopback addresses bypass the proxy (Chromium's default), so the test server is reached directly; the context
 * recorder sees those requests.
 */
import { createServer, type Server } from 'node:http';
import type { BrowserContext, Request } from 'playwright-core';

export interface RecordedRequest {
  url: string;
  /** `service-worker` for the extension's background, else the URL of the page (or extension page) that made it. */
  from: string;
  method: string;
  resourceType: string;
}

export interface NetworkRecorder {
  /** Requests seen in the browser context, in order. */
  requests: RecordedRequest[];
  /** Requests that reached the proxy: "CONNECT host:443" or "GET http://host/path". */
  proxied: string[];
  /** The Chromium flag that routes the browser's traffic through the proxy. */
  proxyArg: string;
  /** Starts recording a context's requests. */
  watch(context: BrowserContext): void;
  /** Forgets what was recorded so far. */
  clear(): void;
  close(): Promise<void>;
}

function originOf(request: Request): string {
  if (request.serviceWorker()) return 'service-worker';
  try {
    return request.frame().url();
  } catch {
    return 'unknown';
  }
}

/** Starts a refusing proxy on 127.0.0.1 and returns a recorder for it and for a context. */
export async function startNetworkRecorder(): Promise<NetworkRecorder> {
  const requests: RecordedRequest[] = [];
  const proxied: string[] = [];
  const proxy: Server = createServer((req, res) => {
    proxied.push(`${req.method} ${req.url}`);
    res.writeHead(403, { 'content-type': 'text/plain' });
    res.end('blocked by the test proxy: nothing may leave the machine');
  });
  proxy.on('connect', (req, socket) => {
    proxied.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  const address = proxy.address();
  if (!address || typeof address === 'string') throw new Error('proxy has no port');
  return {
    requests,
    proxied,
    proxyArg: `--proxy-server=http://127.0.0.1:${address.port}`,
    watch(context) {
      context.on('request', (request) => {
        requests.push({ url: request.url(), from: originOf(request), method: request.method(), resourceType: request.resourceType() });
      });
    },
    clear() {
      requests.length = 0;
      proxied.length = 0;
    },
    close: () => new Promise<void>((done) => proxy.close(() => done())),
  };
}

/** The host a proxied entry was for: "CONNECT a.b:443" → "a.b", "GET http://a.b/x" → "a.b". */
export function proxiedHost(entry: string): string {
  const target = entry.split(' ')[1] ?? '';
  if (entry.startsWith('CONNECT ')) return target.replace(/:\d+$/, '');
  try {
    return new URL(target).hostname;
  } catch {
    return target;
  }
}
