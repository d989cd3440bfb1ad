import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SiteIndexer } from '../../../../src/search/build/run/indexer.ts';
import { searchAssets } from '../../../../src/search/core/assets.ts';
import { filesWithBytes, readBuiltIndex } from '../../support/built-index.ts';

let dir: string;
const outDir = () => join(dir, 'dist');
const cacheDir = () => join(dir, 'cache');

const page = (root: string, file: string, body: string, lang = 'zh-Hans') => {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), `<!doctype html><html lang="${lang}"><body>${body}</body></html>`);
};
const news = (root: string, slug: string, title: string, text = '妇女微家开展活动。', year = 2024) =>
  page(
    root,
    `news/${year}/${slug}/index.html`,
    `<main data-search-record="news" data-search-date="${year}-03-08" data-search-cities="jilin"><h1>${title}</h1><p>${text}</p></main>`,
  );
const site = (root: string) => {
  news(root, 'a', '巾帼志愿服务');
  news(root, 'b', '吉林四姐培训', '「吉林四姐」培训婦女三千名。', 2023);
  page(root, 'news/2024/index.html', '<main><h1>2024 年新闻</h1></main>');
  page(
    root,
    'people/c/index.html',
    '<main data-search-record="person" data-search-place="吉林市"><h1>方淑玲</h1><p>最美执委。<a data-search-name href="/brands/x/">吉林大姐</a></p></main>',
  );
};
const rendered = (folder: string, pages: number) => ({ type: 'jinguo:shard-rendered' as const, folder, pages });

/** Every file of the published index, by path, with its bytes. */
const published = (root: string) => filesWithBytes(join(root, searchAssets.dir));

