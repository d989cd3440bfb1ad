import { describe, expect, it } from 'vitest';
import { paginate } from '../../src/lib/pagination.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('paginate', () => {
  it('splits a list into pages of the given size, the last one shorter', () => {
    const routes = paginate(range(23), '/news/', 10);
    expect(routes.map((route) => route.page.items)).toEqual([range(10), range(20).slice(10), [21, 22, 23]]);
    expect(routes.every((route) => route.page.last === 3 && route.page.total === 23)).toBe(true);
  });

  it('numbers pages from 1 and gives the position of each page’s first item', () => {
    const routes = paginate(range(23), '/news/', 10);
    expect(routes.map((route) => route.page.current)).toEqual([1, 2, 3]);
    expect(routes.map((route) => route.page.start)).toEqual([1, 11, 21]);
  });

  it('leaves the rest parameter undefined on the first page and page/<n> after it', () => {
    const routes = paginate(range(23), '/news/', 10);
    expect(routes.map((route) => route.param)).toEqual([undefined, 'page/2', 'page/3']);
  });

  it('links each page to its neighbours, the first and the last page', () => {
    const [first, middle, last] = paginate(range(23), '/news/', 10);
    expect(first?.page.url).toEqual({
      current: '/news/',
      prev: undefined,
      next: '/news/page/2/',
      first: '/news/',
      last: '/news/page/3/',
    });
    expect(middle?.page.url).toEqual({
      current: '/news/page/2/',
      prev: '/news/',
      next: '/news/page/3/',
      first: '/news/',
      last: '/news/page/3/',
    });
    expect(last?.page.url).toEqual({
      current: '/news/page/3/',
      prev: '/news/page/2/',
      next: undefined,
      first: '/news/',
      last: '/news/page/3/',
    });
  });

  it('makes exactly one page when the list fits', () => {
    const routes = paginate(range(10), '/brands/', 10);
    expect(routes).toHaveLength(1);
    expect(routes[0]?.page.url.next).toBeUndefined();
    expect(routes[0]?.page.url.last).toBe('/brands/');
  });

  it('still makes a first page for an empty list', () => {
    const routes = paginate([], '/news/2025/', 10);
    expect(routes).toHaveLength(1);
    expect(routes[0]).toEqual({
      param: undefined,
      page: {
        items: [],
        current: 1,
        last: 1,
        total: 0,
        start: 1,
        url: { current: '/news/2025/', prev: undefined, next: undefined, first: '/news/2025/', last: '/news/2025/' },
      },
    });
  });

  it('does not change the list it is given', () => {
    const items = Object.freeze(range(5));
    paginate(items, '/news/', 2);
    expect(items).toEqual(range(5));
  });

  it('rejects a page size that is not a positive integer', () => {
    expect(() => paginate(range(3), '/news/', 0)).toThrow(RangeError);
    expect(() => paginate(range(3), '/news/', -1)).toThrow(RangeError);
    expect(() => paginate(range(3), '/news/', 2.5)).toThrow(/positive integer/);
  });
});
