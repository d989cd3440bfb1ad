import { describe, expect, it } from 'vitest';
import { readSearchState, searchHref } from '../../../src/search/core/state.ts';

describe('readSearchState', () => {
  it('reads the query and the filters a link carries', () => {
    expect(readSearchState(new URLSearchParams('q=%E6%89%A7%E5%A7%94&city=jilin&year=2024'))).toEqual({
      query: '执委',
      filters: { city: 'jilin', year: '2024' },
    });
  });

  it('takes empty values, as a form without script submits them, as no filter', () => {
    expect(readSearchState(new URLSearchParams('q=+妇联+&city=&type=&year=&brand='))).toEqual({
      query: '妇联',
      filters: {},
    });
  });

  it('ignores parameters it does not know', () => {
    expect(readSearchState(new URLSearchParams('utm_source=wechat'))).toEqual({ query: '', filters: {} });
  });
});

describe('searchHref', () => {
  it('writes a search as one link, the query first and the filters in a fixed order', () => {
    expect(searchHref('/search/', { query: '执委', filters: { brand: 'jilin-sijie', city: 'jilin' } })).toBe(
      '/search/?q=%E6%89%A7%E5%A7%94&city=jilin&brand=jilin-sijie',
    );
  });

  it('is the search page itself when there is nothing to search', () => {
    expect(searchHref('/search/', { query: '', filters: {} })).toBe('/search/');
  });

  it('reads back as the same search', () => {
    const state = { query: '婦聯 執委', filters: { type: 'news', year: '2023' } };
    expect(readSearchState(new URL(searchHref('/search/', state), 'https://x.cn').searchParams)).toEqual(state);
  });
});
