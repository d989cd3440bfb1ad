import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRangeResponse } from '../../src/search/core/records.ts';
import { contentTypeOf, isCompressible, serveStatic, type StaticServer } from '../browser/support/static-server.ts';

let dist: string;
let server: StaticServer;

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'jinguo-static-'));
  await mkdir(join(dist, 'news', '2024'), { recursive: true });
  await mkdir(join(dist, '_astro'));
  await mkdir(join(dist, 'empty'));
  await writeFile(join(dist, 'index.html'), '<h1>首页</h1>');
  await writeFile(join(dist, 'news', '2024', 'index.html'), '<h1>2024年新闻</h1>');
  await writeFile(join(dist, '404.html'), '<h1>页面不存在</h1>');
  await writeFile(join(dist, '_astro', 'app.css'), 'body{}');
  await writeFile(join(dist, '_astro', 'app.js'), 'export {};');
  await writeFile(join(dist, 'rss.xml'), '<rss/>');
  await writeFile(join(dist, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await writeFile(join(dist, '吉林.txt'), '吉林');
  server = await serveStatic(dist);
});

afterAll(async () => {
  await server?.close();
  if (dist) await rm(dist, { recursive: true, force: true });
});

/** fetch() would follow redirects and normalise `..`; this sends the path exactly as written. */
function get(path: string, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((done, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('serveStatic', () => {
  it('listens on 127.0.0.1 on a random port', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
    expect(server.url('/news/')).toBe(`${server.origin}/news/`);
  });

  it('serves index.html for the root and for directories', async () => {
    expect(await get('/')).toMatchObject({ status: 200, body: '<h1>首页</h1>' });
    const news = await get('/news/2024/');
    expect(news).toMatchObject({ status: 200, body: '<h1>2024年新闻</h1>' });
    expect(news.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('redirects a directory without its trailing slash, keeping the query', async () => {
    const response = await get('/news/2024?page=2');
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('/news/2024/?page=2');
  });

  it('serves 404.html with status 404 for missing files and directories without an index', async () => {
    for (const path of ['/no-such-page/', '/news/2023/', '/missing.css', '/empty/']) {
      const response = await get(path);
      expect(response, path).toMatchObject({ status: 404, body: '<h1>页面不存在</h1>' });
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    }
  });

  it('sends the content type of each file', async () => {
    expect((await get('/_astro/app.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await get('/_astro/app.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await get('/rss.xml')).headers['content-type']).toBe('application/xml; charset=utf-8');
    expect((await get('/logo.png')).headers['content-type']).toBe('image/png');
  });

  it('decodes percent-encoded Chinese file names', async () => {
    expect(await get(`/${encodeURIComponent('吉林')}.txt`)).toMatchObject({ status: 200, body: '吉林' });
  });

  it('answers HEAD with headers only', async () => {
    const response = await get('/', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers['content-length']).toBe(String(Buffer.byteLength('<h1>首页</h1>')));
    expect(response.body).toBe('');
  });

  it('refuses other methods', async () => {
    expect((await get('/', 'POST')).status).toBe(405);
  });

  it('never serves files outside the root', async () => {
    for (const path of ['/../package.json', '/..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.body).toBe('<h1>页面不存在</h1>');
    }
  });

  it('rejects malformed percent-encoding', async () => {
    expect((await get('/%E4%B8')).status).toBe(400);
  });
});

describe('contentTypeOf', () => {
  it('knows the types a built site contains, and falls back to octet-stream', () => {
    expect(contentTypeOf('/a/b.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('x.woff2')).toBe('font/woff2');
    expect(contentTypeOf('x.svg')).toBe('image/svg+xml');
    expect(contentTypeOf('x.webp')).toBe('image/webp');
    expect(contentTypeOf('x.json')).toBe('application/json; charset=utf-8');
    expect(contentTypeOf('pagefind/fragment/zh_1.pf_fragment')).toBe('application/octet-stream');
  });
});

describe('serveStatic with compression', () => {
  it('gzips text for clients that accept it, as a host does, and sends pictures and unknown files as they are', async () => {
    const gzipped = await serveStatic(dist, { compress: true });
    try {
      const fetchRaw = (path: string, encoding = 'gzip') =>
        new Promise<{ headers: Record<string, unknown>; body: Buffer }>((done, fail) => {
          const req = request(
            { host: '127.0.0.1', port: gzipped.port, path, headers: { 'accept-encoding': encoding } },
            (res) => {
              const chunks: Buffer[] = [];
              res.on('data', (chunk: Buffer) => chunks.push(chunk));
              res.on('end', () => done({ headers: res.headers, body: Buffer.concat(chunks) }));
            },
          );
          req.on('error', fail);
          req.end();
        });
      const page = await fetchRaw('/');
      expect(page.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(page.body).toString('utf8')).toBe('<h1>首页</h1>');
      expect((await fetchRaw('/logo.png')).headers['content-encoding']).toBeUndefined();
      expect((await fetchRaw('/', 'identity')).headers['content-encoding']).toBeUndefined();
    } finally {
      await gzipped.close();
    }
  });
});

describe('isCompressible', () => {
  it('is true for the text types a host compresses', () => {
    for (const type of [
      'text/html; charset=utf-8',
      'application/json; charset=utf-8',
      'image/svg+xml',
      'text/javascript',
    ])
      expect(isCompressible(type), type).toBe(true);
    for (const type of ['image/png', 'application/wasm', 'application/octet-stream', 'font/woff2'])
      expect(isCompressible(type), type).toBe(false);
  });
});

describe('serveStatic with ranges', () => {
  /** Sends a request with these headers to a server and reads the raw body. */
  function fetchRaw(port: number, path: string, headers: Record<string, string>) {
    return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((done, fail) => {
      const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', fail);
      req.end();
    });
  }

  const file = Buffer.from('0123456789abcdefghij');
  const serve = async (ranges?: 'multipart' | 'first' | 'none') => {
    await writeFile(join(dist, 'records.bin'), file);
    return serveStatic(dist, ranges ? { ranges } : {});
  };

  it('sends one range with its Content-Range, and several as multipart/byteranges, as nginx does', async () => {
    const host = await serve();
    try {
      const one = await fetchRaw(host.port, '/records.bin', { range: 'bytes=2-5' });
      expect(one.status).toBe(206);
      expect(one.headers['content-range']).toBe('bytes 2-5/20');
      expect(one.body.toString()).toBe('2345');

      const several = await fetchRaw(host.port, '/records.bin', { range: 'bytes=0-1,10-12' });
      expect(several.status).toBe(206);
      const type = String(several.headers['content-type']);
      expect(type).toMatch(/^multipart\/byteranges; boundary=/);
      const parts = readRangeResponse(type, null, new Uint8Array(several.body));
      expect(parts.map(({ start, bytes }) => [start, Buffer.from(bytes).toString()])).toEqual([
        [0, '01'],
        [10, 'abc'],
      ]);
      expect(Number(several.headers['content-length'])).toBe(several.body.length);

      expect((await fetchRaw(host.port, '/records.bin', { range: 'bytes=30-40' })).status).toBe(416);
    } finally {
      await host.close();
    }
  });

  it('can act as hosts that send only the first range, or ignore ranges', async () => {
    const first = await serve('first');
    try {
      const answer = await fetchRaw(first.port, '/records.bin', { range: 'bytes=0-1,10-12' });
      expect(answer.status).toBe(206);
      expect(answer.headers['content-range']).toBe('bytes 0-1/20');
      expect(answer.body.toString()).toBe('01');
    } finally {
      await first.close();
    }
    const none = await serve('none');
    try {
      const answer = await fetchRaw(none.port, '/records.bin', { range: 'bytes=0-1' });
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual(file);
    } finally {
      await none.close();
    }
  });
});
