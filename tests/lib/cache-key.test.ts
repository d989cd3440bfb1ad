import { describe, expect, it } from 'vitest';
import { cacheKeyOf, withCacheKeys } from '../../src/lib/cache-key.ts';

const entry = (overrides: Record<string, unknown> = {}) => ({
  id: '2024/fulian-huiyi',
  collection: 'news',
  digest: 'a1b2c3',
  body: '正文',
  rendered: { html: '<p>正文</p>' },
  data: { title: '妇联会议', date: new Date('2024-03-08T00:00:00Z'), cover: { src: '/_astro/c.1.jpg', width: 800 } },
  ...overrides,
});

describe('cacheKeyOf', () => {
  it('gives equal props the same key, built anew each time', () => {
    expect(cacheKeyOf({ page: { items: [entry()], current: 1 } })).toBe(
      cacheKeyOf({ page: { items: [entry()], current: 1 } }),
    );
  });

  it('changes with any value the page shows', () => {
    const base = cacheKeyOf({ title: '巾帼', count: 3, date: new Date('2024-01-01T00:00:00Z') });
    expect(cacheKeyOf({ title: '巾幗', count: 3, date: new Date('2024-01-01T00:00:00Z') })).not.toBe(base);
    expect(cacheKeyOf({ title: '巾帼', count: 4, date: new Date('2024-01-01T00:00:00Z') })).not.toBe(base);
    expect(cacheKeyOf({ title: '巾帼', count: 3, date: new Date('2024-01-02T00:00:00Z') })).not.toBe(base);
    expect(cacheKeyOf({ title: '巾帼', count: 3 })).not.toBe(base);
  });

  it('keeps apart values that would print alike', () => {
    expect(cacheKeyOf(['ab', 'c'])).not.toBe(cacheKeyOf(['a', 'bc']));
    expect(cacheKeyOf([1])).not.toBe(cacheKeyOf(['1']));
    expect(cacheKeyOf([null])).not.toBe(cacheKeyOf([undefined]));
    expect(cacheKeyOf({ a: [] })).not.toBe(cacheKeyOf({ a: {} }));
    expect(cacheKeyOf(new Set(['x']))).not.toBe(cacheKeyOf(['x']));
  });

  it('reads what Maps and Sets hold', () => {
    expect(cacheKeyOf(new Map([['jilin', 1]]))).not.toBe(cacheKeyOf(new Map([['jilin', 2]])));
    expect(cacheKeyOf(new Set(['a']))).not.toBe(cacheKeyOf(new Set(['b'])));
  });

  it('counts a content entry by its digest, not by hashing its body again', () => {
    const base = cacheKeyOf({ entry: entry() });
    expect(cacheKeyOf({ entry: entry({ body: '别的正文', rendered: { html: '<p>别的</p>' } }) })).toBe(base);
    expect(cacheKeyOf({ entry: entry({ digest: 'ffff' }) })).not.toBe(base);
    expect(cacheKeyOf({ entry: entry({ id: '2024/other' }) })).not.toBe(base);
  });

  it('still reads an entry’s data, where a replaced picture shows', () => {
    const moved = entry();
    moved.data.cover = { src: '/_astro/c.2.jpg', width: 800 };
    expect(cacheKeyOf({ entry: moved })).not.toBe(cacheKeyOf({ entry: entry() }));
  });

  it('accepts one object reached twice, refuses cycles and code', () => {
    const shared = { name: '吉林市' };
    expect(() => cacheKeyOf({ a: shared, b: shared })).not.toThrow();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => cacheKeyOf(cyclic)).toThrow(/cycle/);
    expect(() => cacheKeyOf({ render: () => '' })).toThrow(/function/);
  });
});

describe('withCacheKeys', () => {
  it('adds each route its props’ key and keeps the rest', () => {
    const routes = withCacheKeys([
      { params: { page: undefined }, props: { n: 1 } },
      { params: { page: 'page/2' }, props: { n: 2 } },
    ]);
    expect(routes.map((route) => route.params.page)).toEqual([undefined, 'page/2']);
    expect(routes[0]!.cacheKey).toBe(cacheKeyOf({ n: 1 }));
    expect(routes[0]!.cacheKey).not.toBe(routes[1]!.cacheKey);
  });
});
