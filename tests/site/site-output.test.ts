import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { site } from '../../src/config/site.ts';
import {
  byTag,
  cssUrls,
  fetchedUrls,
  htmlLang,
  isThirdParty,
  mainLinks,
  pagePaths,
  readPage,
  resolvesInDist,
  select,
  textOf,
} from '../support/dist.ts';

const fixture = inject('fixtureDist');
const sample = inject('sampleDist');

describe('fixture site: every page type', () => {
  it('builds one page for each route the content implies', () => {
    expect(pagePaths(fixture)).toEqual([
      '/',
      '/404.html',
      '/brands/',
      '/brands/jilin-dajie/',
      '/brands/jilin-sijie/',
      '/cities/',
      '/cities/jilin/',
      '/cities/qinzhou/',
      '/cities/tianshui/',
      '/columns/zuimei-zhiwei/',
      // An alias: the page of an earlier site, now a redirect.
      '/html/2024/1121/88.html',
      '/news/',
      '/news/2023/',
      // Withdrawn: the page stays and says so.
      '/news/2023/chehui-gaojian/',
      '/news/2023/qinzhou-zhiwei/',
      '/news/2024/',
      '/news/2024/jilin-sijie-peixun/',
      '/news/2024/sijie-peixun/',
      '/news/2024/zhiwei-xuanjiang/',
      '/people/',
      '/people/fang-shuling/',
      // Short links of every news item, person and brand.
      '/s/3tcw/',
      '/s/4xjv/',
      '/s/9ukm/',
      '/s/aqdq/',
      '/s/j9ae/',
      '/s/skvn/',
      '/s/vhum/',
      '/search/',
      '/tags/',
      '/tags/jiazheng-fuwu/',
      '/tags/jineng-peixun/',
      '/tags/zhiwei/',
    ]);
  });

  it('sets <html lang> from the script of the page content', () => {
    expect(htmlLang(readPage(fixture, '/'))).toBe('zh-Hans');
    expect(htmlLang(readPage(fixture, '/news/2023/qinzhou-zhiwei/'))).toBe('zh-Hant');
    expect(htmlLang(readPage(fixture, '/cities/qinzhou/'))).toBe('zh-Hant');
    expect(htmlLang(readPage(fixture, '/news/2024/sijie-peixun/'))).toBe('zh-Hans');
  });

  it('shows traditional-script pages with traditional UI strings', () => {
    const nav = textOf(byTag(readPage(fixture, '/news/2023/qinzhou-zhiwei/'), 'nav')[0]!);
    expect(nav).toContain('新聞動態');
    expect(textOf(byTag(readPage(fixture, '/'), 'nav')[0]!)).toContain('新闻动态');
  });

  it('shows an article with its credits, source, brands, people, column and tags', () => {
    const page = readPage(fixture, '/news/2024/sijie-peixun/');
    const text = textOf(byTag(page, 'main')[0]!);
    expect(text).toContain('编辑:张三');
    expect(text).toContain('审核:李四、王五');
    expect(text).not.toContain('监制');
    expect(mainLinks(page)).toEqual(
      expect.arrayContaining([
        'https://mp.weixin.qq.com/s/example',
        '/brands/jilin-sijie/',
        '/people/fang-shuling/',
        '/columns/zuimei-zhiwei/',
        '/tags/jineng-peixun/',
      ]),
    );
  });

  it('links an article to its newer and older neighbours', () => {
    const neighbours = (path: string) =>
      select(readPage(fixture, path), (el) => el.name === 'a' && ['prev', 'next'].includes(el.attribs.rel ?? '')).map(
        (a) => [a.attribs.rel, a.attribs.href],
      );
    expect(neighbours('/news/2024/sijie-peixun/')).toEqual([['next', '/news/2024/zhiwei-xuanjiang/']]);
    expect(neighbours('/news/2024/zhiwei-xuanjiang/')).toEqual([
      ['prev', '/news/2024/sijie-peixun/'],
      ['next', '/news/2023/qinzhou-zhiwei/'],
    ]);
  });

  it('lists districts under their parent city and the parent on the district', () => {
    expect(mainLinks(readPage(fixture, '/cities/tianshui/'))).toContain('/cities/qinzhou/');
    expect(mainLinks(readPage(fixture, '/cities/qinzhou/'))).toContain('/cities/tianshui/');
    expect(mainLinks(readPage(fixture, '/cities/'))).toContain('/cities/qinzhou/');
  });

  it('draws a city’s key figures as an inline SVG with an accessible name', () => {
    const [chart] = byTag(readPage(fixture, '/cities/qinzhou/'), 'svg').filter((svg) => svg.attribs.role === 'img');
    expect(chart?.attribs['aria-label']).toContain('婦女代表167名');
  });

  it('shows sub-brands and representatives on a brand page', () => {
    const links = mainLinks(readPage(fixture, '/brands/jilin-sijie/'));
    expect(links).toContain('/brands/jilin-dajie/');
    expect(links).toContain('/people/fang-shuling/');
    expect(mainLinks(readPage(fixture, '/brands/jilin-dajie/'))).toContain('/brands/jilin-sijie/');
  });

  it('lists on a person page the news that mention them', () => {
    expect(mainLinks(readPage(fixture, '/people/fang-shuling/'))).toContain('/news/2024/sijie-peixun/');
  });

  it('merges a tag written in both scripts into one page', () => {
    const links = mainLinks(readPage(fixture, '/tags/zhiwei/'));
    expect(links).toContain('/news/2023/qinzhou-zhiwei/');
    expect(links).toContain('/news/2024/zhiwei-xuanjiang/');
  });
});

