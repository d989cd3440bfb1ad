import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findIdClashes, readShardIds, saltedUrl, urlOfId } from '../../../../src/search/build/pagefind/id-clashes.ts';

const shard = (name: string, ids: string[], fresh = true) => ({ name, fresh, ids: new Set(ids) });

describe('findIdClashes', () => {
  it('finds nothing when every id is held by one shard', () => {
    expect(findIdClashes([shard('entries', ['a1', 'b2']), shard('news-2024', ['c3'])])).toEqual([]);
  });

  it('leaves the id with the first shard and names the others, when all were indexed by this build', () => {
    expect(
      findIdClashes([shard('entries', ['a1']), shard('news-2023', ['a1']), shard('news-2024', ['a1', 'b2'])]),
    ).toEqual([
      { shard: 'news-2023', id: 'a1' },
      { shard: 'news-2024', id: 'a1' },
    ]);
  });

  it('leaves the id with a cached shard, so that only a shard indexed anyway is indexed again', () => {
    expect(findIdClashes([shard('entries', ['a1']), shard('news-2024', ['a1'], false)])).toEqual([
      { shard: 'entries', id: 'a1' },
    ]);
  });
});

describe('reading a shard', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the ids of its display records and finds the URL under an id', () => {
    dir = mkdtempSync(join(tmpdir(), 'id-clashes-'));
    mkdirSync(join(dir, 'records'));
    writeFileSync(join(dir, 'records', '3fa9c01.json'), JSON.stringify({ url: '/news/2024/a/', title: '甲' }));
    writeFileSync(join(dir, 'records', '77b0d2e.json'), JSON.stringify({ url: '/people/b/', title: '乙' }));
    expect(readShardIds(dir)).toEqual(new Set(['3fa9c01', '77b0d2e']));
    expect(urlOfId(dir, '77b0d2e')).toBe('/people/b/');
  });
});

describe('saltedUrl', () => {
  it('keeps the URL without a salt and adds it after # with one', () => {
    expect(saltedUrl('/news/2024/a/', undefined)).toBe('/news/2024/a/');
    expect(saltedUrl('/news/2024/a/', 2)).toBe('/news/2024/a/#2');
  });
});
