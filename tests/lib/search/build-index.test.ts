import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../../src/lib/search/build-index.ts';

let dir: string;
const page = (file: string, body: string) => {
  mkdirSync(join(dir, 'dist', file, '..'), { recursive: true });
  writeFileSync(join(dir, 'dist', file), `<!doctype html><html lang="zh-Hans"><body>${body}</body></html>`);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'build-index-'));
  page(
    'news/2024/a/index.html',
    '<main data-search-record="news" data-search-date="2024-03-08"><h1>巾帼志愿服务</h1><p>妇女微家开展活动。</p></main>',
  );
  page('people/b/index.html', '<main data-search-record="person"><h1>方淑玲</h1><p>最美执委。</p></main>');
  page('news/index.html', '<main><h1>新闻</h1></main>');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeSearchIndex', () => {
  it('indexes every record page in worker threads, one shard each, and publishes the bundle', async () => {
    const result = await writeSearchIndex(join(dir, 'dist'), join(dir, 'cache'));
    expect(result).toMatchObject({ indexed: 2, shards: 2, reused: 0 });
    expect(existsSync(join(dir, 'dist', 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(dir, 'dist', 'pagefind', 'news-2024', 'pagefind-entry.json'))).toBe(true);
    expect(existsSync(join(dir, 'dist', 'pagefind', 'fold.json'))).toBe(true);
    const again = await writeSearchIndex(join(dir, 'dist'), join(dir, 'cache'));
    expect(again.reused).toBe(2);
  });

  it('fails with the page and the reason when a worker cannot index a page, not with a hang', async () => {
    page('news/2024/c/index.html', '<main data-search-record="news"><p>没有标题</p></main>');
    await expect(writeSearchIndex(join(dir, 'dist'), join(dir, 'cache'))).rejects.toThrow(
      /\/news\/2024\/c\/: the search record has no <h1>/,
    );
  });
});