describe.each([
  ['fixture site', () => fixture],
  ['sample site', () => sample],
])('%s: links and hosts', (_name, dist) => {
  it('has no internal link that leads nowhere', () => {
    const broken: string[] = [];
    for (const path of pagePaths(dist())) {
      for (const element of select(readPage(dist(), path), (el) => el.name === 'a')) {
        const href = element.attribs.href ?? '';
        if (!href.startsWith('/') || href.startsWith('//')) continue;
        if (!resolvesInDist(dist(), href)) broken.push(`${path} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('makes the browser fetch nothing from a third-party host, in pages or stylesheets', () => {
    const origin = new URL(site.url).origin;
    const offenders: string[] = [];
    for (const path of pagePaths(dist())) {
      for (const url of fetchedUrls(readPage(dist(), path))) {
        if (isThirdParty(url, origin)) offenders.push(`${path}: ${url}`);
      }
    }
    for (const file of globSync('**/*.css', { cwd: dist() })) {
      for (const url of cssUrls(readFileSync(join(dist(), file), 'utf8'))) {
        if (isThirdParty(url, origin)) offenders.push(`${file}: ${url}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('sample site', () => {
  it('paginates the news list and says so on the page', () => {
    const paths = pagePaths(sample);
    expect(paths).toContain('/news/page/2/');
    const page = readPage(sample, '/news/page/2/');
    expect(select(page, (el) => el.name === 'a' && el.attribs.rel === 'prev')[0]?.attribs.href).toBe('/news/');
  });

  it('publishes every city section of the sample content with its declared script', () => {
    const langs = Object.fromEntries(
      ['jilin', 'liaocheng', 'tianshui', 'qinzhou', 'changchun', 'tianjin'].map((slug) => [
        slug,
        htmlLang(readPage(sample, `/cities/${slug}/`)),
      ]),
    );
    expect(langs).toEqual({
      jilin: 'zh-Hant',
      liaocheng: 'zh-Hans',
      tianshui: 'zh-Hans',
      qinzhou: 'zh-Hant',
      changchun: 'zh-Hans',
      tianjin: 'zh-Hans',
    });
  });
});
