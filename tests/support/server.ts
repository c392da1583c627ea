/**
 * Local fixture server. Pages are served under the real sites' hostnames (the browsers map
 * every hostname to 127.0.0.1), so the shipped manifest never has to match localhost.
 * Routes: each fixture's `url` in tests/fixtures/pages/manifest.json, `/fixtures/NAME`, and
 * pages built by tests (`addRoute`).
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { readManifest } from '../fixtures/pages/manifest';
import { PAGES_DIR, renderFixture } from './fixtures';

/** Fixture URLs and verdicts; titles stay unresolved so `npm start` works without ../shared. */
export { readManifest as loadManifest } from '../fixtures/pages/manifest';

export interface FixtureServer {
  port: number;
  /** The URL a fixture is served at (host mapped to this server; port added when not 80). */
  urlOf(fileOrUrl: string): string;
  addRoute(hostAndPath: string, html: () => string): void;
  /** Serve exact bytes with a given Content-Type (a page in GBK, a wrong charset declaration). */
  addBytesRoute(hostAndPath: string, bytes: () => Uint8Array, contentType: string): void;
  close(): Promise<void>;
}

const stripPort = (host: string) => host.replace(/:\d+$/, '');

export async function startFixtureServer(preferredPort = process.getuid?.() === 0 ? 80 : 0): Promise<FixtureServer> {
  const manifest = readManifest();
  const routes = new Map<string, () => string>();
  const byteRoutes = new Map<string, { bytes: () => Uint8Array; contentType: string }>();
  for (const [file, entry] of Object.entries(manifest)) {
    const u = new URL(entry.url);
    routes.set(u.host + u.pathname + u.search, () => renderFixture(file));
  }
  const server: Server = createServer((req, res) => {
    const host = stripPort(req.headers.host ?? 'localhost');
    const path = req.url ?? '/';
    const raw = byteRoutes.get(host + path);
    if (raw) {
      // Cacheable like a real article page: the extension re-reads the page's bytes from the cache.
      res.writeHead(200, { 'content-type': raw.contentType, 'cache-control': 'max-age=600' });
      res.end(Buffer.from(raw.bytes()));
      return;
    }
    let render = routes.get(host + path);
    const m = /^\/fixtures\/([\w.-]+\.html)$/.exec(path);
    if (!render && m && existsSync(join(PAGES_DIR, m[1]))) render = () => renderFixture(m[1]);
    if (!render) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><meta charset="utf-8"><title>404</title><h1>404 页面不存在</h1>');
      return;
    }
    try {
      const body = render();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(body);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(e));
    }
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      if (preferredPort !== 0 && (e.code === 'EADDRINUSE' || e.code === 'EACCES')) {
        server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
      } else reject(e);
    });
    server.listen(preferredPort, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
  const withPort = (url: string) => {
    const u = new URL(url);
    if (port !== 80) u.port = String(port);
    return u.toString();
  };
  return {
    port,
    urlOf: (fileOrUrl) => withPort(manifest[fileOrUrl]?.url ?? (fileOrUrl.includes('://') ? fileOrUrl : `http://fixtures.zhengwen.test/fixtures/${fileOrUrl}`)),
    addRoute: (hostAndPath, html) => routes.set(hostAndPath, html),
    addBytesRoute: (hostAndPath, bytes, contentType) => byteRoutes.set(hostAndPath, { bytes, contentType }),
    close: () => new Promise((r) => server.close(() => r())),
  };
}
