import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** MIME types of what the build contains. `.wasm` must be application/wasm for streaming compilation. */
export const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.parquet': 'application/vnd.apache.parquet',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  /** The served root's URL, ending in the base path (e.g. `http://127.0.0.1:5173/evallens/`). */
  url: string;
  server: Server;
  close(): Promise<void>;
}

export interface ServeOptions {
  root: string;
  /** Sub-path the app is served under, e.g. `/evallens/` (default `/`). */
  basePath?: string;
  port?: number;
  host?: string;
}

/**
 * A plain static file server (node:http): GET/HEAD of files under `root`, at
 * `basePath`; no special headers (no COOP/COEP), no SPA fallback, no escaping
 * the root. Enough to show that the built app runs from any static server. It
 * sends the validators every web server sends (ETag, Last-Modified) and answers
 * a conditional request for an unchanged file with 304.
 */
export function serveStatic({ root, basePath = '/', port = 0, host = '127.0.0.1' }: ServeOptions): Promise<StaticServer> {
  const base = `/${basePath.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const rootDir = resolve(root);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    if (url.pathname === base.slice(0, -1)) {
      res.writeHead(301, { Location: base }).end();
      return;
    }
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = normalize(join(rootDir, relative.endsWith('/') ? `${relative}index.html` : relative));
    if (file !== rootDir && !file.startsWith(rootDir + sep)) {
      res.writeHead(403).end();
      return;
    }
    let size: number;
    let modified: Date;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) throw new Error('not a file');
      size = stat.size;
      modified = stat.mtime;
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    // Validators, as any web server sends them: a browser keeps the files (DuckDB-WASM's 34 MB module, the Parquet
    // files) and asks again only whether they changed (no-cache: a new build or ingest is seen at once), and Chromium
    // keeps the module's compiled code beside its cached copy, so a second visit neither downloads nor compiles it again.
    const etag = `"${size.toString(16)}-${Math.floor(modified.getTime()).toString(16)}"`;
    const validators = { ETag: etag, 'Last-Modified': modified.toUTCString(), 'Cache-Control': 'no-cache' };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, validators).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': size,
      ...validators,
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address() as AddressInfo;
      resolvePromise({
        url: `http://${host}:${actual}${base}`,
        server,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
