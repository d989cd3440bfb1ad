import {
  existsSync,
  globSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../../../src/search/build/run/build-index.ts';
import { shardLanguage } from '../../../../src/search/build/plan/shards.ts';
import { INDEX_LANGUAGE } from '../../../../src/search/core/tokens.ts';

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

// Worker threads each start a Pagefind process: on a loaded two-core machine that alone can take seconds.
describe('writeSearchIndex', { timeout: 60_000 }, () => {
  it('indexes every record page in worker threads, one shard each, and publishes the bundle', async () => {
    const result = await writeSearchIndex(join(dir, 'dist'), join(dir, 'cache'));
    expect(result).toMatchObject({ indexed: 2, shards: 2, reused: 0 });
    expect(existsSync(join(dir, 'dist', 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(dir, 'dist', 'pagefind', 'news-2024', 'pagefind-entry.json'))).toBe(true);
    expect(existsSync(join(dir, 'dist', 'pagefind', 'fold.json'))).toBe(true);
    // Each shard's pages are named under its own language, so no two shards' ids can meet by chance.
    const ids = readdirSync(join(dir, 'dist', 'pagefind', 'records')).map((file) => file.replace(/\.json$/, ''));
    expect(ids.map((id) => id.split('_')[0]).sort()).toEqual([INDEX_LANGUAGE, shardLanguage('news-2024')].sort());
    const again = await writeSearchIndex(join(dir, 'dist'), join(dir, 'cache'));
    expect(again.reused).toBe(2);
  });

  it('indexes a shard again when one of its pages gets an id another shard holds, and publishes both', async () => {
    const records = () =>
      new Map(
        readdirSync(join(dir, 'dist', 'pagefind', 'records')).map((file) => [
          file.replace(/\.json$/, ''),
          (JSON.parse(readFileSync(join(dir, 'dist', 'pagefind', 'records', file), 'utf8')) as { url: string }).url,
        ]),
      );
    await writeSearchIndex(join(dir, 'dist'), join(dir, 'cache'));
    const id = [...records()].find(([, url]) => url === '/news/2024/a/')![0];
    // Pagefind's ids are short hashes: make the cached entries shard hold the same id, as a chance clash would.
    const [entries] = globSync('entries-*/records', { cwd: join(dir, 'cache') });
    writeFileSync(join(dir, 'cache', entries!, `${id}.json`), JSON.stringify({ url: '/people/x/', title: '丙' }));
    // A new page changes the news shard, which is indexed again; the clashing page's own id stays.
    page('news/2024/c/index.html', '<main data-search-record="news"><h1>家庭教育</h1><p>家长课堂。</p></main>');

    const result = await writeSearchIndex(join(dir, 'dist'), join(dir, 'cache'));
    expect(result).toMatchObject({ indexed: 3, reused: 1 });
    const placed = records();
    expect(placed.get(id)).toBe('/people/x/');
    const moved = [...placed].filter(([, url]) => url === '/news/2024/a/');
    expect(moved).toHaveLength(1);
    expect(moved[0]![0]).not.toBe(id);
    // The cache keeps the shard as indexed the second time, so the next build reuses it without a clash.
    expect((await writeSearchIndex(join(dir, 'dist'), join(dir, 'cache'))).reused).toBe(2);
    expect(records()).toEqual(placed);
  });

  it('fails with the page and the reason when a worker cannot index a page, not with a hang', async () => {
    page('news/2024/c/index.html', '<main data-search-record="news"><p>没有标题</p></main>');
    await expect(writeSearchIndex(join(dir, 'dist'), join(dir, 'cache'))).rejects.toThrow(
      /\/news\/2024\/c\/: the search record has no <h1>/,
    );
  });

  it('has every worker finish before it fails, so nothing writes into the cache afterwards', async () => {
    // The entries shard fails at once; the other worker is still indexing a news shard of many pages.
    page('people/c/index.html', '<main data-search-record="person"><p>没有标题</p></main>');
    for (let n = 0; n < 60; n++)
      page(
        `news/2023/p${n}/index.html`,
        `<main data-search-record="news"><h1>第${n}期</h1><p>${'巾帼建功'.repeat(400)}</p></main>`,
      );
    await expect(writeSearchIndex(join(dir, 'dist'), join(dir, 'cache'))).rejects.toThrow(/\/people\/c\//);
    rmSync(join(dir, 'cache'), { recursive: true, force: true });
    // A worker still running would write its shard into the cache, making the folder again.
    await new Promise((done) => setTimeout(done, 2000));
    expect(existsSync(join(dir, 'cache'))).toBe(false);
  });
});
