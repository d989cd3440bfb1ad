import { existsSync, globSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils } from 'htmlparser2';
import { describe, expect, inject, it } from 'vitest';
import { readRecords } from '../../src/search/build/run/build-index.ts';
import { searchAssets } from '../../src/search/core/assets.ts';
import { parseFoldPairs } from '../../src/search/core/fold.ts';
import { buildSearchFold } from '../../src/search/build/records/fold-table.ts';
import { displayRecord, indexedText, recordFilters } from '../../src/search/build/records/record.ts';
import { ENTRIES_SHARD, shardLanguage } from '../../src/search/build/plan/shards.ts';
import { INDEX_LANGUAGE } from '../../src/search/core/tokens.ts';
import { byTag, pagePaths, readPage, select, textOf } from '../support/dist.ts';

const fixture = inject('fixtureDist');
const sample = inject('sampleDist');

interface PagefindEntry {
  version: string;
  languages: Record<string, { page_count: number }>;
}

/** Bundle folders of every shard: the primary first, then those the fold table lists for the browser to merge. */
function shardDirs(dist: string): string[] {
  const { indexes = [] } = JSON.parse(readFileSync(join(dist, searchAssets.foldTable), 'utf8')) as {
    indexes?: string[];
  };
  return [join(dist, searchAssets.bundleDir), ...indexes.map((url) => join(dist, url))];
}

function shardEntries(dist: string): PagefindEntry[] {
  return shardDirs(dist).map(
    (dir) => JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry,
  );
}

/** Each shard's name and the language its pages are filed under (the primary is the entries shard). */
function shardLanguages(dist: string): { name: string; languages: string[] }[] {
  return shardDirs(dist).map((dir, position) => ({
    name: position === 0 ? ENTRIES_SHARD : dir.split('/').filter(Boolean).at(-1)!,
    languages: Object.keys(
      (JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry).languages,
    ),
  }));
}

/** Pages across every shard of the index. */
function pageCount(dist: string): number {
  return shardEntries(dist).reduce(
    (sum, { languages }) => sum + Object.values(languages).reduce((pages, { page_count }) => pages + page_count, 0),
    0,
  );
}

function foldPairs(dist: string): Map<string, string> {
  const { pairs } = JSON.parse(readFileSync(join(dist, searchAssets.foldTable), 'utf8')) as { pairs: string };
  return parseFoldPairs(pairs);
}

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

  it('holds every record, traditional-script entries included, each shard under one language of its own', () => {
    const shards = shardLanguages(fixture);
    expect(shards[0]!.languages).toEqual([INDEX_LANGUAGE]);
    for (const { name, languages } of shards) expect(languages).toEqual([shardLanguage(name)]);
    expect(new Set(shards.map(({ languages }) => languages[0])).size).toBe(shards.length);
    expect(pageCount(fixture)).toBe(10);
  });

  it('is sharded by year of news, with every other entry in the primary shard', () => {
    expect(shardDirs(fixture).map((dir) => dir.slice(fixture.length))).toEqual([
      '/pagefind',
      '/pagefind/news-2023/',
      '/pagefind/news-2024/',
    ]);
    expect(shardEntries(fixture).map(({ languages }) => Object.values(languages)[0]?.page_count)).toEqual([7, 1, 2]);
  });

  it('writes what each result shows, as written, one record per indexed page', () => {
    const records = readRecords(fixture);
    const written = globSync('*.json', { cwd: join(fixture, searchAssets.recordsDir) }).map(
      (file) => JSON.parse(readFileSync(join(fixture, searchAssets.recordsDir, file), 'utf8')) as { url: string },
    );
    const byUrl = (a: { url: string }, b: { url: string }) => a.url.localeCompare(b.url);
    expect(written.sort(byUrl)).toEqual(records.map(displayRecord).sort(byUrl));
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
    });
  });

  it('writes the fold table the browser needs for this site’s characters, and only those', () => {
    const pairs = foldPairs(fixture);
    expect(pairs.get('執')).toBe('执');
    expect(pairs.get('區')).toBe('区');
    const { fold } = buildSearchFold();
    const indexed = new Set(readRecords(fixture).flatMap((record) => Array.from(indexedText(record, fold))));
    for (const [from, key] of pairs) expect(indexed.has(key), `${from} → ${key}`).toBe(true);
  });

  it('ships Pagefind’s search library and leaves out the interfaces and fragments the site does not use', () => {
    const bundle = join(fixture, searchAssets.bundleDir);
    expect(existsSync(join(fixture, searchAssets.pagefindScript))).toBe(true);
    expect(existsSync(join(bundle, `wasm.unknown.pagefind`))).toBe(true);
    for (const unused of searchAssets.unusedPagefindFiles) expect(existsSync(join(bundle, unused)), unused).toBe(false);
    expect(existsSync(join(bundle, 'fragment'))).toBe(false);
    // The other shards are index data only: the browser runs them with the primary's script and WebAssembly.
    for (const shard of shardDirs(fixture).slice(1))
      expect(
        readdirSync(shard).filter((name) => searchAssets.primaryOnlyFiles.test(name) || name === 'fragment'),
      ).toEqual([]);
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
    expect(pageCount(sample)).toBe(entries.length);
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

  it('keeps the fold table small enough for a weak connection', () => {
    expect(readFileSync(join(sample, searchAssets.foldTable)).byteLength).toBeLessThan(16_000);
  });
});
