import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { occupiedFiles, redirectTarget } from '../../src/url-manifest/publish.ts';
import { filesUnder } from '../../src/lib/html-files.ts';

const work = mkdtempSync(join(tmpdir(), 'jinguo-publish-'));
const dist = join(work, 'dist');
mkdirSync(join(dist, 'news/2024/b'), { recursive: true });
for (const file of ['index.html', '404.html', 'favicon.svg', 'rss.xml', 'news/2024/b/index.html'])
  writeFileSync(join(dist, file), 'x');
const occupied = new Set(['index.html', '404.html', 'favicon.svg', 'rss.xml', 'news/2024/b/index.html']);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('redirectTarget: where a redirect page may be written', () => {
  it('writes an old URL inside dist/, as a page or as the file it was', () => {
    expect(redirectTarget(dist, '/news/2023/old/', occupied)).toBe(join(dist, 'news/2023/old/index.html'));
    expect(redirectTarget(dist, '/html/2017/0915/123.html', occupied)).toBe(join(dist, 'html/2017/0915/123.html'));
    expect(redirectTarget(dist, '/%E6%97%A7/', occupied)).toBe(join(dist, '旧/index.html'));
  });

  it('never over a file the build wrote, however the path is spelt, nor inside one', () => {
    for (const from of [
      '/',
      '/index.html',
      '/INDEX.HTML',
      '/404.html',
      '/rss.xml',
      '/news/2024/b',
      '/News/2024/B/index.html',
      '/news/./2024/../2024/b/',
      '/favicon.svg',
      '/favicon.svg/x/',
    ])
      expect(redirectTarget(dist, from, occupied), from).toBeUndefined();
  });

  it('never where the build writes after its redirects: the search index, the editor, the sitemap', () => {
    const built = occupiedFiles(filesUnder(dist));
    expect([...built].sort()).toEqual([...occupied].sort());
    for (const from of [
      '/search-index/meta.json',
      '/Search-Index/',
      '/admin/',
      '/admin/vendor/decap-cms.js',
      '/sitemap-index.xml',
      '/sitemap-3.xml',
    ])
      expect(redirectTarget(dist, from, built), from).toBeUndefined();
    expect(redirectTarget(dist, '/search-index-old/', built)).toBe(join(dist, 'search-index-old/index.html'));
  });

  it('never outside dist/: .. however encoded, and no sibling that merely starts with its name', () => {
    for (const from of ['/%2e%2e/dist-pwned/', '/..%2f..%2fx/', '/a/%2E%2E/%2E%2E/x.html', '/%E4%B8'])
      expect(redirectTarget(dist, from, occupied), from).toBeUndefined();
  });
});
