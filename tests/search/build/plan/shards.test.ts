import { describe, expect, it } from 'vitest';
import {
  ENTRIES_SHARD,
  groupByShard,
  shardKey,
  shardFolder,
  shardOf,
} from '../../../../src/search/build/plan/shards.ts';
import { pageHash } from '../../../../src/search/build/records/site-pages.ts';

describe('shardOf', () => {
  it('puts news in the shard of its year and every other entry in one shard', () => {
    expect(shardOf('/news/2024/jilin-ponan-xingdong/')).toBe('news-2024');
    expect(shardOf('/people/wu-yunping/')).toBe(ENTRIES_SHARD);
    expect(shardOf('/cities/jilin/')).toBe(ENTRIES_SHARD);
  });
});

describe('shardFolder', () => {
  it('names the folder of a news shard’s pages, split or whole, and none for the entries shard', () => {
    expect(shardFolder('news-2024')).toBe('news/2024');
    expect(shardFolder('news-2024.2')).toBe('news/2024');
    expect(shardFolder(shardOf('/news/2017/a/'))).toBe('news/2017');
    expect(shardFolder(ENTRIES_SHARD)).toBeUndefined();
  });
});

describe('groupByShard', () => {
  it('groups pages by shard, the entries shard first even when empty, pages in URL order', () => {
    const groups = groupByShard([{ url: '/news/2024/b/' }, { url: '/news/2017/a/' }, { url: '/news/2024/a/' }]);
    expect([...groups.keys()]).toEqual(['entries', 'news-2017', 'news-2024']);
    expect(groups.get('entries')).toEqual([]);
    expect(groups.get('news-2024')?.map((page) => page.url)).toEqual(['/news/2024/a/', '/news/2024/b/']);
  });

  const year = (count: number, from = 0) =>
    Array.from({ length: count }, (_, index) => ({ url: `/news/2024/a-${String(from + index).padStart(5, '0')}/` }));

  it('splits a year over the limit into parts of about equal size, every page in exactly one', () => {
    const groups = groupByShard(year(250), 100);
    expect([...groups.keys()]).toEqual(['entries', 'news-2024.1', 'news-2024.2', 'news-2024.3']);
    const parts = ['news-2024.1', 'news-2024.2', 'news-2024.3'].map((name) => groups.get(name)!);
    for (const part of parts) expect(part.length).toBeGreaterThan(50);
    expect(
      parts
        .flat()
        .map((page) => page.url)
        .sort(),
    ).toEqual(year(250).map((page) => page.url));
    expect(groupByShard(year(100), 100).has('news-2024')).toBe(true);
  });

  it('keeps every other page in its part when one is added, while the number of parts stays', () => {
    const before = groupByShard(year(250), 100);
    const after = groupByShard([...year(250), ...year(1, 250)], 100);
    const moved = [...after].filter(([name, pages]) => pages.length !== before.get(name)?.length);
    expect(moved).toHaveLength(1);
    expect(moved[0]![1].map((page) => page.url)).toContain('/news/2024/a-00250/');
  });
});

describe('shardKey', () => {
  const built = (url: string, html: string) => ({ url, hash: pageHash(html) });
  const pages = [built('/news/2024/a/', '<h1>甲</h1>'), built('/news/2024/b/', '<h1>乙</h1>')];

  it('stays the same while the pages and the indexer stay the same', () => {
    expect(shardKey('v1', pages)).toBe(
      shardKey('v1', [built('/news/2024/a/', '<h1>甲</h1>'), built('/news/2024/b/', '<h1>乙</h1>')]),
    );
  });

  it('changes when a page’s HTML, a URL or the indexer version changes', () => {
    const key = shardKey('v1', pages);
    expect(shardKey('v1', [pages[0]!, built('/news/2024/b/', '<h1>丙</h1>')])).not.toBe(key);
    expect(shardKey('v1', [pages[0]!, built('/news/2024/c/', '<h1>乙</h1>')])).not.toBe(key);
    expect(shardKey('v2', pages)).not.toBe(key);
  });
});
