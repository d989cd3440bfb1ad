import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeSearchIndex } from '../../../../src/search/build/run/build-index.ts';
import { buildSearchFold } from '../../../../src/search/build/records/fold-table.ts';
import { IndexAhead } from '../../../../src/search/build/run/index-ahead.ts';

let dir: string;
const outDir = () => join(dir, 'dist');
const cacheDir = () => join(dir, 'cache');
const foldPairs = buildSearchFold().pairs;

const page = (root: string, file: string, body: string) => {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), `<!doctype html><html lang="zh-Hans"><body>${body}</body></html>`);
};
const news = (slug: string, title: string, text = '妇女微家开展活动。') =>
  page(
    outDir(),
    `news/2024/${slug}/index.html`,
    `<main data-search-record="news" data-search-date="2024-03-08"><h1>${title}</h1><p>${text}</p></main>`,
  );
const rendered = (pages: number) => ({ type: 'jinguo:shard-rendered' as const, folder: 'news/2024', pages });

/** Every file of the published search bundle, by path, with its bytes. */
function bundle(root: string): Map<string, string> {
  const files = readdirSync(join(root, 'pagefind'), { recursive: true, withFileTypes: true }).filter((entry) =>
    entry.isFile(),
  );
  return new Map(
    files.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [path.slice(root.length), readFileSync(path).toString('base64')];
    }),
  );
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'index-ahead-'));
  news('a', '巾帼志愿服务');
  page(outDir(), 'news/2024/index.html', '<main><h1>2024 年新闻</h1></main>');
  page(outDir(), 'people/b/index.html', '<main data-search-record="person"><h1>方淑玲</h1><p>最美执委。</p></main>');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// A worker thread starts a Pagefind process: on a loaded two-core machine that alone can take seconds.
describe('IndexAhead', { timeout: 60_000 }, () => {
  it('indexes a rendered year into the cache, where the search stage takes it; the index is the same without it', async () => {
    const ahead = new IndexAhead({ outDir: outDir(), cacheDir: cacheDir(), foldPairs });
    ahead.add(rendered(1));
    await vi.waitFor(() => expect(ahead.stored).toEqual(new Set(['news-2024'])), { timeout: 30_000, interval: 50 });
    const result = await writeSearchIndex(outDir(), cacheDir(), undefined, ahead);
    expect(result).toMatchObject({ indexed: 2, shards: 2, ahead: 1, reused: 0 });

    const plain = join(dir, 'plain');
    mkdirSync(plain);
    for (const file of ['news/2024/a/index.html', 'people/b/index.html'])
      page(plain, file, readFileSync(join(outDir(), file), 'utf8').replace(/^.*<body>|<\/body>.*$/g, ''));
    await writeSearchIndex(plain, join(dir, 'plain-cache'));
    expect(bundle(outDir())).toEqual(bundle(plain));
  });

  it('leaves the year it is on to it when the search stage starts, and takes the shard once it is done', async () => {
    const ahead = new IndexAhead({ outDir: outDir(), cacheDir: cacheDir(), foldPairs });
    ahead.add(rendered(1));
    const result = await writeSearchIndex(outDir(), cacheDir(), undefined, ahead);
    expect(result).toMatchObject({ indexed: 2, shards: 2, ahead: 1, reused: 0 });
  });

  it('waits for pages rendered but not yet written', async () => {
    const ahead = new IndexAhead({ outDir: outDir(), cacheDir: cacheDir(), foldPairs });
    ahead.add(rendered(2));
    setTimeout(() => news('c', '家庭教育'), 150);
    await vi.waitFor(() => expect(ahead.stored.size).toBe(1), { timeout: 30_000, interval: 50 });
    const result = await writeSearchIndex(outDir(), cacheDir(), undefined, ahead);
    expect(result).toMatchObject({ indexed: 3, ahead: 1, reused: 0 });
  });

  it('is not taken when a page has changed since, and the cache keeps the shard as published', async () => {
    const ahead = new IndexAhead({ outDir: outDir(), cacheDir: cacheDir(), foldPairs });
    ahead.add(rendered(1));
    await vi.waitFor(() => expect(ahead.stored.size).toBe(1), { timeout: 30_000, interval: 50 });
    news('a', '巾帼志愿服务', '家长课堂开课。');
    const result = await writeSearchIndex(outDir(), cacheDir(), undefined, ahead);
    expect(result).toMatchObject({ indexed: 2, ahead: 0, reused: 0 });
    const records = readdirSync(join(outDir(), 'pagefind', 'records')).map((file) =>
      readFileSync(join(outDir(), 'pagefind', 'records', file), 'utf8'),
    );
    expect(records.join()).toContain('家长课堂开课');
    expect(readdirSync(cacheDir()).filter((name) => name.startsWith('news-2024-'))).toHaveLength(1);
  });

  it('leaves a page it cannot index to the search stage, which stops the build naming it', async () => {
    page(outDir(), 'news/2024/c/index.html', '<main data-search-record="news"><p>没有标题</p></main>');
    const ahead = new IndexAhead({ outDir: outDir(), cacheDir: cacheDir(), foldPairs });
    ahead.add(rendered(2));
    await expect(writeSearchIndex(outDir(), cacheDir(), undefined, ahead)).rejects.toThrow(
      /\/news\/2024\/c\/: the search record has no <h1>/,
    );
    expect(ahead.stored.size).toBe(0);
  });
});