/** The index of the same site built with nothing indexed early, in a folder and cache of its own. */
async function publishedWithoutEarly(): Promise<Map<string, string>> {
  const plain = join(dir, 'plain');
  site(plain);
  await new SiteIndexer({ outDir: plain, cacheDir: join(dir, 'plain-cache'), early: false }).finish();
  return published(plain);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'site-indexer-'));
  site(outDir());
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// Worker threads: on a loaded two-core machine starting them alone can take seconds.
describe('SiteIndexer', { timeout: 60_000 }, () => {
  it('indexes every record page in worker threads, one shard each, and publishes one index of them all', async () => {
    const result = await new SiteIndexer({ outDir: outDir(), cacheDir: cacheDir(), early: false }).finish();
    expect(result).toMatchObject({ pages: 3, shards: 3, early: 0, reused: 0 });
    const index = readBuiltIndex(outDir());
    expect(index.meta.pages).toBe(3);
    // Entries first, then news newest first: the order results of equal standing are shown in.
    expect(index.heads.map((head) => head.url)).toEqual(['/people/c/', '/news/2024/a/', '/news/2023/b/']);
    expect(index.search('妇女微家')).toEqual(['/news/2024/a/']);
    expect(index.search('吉林四姐')).toEqual(['/news/2023/b/']);
    expect(index.search('婦女')).toEqual(['/news/2024/a/', '/news/2023/b/']);
    expect(index.search('fangshuling')).toEqual(['/people/c/']);
    // By pinyin: a title first (吉林四姐培训), then a name a page carries (its place, 吉林市).
    expect(index.search('jilin')).toEqual(['/news/2023/b/', '/people/c/']);
    expect(index.search('新闻')).toEqual([]);
    expect([...index.pages.filters.year]).toEqual([
      ['2024', [1]],
      ['2023', [2]],
    ]);
    expect(index.texts[0]).toContain('最美执委');
    expect(index.suggestions.names).toEqual([
      { title: '方淑玲', url: '/people/c/', kind: 'person', sounds: 'fang shu ling' },
    ]);
  });

  it('takes shards whose pages are unchanged from the cache, and publishes the same index, byte for byte', async () => {
    await new SiteIndexer({ outDir: outDir(), cacheDir: cacheDir(), early: false }).finish();
    const first = published(outDir());
    news(outDir(), 'a', '巾帼志愿服务', '妇女微家开展活动,又有新消息。');
    const changed = await new SiteIndexer({ outDir: outDir(), cacheDir: cacheDir(), early: false }).finish();
    expect(changed).toMatchObject({ shards: 3, reused: 2 });
    expect(readBuiltIndex(outDir()).search('新消息')).toEqual(['/news/2024/a/']);
    news(outDir(), 'a', '巾帼志愿服务');
    const back = await new SiteIndexer({ outDir: outDir(), cacheDir: cacheDir(), early: false }).finish();
    expect(back).toMatchObject({ shards: 3, reused: 2 });
    expect(published(outDir())).toEqual(first);
  });

  it('re-indexes no shard when only what follows a page’s end marker changed, as when a neighbour is published', async () => {
    const neighbour = (next: string) =>
      page(
        outDir(),
        'news/2024/a/index.html',
        `<main data-search-record="news" data-search-date="2024-03-08"><h1>巾帼志愿服务</h1><p>妇女微家开展活动。</p>` +
          `<div data-search-end><a rel="next" href="/news/2024/${next}/">${next}</a></div></main>`,
      );
    neighbour('jiu');
    await new SiteIndexer({ outDir: outDir(), cacheDir: cacheDir(), early: false }).finish();
    const first = published(outDir());
    neighbour('xin-fabu');
    expect(await new SiteIndexer({ outDir: outDir(), cacheDir: cacheDir(), early: false }).finish()).toMatchObject({
      shards: 3,
      reused: 3,
    });
    expect(published(outDir())).toEqual(first);
  });

  it('indexes a rendered year early, and the index is the same, byte for byte, as one built without', async () => {
    const early = new SiteIndexer({ outDir: outDir(), cacheDir: cacheDir(), early: true });
    early.shardRendered(rendered('news/2024', 1));
    early.shardRendered(rendered('news/2023', 1));
    const result = await early.finish();
    expect(result).toMatchObject({ shards: 3, early: 2, reused: 0 });

    expect(published(outDir())).toEqual(await publishedWithoutEarly());
  });

  it('indexes the shards no rendered year covers once every page is built, before it is asked to finish', async () => {
    const ahead = new SiteIndexer({ outDir: outDir(), cacheDir: cacheDir(), early: true });
    ahead.shardRendered(rendered('news/2024', 1));
    ahead.pagesBuilt();
    // The entries' shard and 2023's (no year rendered for it) are filed in the cache before `finish` is called.
    await vi.waitFor(
      () =>
        expect(readdirSync(cacheDir()).filter((name) => /^(entries|news-2023|news-2024)-\w+$/.test(name))).toHaveLength(
          3,
        ),
      { timeout: 30_000, interval: 50 },
    );
    const result = await ahead.finish();
    expect(result).toMatchObject({ shards: 3, early: 3, reused: 0 });

    expect(published(outDir())).toEqual(await publishedWithoutEarly());
  });

  it('indexes nothing ahead when told not to index early', async () => {
    const plain = new SiteIndexer({ outDir: outDir(), cacheDir: cacheDir(), early: false });
    plain.pagesBuilt();
    // A shard indexed ahead would count as early: `finish` waits for it.
    expect(await plain.finish()).toMatchObject({ shards: 3, early: 0, reused: 0 });
  });

  it('does not take a year indexed early from pages that changed since', async () => {
    const early = new SiteIndexer({ outDir: outDir(), cacheDir: cacheDir(), early: true });
    early.shardRendered(rendered('news/2024', 1));
    // Once the early shard is in the cache, its page changes before the build finishes.
    await vi.waitFor(
      () => expect(readdirSync(cacheDir()).filter((name) => /^news-2024-\w+$/.test(name))).toHaveLength(1),
      { timeout: 30_000, interval: 50 },
    );
    news(outDir(), 'a', '巾帼志愿服务', '改过的正文。');
    await early.finish();
    const index = readBuiltIndex(outDir());
    expect(index.search('改过')).toEqual(['/news/2024/a/']);
    expect(index.search('妇女微家')).toEqual([]);
  });

  it('fails with the page and the reason when a page cannot be indexed, and puts nothing of it in the cache', async () => {
    page(
      outDir(),
      'news/2024/bad/index.html',
      '<main data-search-record="news"><h1>一</h1></main><div data-search-record="news"><h1>二</h1></div>',
    );
    await expect(new SiteIndexer({ outDir: outDir(), cacheDir: cacheDir(), early: false }).finish()).rejects.toThrow(
      /\/news\/2024\/bad\/: 2 elements carry data-search-record/,
    );
    const cached = readdirSync(cacheDir());
    expect(cached.filter((name) => name.startsWith('news-2024'))).toEqual([]);
    // The failure is reported once every other shard has settled: none is left half-filed, or still being written.
    expect(cached.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(cached.filter((name) => /^news-2023-\w+$/.test(name))).toHaveLength(1);
  });
});
