import { describe, expect, it } from 'vitest';
import { absoluteUrl, decodePath, files, pagePath, paths, tagSlug } from '../../src/lib/urls.ts';

describe('paths', () => {
  it('builds every section path with a trailing slash', () => {
    expect(paths.home()).toBe('/');
    expect(paths.cities()).toBe('/cities/');
    expect(paths.city('jilin')).toBe('/cities/jilin/');
    expect(paths.newsIndex()).toBe('/news/');
    expect(paths.newsYear(2024)).toBe('/news/2024/');
    expect(paths.newsYear('2023')).toBe('/news/2023/');
    expect(paths.brands()).toBe('/brands/');
    expect(paths.brand('jilin-sijie')).toBe('/brands/jilin-sijie/');
    expect(paths.people()).toBe('/people/');
    expect(paths.person('fang-shuling')).toBe('/people/fang-shuling/');
    expect(paths.column('zuimei-zhiwei')).toBe('/columns/zuimei-zhiwei/');
    expect(paths.search()).toBe('/search/');
  });

  it('puts news under its year folder, as the id already carries it', () => {
    expect(paths.news('2024/sijie-peixun')).toBe('/news/2024/sijie-peixun/');
  });

  it('every path is absolute and ends in a slash', () => {
    for (const [name, build] of Object.entries(paths)) {
      const path = (build as (arg: string) => string)('x');
      expect(path, name).toMatch(/^\/(?:.*\/)?$/);
    }
  });

  it('spells tag paths in pinyin', () => {
    expect(paths.tag('家庭教育')).toBe('/tags/jiating-jiaoyu/');
  });
});

describe('tagSlug', () => {
  it('gives simplified and traditional spellings of a tag the same URL', () => {
    expect(tagSlug('绿色家庭')).toBe('lvse-jiating');
    expect(tagSlug('綠色家庭')).toBe('lvse-jiating');
  });

  it('falls back to the encoded tag when there is nothing to spell in pinyin', () => {
    expect(tagSlug('😀')).toBe(encodeURIComponent('😀'));
    expect(paths.tag('😀')).toBe('/tags/%F0%9F%98%80/');
  });
});

describe('pagePath', () => {
  it('leaves the first page at the base path', () => {
    expect(pagePath('/news/', 1)).toBe('/news/');
    expect(pagePath('/news/', 0)).toBe('/news/');
  });

  it('appends page/<n>/ after the first page', () => {
    expect(pagePath('/news/', 2)).toBe('/news/page/2/');
    expect(pagePath('/news/2024/', 13)).toBe('/news/2024/page/13/');
  });
});

describe('files', () => {
  it('names the feeds, share cards and crawler files', () => {
    expect(files.feed()).toBe('/rss.xml');
    expect(files.cityFeed('jilin')).toBe('/cities/jilin/rss.xml');
    expect(files.shareCard('jilin')).toBe('/share/jilin.png');
    expect(files.sitemap()).toBe('/sitemap-index.xml');
    expect(files.robots()).toBe('/robots.txt');
  });
});

describe('absoluteUrl', () => {
  it('joins a site path to the origin', () => {
    expect(absoluteUrl('/news/2024/sijie-peixun/', 'https://jinguo.example.cn')).toBe(
      'https://jinguo.example.cn/news/2024/sijie-peixun/',
    );
    expect(absoluteUrl(paths.tag('执委'), 'https://jinguo.example.cn')).toBe('https://jinguo.example.cn/tags/zhiwei/');
  });
});

describe('decodePath', () => {
  it('decodes percent-escapes, leaving escaped reserved characters and invalid encoding as they are', () => {
    expect(decodePath('/news/2024/%E5%90%89%E6%9E%97/')).toBe('/news/2024/吉林/');
    expect(decodePath('/a%2Fb/')).toBe('/a%2Fb/');
    expect(decodePath('/bad%E5/')).toBe('/bad%E5/');
  });
});
