import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils } from 'htmlparser2';
import { describe, expect, inject, it } from 'vitest';
import { readRecords, recordFiles } from '../../src/search/build/records/site-pages.ts';
import { indexFiles, searchAssets } from '../../src/search/core/assets.ts';
import { buildSearchFold } from '../../src/search/build/records/fold-table.ts';
import { indexedText, recordFilters, searchedLength } from '../../src/search/build/records/record.ts';
import { parseFoldPairs } from '../../src/search/core/fold.ts';
import { readBuiltIndex } from '../search/support/built-index.ts';
import { byTag, pagePaths, readPage, select, textOf } from '../support/dist.ts';

const fixture = inject('fixtureDist');
const sample = inject('sampleDist');

describe('fixture site: the search index', () => {
  it('indexes each entry’s own page once, and no lists', () => {
    expect(readRecords(fixture).map((record) => `${record.kind} ${record.url}`)).toEqual([
      'brand /brands/jilin-dajie/',
      'brand /brands/jilin-sijie/',
      'city /cities/jilin/',
      'city /cities/qinzhou/',
      'city /cities/tianshui/',
      'column /columns/zuimei-zhiwei/',
      'news /news/2023/qinzhou-zhiwei/',
      'news /news/2024/sijie-peixun/',
      'news /news/2024/zhiwei-xuanjiang/',
      'person /people/fang-shuling/',
    ]);
  });

  it('leaves drafts out, as it leaves them out of the site', () => {
    expect(pagePaths(fixture)).not.toContain('/news/2024/caogao-zhiwei/');
    expect(readRecords(fixture).map((record) => record.title)).not.toContain('执委草稿不应发布');
  });

  it('publishes one index of every record, numbered entries first, then news newest first', () => {
    const index = readBuiltIndex(fixture);
    expect(index.meta.pages).toBe(10);
    expect(index.heads.map((head) => head.url)).toEqual([
      '/brands/jilin-dajie/',
      '/brands/jilin-sijie/',
      '/people/fang-shuling/',
      '/cities/jilin/',
      '/cities/qinzhou/',
      '/cities/tianshui/',
      '/columns/zuimei-zhiwei/',
      '/news/2024/sijie-peixun/',
      '/news/2024/zhiwei-xuanjiang/',
      '/news/2023/qinzhou-zhiwei/',
    ]);
  });

  it('writes what each result shows, as written, and each page’s text for excerpts', () => {
    const index = readBuiltIndex(fixture);
    const records = new Map(readRecords(fixture).map((record) => [record.url, record]));
    for (const [page, head] of index.heads.entries()) {
      const record = records.get(head.url)!;
      expect(head).toMatchObject({
        title: record.title,
        summary: record.summary,
        lang: record.lang,
        kind: record.kind,
      });
      expect(index.texts[page]).toBe(record.body);
    }
  });

  it('files each page under its filters and names its entries, in the pages file', () => {
    const index = readBuiltIndex(fixture);
    const numbered = new Map(index.heads.map((head, page) => [head.url, page]));
    for (const record of readRecords(fixture))
      for (const [key, values] of Object.entries(recordFilters(record)) as [
        keyof typeof index.pages.filters,
        string[],
      ][])
        for (const value of values)
          expect(index.pages.filters[key].get(value), `${record.url} ${key}=${value}`).toContain(
            numbered.get(record.url),
          );
    expect(index.pages.names.get(numbered.get('/brands/jilin-sijie/')!)).toBe(4);
    expect(index.pages.names.has(numbered.get('/news/2023/qinzhou-zhiwei/')!)).toBe(false);
  });

  it('keeps every file of an index in a folder named by its contents, with one entry file to read first', () => {
    const index = readBuiltIndex(fixture);
    expect(readdirSync(join(fixture, searchAssets.dir)).sort()).toEqual([index.meta.folder, 'meta.json'].sort());
    expect(index.meta.folder).toMatch(/^[0-9a-f]{12}$/);
    expect(readdirSync(join(fixture, searchAssets.dir, index.meta.folder)).sort()).toEqual(
      [indexFiles.pages, 'records', indexFiles.suggest, 'terms'].sort(),
    );
  });

  it('files each entry under its city and the cities above it, its kind, its year and its brands', () => {
    const byUrl = new Map(readRecords(fixture).map((record) => [record.url, recordFilters(record)]));
    expect(byUrl.get('/news/2023/qinzhou-zhiwei/')).toEqual({
      city: ['qinzhou', 'tianshui'],
      type: ['news'],
      year: ['2023'],
      brand: [],
    });
    expect(byUrl.get('/news/2024/sijie-peixun/')).toMatchObject({ city: ['jilin'], brand: ['jilin-sijie'] });
    expect(byUrl.get('/brands/jilin-dajie/')).toMatchObject({ type: ['brand'], brand: ['jilin-dajie', 'jilin-sijie'] });
    expect(byUrl.get('/cities/qinzhou/')).toEqual({
      city: ['qinzhou', 'tianshui'],
      type: ['city'],
      year: [],
      brand: [],
    });
  });

  it('reads a traditional-script article as it is shown: title, summary, date, city, body without credits', () => {
    const record = readRecords(fixture).find((candidate) => candidate.url === '/news/2023/qinzhou-zhiwei/');
    expect(record).toEqual({
      url: '/news/2023/qinzhou-zhiwei/',
      kind: 'news',
      title: '秦州區執委走進社區',
      summary: '執委們走進社區開展婚姻調解宣傳。',
      body: '執委們走進社區,為群眾講解婚姻家庭知識。\n標籤: 執委',
      lang: 'zh-Hant',
      date: '2023-06-01',
      place: '秦州區',
      cities: ['qinzhou', 'tianshui'],
      brands: [],
      names: ['執委'],
    });
  });

  it('writes the fold table the browser needs for this site’s characters, and only those', () => {
    const pairs = parseFoldPairs(readBuiltIndex(fixture).meta.fold);
    expect(pairs.get('執')).toBe('执');
    expect(pairs.get('區')).toBe('区');
    const { fold } = buildSearchFold();
    const indexed = new Set(readRecords(fixture).flatMap((record) => Array.from(indexedText(record, fold))));
    for (const [from, key] of pairs) expect(indexed.has(key), `${from} → ${key}`).toBe(true);
  });
});

