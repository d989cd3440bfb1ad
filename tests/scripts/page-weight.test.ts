import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatKb, gzipSize, pageAssets, pageWeight } from '../../scripts/lib/page-weight.ts';

const PAGE = `<!doctype html><html><head>
<link rel="stylesheet" href="/_astro/site.css"><link rel="stylesheet" href="https://cdn.example.com/x.css">
<link rel="modulepreload" href="/_astro/chunk.js"><link rel="icon" href="/favicon.svg">
<script>console.log('inline')</script><script type="module" src="/_astro/page.js"></script>
</head><body><p>巾帼之窗</p><img src="/_astro/cover.webp"></body></html>`;

let dist: string;

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'jinguo-weight-'));
  mkdirSync(join(dist, '_astro'));
  mkdirSync(join(dist, 'news'));
  writeFileSync(join(dist, 'news', 'index.html'), PAGE);
  writeFileSync(join(dist, '_astro', 'site.css'), 'body{color:#1c1b1a}'.repeat(100));
  writeFileSync(join(dist, '_astro', 'chunk.js'), 'export const a = 1;');
  writeFileSync(join(dist, '_astro', 'page.js'), 'import "./chunk.js";');
});

afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('pageAssets', () => {
  it('finds same-site stylesheets, scripts and preloaded modules, not icons, images or other hosts', () => {
    expect(pageAssets(PAGE)).toEqual({ css: ['/_astro/site.css'], js: ['/_astro/chunk.js', '/_astro/page.js'] });
  });
});

describe('pageWeight', () => {
  it('adds up the gzip size of the page and everything it loads', () => {
    const weight = pageWeight(dist, '/news/');
    expect(weight.html).toBe(gzipSize(PAGE));
    expect(weight.css).toBe(gzipSize('body{color:#1c1b1a}'.repeat(100)));
    expect(weight.js).toBe(gzipSize('export const a = 1;') + gzipSize('import "./chunk.js";'));
    expect(weight.total).toBe(weight.html + weight.css + weight.js);
    expect(weight.files).toEqual(['/_astro/site.css', '/_astro/chunk.js', '/_astro/page.js']);
    // Repetitive CSS compresses far below its raw size.
    expect(weight.css).toBeLessThan(200);
  });
});

describe('formatKb', () => {
  it('prints kilobytes with one decimal', () => {
    expect(formatKb(30 * 1024)).toBe('30.0 KB');
    expect(formatKb(1536)).toBe('1.5 KB');
  });
});
