import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import parseRange from 'range-parser';

/**
 * Serves a built `dist/` the way a plain static host does: `index.html` for
 * directories, `404.html` with status 404 for anything missing. Listens on
 * 127.0.0.1 on a random free port.
 */
export interface StaticServer {
  /** Origin with no trailing slash, e.g. http://127.0.0.1:41234 */
  origin: string;
  port: number;
  /** Absolute URL of a site path: `server.url('/news/')`. */
  url: (path?: string) => string;
  close: () => Promise<void>;
}

export const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

export function contentTypeOf(file: string): string {
  return contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface ServeOptions {
  /**
   * Gzip text (HTML, CSS, JavaScript, JSON, SVG, XML) for clients that accept
   * it, as almost every host does; the benchmark counts bytes that way.
   * Off by default, so tests see files byte for byte.
   */
  compress?: boolean;
  /**
   * Sees every request first and passes on those it does not answer: the editor's local backend beside a
   * built site (scripts/lib/admin-server.ts).
   */
  middleware?: (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
  /**
   * How a `Range` header is answered, as the hosts a site may be on do:
   * `multipart` (nginx, the default) sends every range asked for, several in
   * one `multipart/byteranges` response; `first` sends only the first (some
   * CDNs and small servers); `none` ignores it and sends the whole file
   * (Python's http.server). The search page's batches rely on them.
   */
  ranges?: 'multipart' | 'first' | 'none';
}

/** Whether a host with compression on would gzip this type. */
export function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(json|xml|javascript|manifest\+json|rss\+xml)|image\/svg\+xml)/.test(contentType);
}

export async function serveStatic(rootDir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(rootDir);
  const server = createServer((request, response) => {
    const serve = () =>
      handle(root, request, response, options).catch((error: unknown) => {
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        response.end(`500 ${error instanceof Error ? error.message : String(error)}`);
      });
    if (options.middleware) options.middleware(request, response, () => void serve());
    else void serve();
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (path = '/') => new URL(path, origin).href,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      }),
  };
}

async function handle(
  root: string,
  request: IncomingMessage,
  response: ServerResponse,
  options: ServeOptions,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
    response.end('405 Method Not Allowed');
    return;
  }
  const { pathname, search } = new URL(request.url ?? '/', 'http://127.0.0.1');
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('400 Bad Request');
    return;
  }
  const target = resolve(root, `.${decoded}`);
  const inside = relative(root, target);
  if (inside.startsWith(`..${sep}`) || inside === '..' || decoded.includes('\0')) {
    await sendNotFound(root, request, response, options);
    return;
  }

  const found = await statOrUndefined(target);
  if (found?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      // As static hosts do: /news → /news/, so relative links in the page resolve.
      response.writeHead(301, { location: `${pathname}/${search}` });
      response.end();
      return;
    }
    const index = join(target, 'index.html');
    const indexStat = await statOrUndefined(index);
    if (indexStat?.isFile()) return sendFile(index, indexStat.size, 200, request, response, options);
  } else if (found?.isFile()) {
    return sendFile(target, found.size, 200, request, response, options);
  }
  await sendNotFound(root, request, response, options);
}

async function sendNotFound(
  root: string,
  request: IncomingMessage,
  response: ServerResponse,
  options: ServeOptions,
): Promise<void> {
  const page = join(root, '404.html');
  const pageStat = await statOrUndefined(page);
  if (pageStat?.isFile()) return sendFile(page, pageStat.size, 404, request, response, options);
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('404 Not Found');
}

function sendFile(
  file: string,
  size: number,
  status: number,
  request: IncomingMessage,
  response: ServerResponse,
  options: ServeOptions,
) {
  const type = contentTypeOf(file);
  const gzip = options.compress && isCompressible(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  // As nginx: ranges of a file sent whole, never of one compressed on the way.
  const range = request.headers.range;
  const ranges = options.ranges ?? 'multipart';
  if (status === 200 && range && !gzip && ranges !== 'none')
    return sendRanges(file, size, type, range, request, response, ranges);
  response.writeHead(status, {
    'content-type': type,
    ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : { 'content-length': size }),
    'cache-control': 'no-store',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  const stream = createReadStream(file);
  if (gzip) stream.pipe(createGzip()).pipe(response);
  else stream.pipe(response);
}

const BOUNDARY = 'jinguo-byteranges';

function sendRanges(
  file: string,
  size: number,
  type: string,
  header: string,
  request: IncomingMessage,
  response: ServerResponse,
  mode: 'multipart' | 'first',
): void {
  const parsed = parseRange(size, header, { combine: true });
  if (parsed === -1) {
    response.writeHead(416, { 'content-range': `bytes */${size}`, 'cache-control': 'no-store' });
    response.end();
    return;
  }
  if (parsed === -2 || parsed.type !== 'bytes') {
    response.writeHead(200, { 'content-type': type, 'content-length': size, 'cache-control': 'no-store' });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
    return;
  }
  const ranges = mode === 'first' ? parsed.slice(0, 1) : [...parsed];
  const head = { 'accept-ranges': 'bytes', 'cache-control': 'no-store' };
  if (ranges.length === 1) {
    const [{ start, end }] = ranges as [{ start: number; end: number }];
    response.writeHead(206, {
      ...head,
      'content-type': type,
      'content-range': `bytes ${start}-${end}/${size}`,
      'content-length': end - start + 1,
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file, { start, end }).pipe(response);
    return;
  }
  const parts = ranges.map(({ start, end }) => ({
    start,
    end,
    head: `--${BOUNDARY}\r\ncontent-type: ${type}\r\ncontent-range: bytes ${start}-${end}/${size}\r\n\r\n`,
  }));
  const tail = `\r\n--${BOUNDARY}--\r\n`;
  const length =
    parts.reduce(
      (sum, part, index) => sum + (index > 0 ? 2 : 0) + Buffer.byteLength(part.head) + part.end - part.start + 1,
      0,
    ) + Buffer.byteLength(tail);
  response.writeHead(206, {
    ...head,
    'content-type': `multipart/byteranges; boundary=${BOUNDARY}`,
    'content-length': length,
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  // Only the ranges are read, as a host does: a record file may be tens of MB.
  void (async () => {
    const handle = await open(file);
    try {
      for (const [index, part] of parts.entries()) {
        const bytes = Buffer.alloc(part.end - part.start + 1);
        await handle.read(bytes, 0, bytes.length, part.start);
        response.write(`${index > 0 ? '\r\n' : ''}${part.head}`);
        response.write(bytes);
      }
    } finally {
      await handle.close();
    }
    response.end(tail);
  })().catch((error: unknown) => response.destroy(error instanceof Error ? error : new Error(String(error))));
}

async function statOrUndefined(path: string) {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}