describe('fixture site: the search page', () => {
  const page = readPage(fixture, '/search/');

  it('has one search form, in the page rather than the header, that submits q to itself', () => {
    const forms = byTag(page, 'form');
    expect(forms).toHaveLength(1);
    expect(forms[0]?.attribs.action).toBe('/search/');
    const [input] = select(page, (element) => element.name === 'input' && element.attribs.name === 'q');
    expect(input?.attribs.id).toBe('search-query');
    expect(select(page, (element) => element.attribs.for === 'search-query')).toHaveLength(1);
    expect(select(readPage(fixture, '/'), (element) => element.attribs.id === 'site-search')).toHaveLength(1);
  });

  it('says what to do without JavaScript, and links every section to browse instead', () => {
    expect(textOf(byTag(page, 'noscript')[0]!)).toContain('搜索需要浏览器开启 JavaScript');
    const nav = select(
      page,
      (element) => element.name === 'nav' && element.attribs['aria-labelledby'] === 'search-browse',
    );
    expect(DomUtils.findAll((element) => element.name === 'a', nav[0]!.children).map((a) => a.attribs.href)).toEqual([
      '/news/',
      '/cities/',
      '/brands/',
      '/people/',
      '/tags/',
    ]);
  });

  it('has a filter for city, type, year and brand, each submitting with the search form', () => {
    const selects = select(page, (element) => element.name === 'select');
    expect(selects.map((element) => [element.attribs.name, element.attribs.form])).toEqual([
      ['city', 'search-form'],
      ['type', 'search-form'],
      ['year', 'search-form'],
      ['brand', 'search-form'],
    ]);
    const values = (name: string) =>
      DomUtils.findAll(
        (element) => element.name === 'option',
        selects.find((element) => element.attribs.name === name)!.children,
      ).map((option) => option.attribs.value);
    expect(values('city')).toEqual(['', 'jilin', 'tianshui', 'qinzhou']);
    expect(values('type')).toEqual(['', 'news', 'person', 'brand', 'city', 'column']);
    expect(values('year')).toEqual(['', '2024', '2023']);
    expect(values('brand')).toEqual(['', 'jilin-sijie', 'jilin-dajie']);
    expect(select(page, (element) => element.attribs['id'] === 'search-form')[0]?.name).toBe('form');
  });

  it('announces results in a status region and is not itself a search record', () => {
    expect(select(page, (element) => element.attribs.id === 'search-status')[0]?.attribs.role).toBe('status');
    expect(select(page, (element) => 'data-search-record' in element.attribs)).toEqual([]);
  });
});

describe('sample site: the search index', () => {
  const records = readRecords(sample);
  const recordUrls = new Set(records.map((record) => record.url));

  it('indexes every article, person, brand, city and column page, and no list or page two', () => {
    const entries = pagePaths(sample).filter((path) =>
      /^\/(news\/\d{4}\/[a-z0-9-]+|people\/[a-z-]+|brands\/[a-z0-9-]+|cities\/[a-z-]+|columns\/[a-z-]+)\/$/.test(path),
    );
    expect([...recordUrls].sort()).toEqual(entries);
    expect([...recordUrls].filter((url) => url.includes('/page/'))).toEqual([]);
    expect(readBuiltIndex(sample).meta.pages).toBe(entries.length);
  });

  it('keeps each record in the script it is written in', () => {
    const langs = new Set(records.map((record) => record.lang));
    expect(langs).toEqual(new Set(['zh-Hans', 'zh-Hant']));
    expect(records.find((record) => record.url === '/people/wu-yunping/')?.title).toBe('吳雲蘋');
  });

  it('keeps a city’s own summary in its script', () => {
    const qinzhou = records.find((record) => record.url === '/cities/qinzhou/');
    expect(qinzhou?.summary).toBe('天水市秦州區婦女聯合會:甘肅省秦州區的婦聯工作、品牌項目與巾幗人物。');
  });

  it('reads no article’s links to its neighbours and no entry’s news list: a new article changes only its own shard', () => {
    const cut = { neighbours: 0, lists: 0 };
    for (const { url, file } of recordFiles(sample)) {
      const html = readFileSync(join(sample, file), 'utf8');
      const [searched, rest] = [html.slice(0, searchedLength(html)), html.slice(searchedLength(html))];
      expect(searched, url).not.toMatch(/rel="(prev|next)"|id="news"/);
      if (/rel="(prev|next)"/.test(rest)) cut.neighbours++;
      if (rest.includes('id="news"')) cut.lists++;
    }
    // Every article but a lone one has a neighbour; every person, brand, city and column lists its news.
    expect(cut.neighbours).toBe(records.filter((record) => record.kind === 'news').length);
    expect(cut.lists).toBe(records.filter((record) => record.kind !== 'news').length);
  });

  it('keeps the entry file, fold table included, small enough for a weak connection', () => {
    expect(readFileSync(join(sample, searchAssets.meta)).byteLength).toBeLessThan(16_000);
  });
});
