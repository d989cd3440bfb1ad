import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchFold } from '../../../../src/search/build/records/fold-table.ts';
import { createFold, parseFoldPairs } from '../../../../src/search/core/fold.ts';
import {
  pageIdsOf,
  predictPageId,
  readPageIds,
  reserveFragments,
  type PagefindInput,
} from '../../../../src/search/build/pagefind/pagefind-output.ts';
import { pagefindRecord } from '../../../../src/search/build/records/record.ts';

let bundle: string;

function fragment(id: string, text: string): void {
  mkdirSync(join(bundle, 'fragment'), { recursive: true });
  writeFileSync(join(bundle, 'fragment', `${id}.pf_fragment`), gzipSync(text));
}

afterEach(() => rmSync(bundle, { recursive: true, force: true }));

describe('readPageIds', { timeout: 60_000 }, () => {
  it('maps each URL to the id Pagefind gave its page: the name of its fragment', () => {
    bundle = mkdtempSync(join(tmpdir(), 'jinguo-pagefind-'));
    fragment('und_12dd494', 'pagefind_dcd{"url":"/news/2024/a/","content":"执委 委"}');
    fragment('und_19e79ed', 'pagefind_dcd{"url":"/brands/b/","content":"吉林 林 "}');
    expect(readPageIds(bundle)).toEqual(
      new Map([
        ['/news/2024/a/', 'und_12dd494'],
        ['/brands/b/', 'und_19e79ed'],
      ]),
    );
  });

  it('passes over the empty files reserveFragments laid down', () => {
    bundle = mkdtempSync(join(tmpdir(), 'jinguo-pagefind-'));
    fragment('und_12dd494', 'pagefind_dcd{"url":"/news/2024/a/","content":"执委 委"}');
    reserveFragments(bundle, ['und_0000000']);
    expect(readPageIds(bundle)).toEqual(new Map([['/news/2024/a/', 'und_12dd494']]));
  });

  it('stops the build when a fragment is not what Pagefind 1.6 writes', () => {
    bundle = mkdtempSync(join(tmpdir(), 'jinguo-pagefind-'));
    fragment('und_1', '{"url":"/a/"}');
    expect(() => readPageIds(bundle)).toThrow(/und_1\.pf_fragment: not a Pagefind 1\.6 fragment/);
    rmSync(join(bundle, 'fragment'), { recursive: true });
    fragment('und_2', 'pagefind_dcd{"content":""}');
    expect(() => readPageIds(bundle)).toThrow(/a Pagefind fragment without a URL/);
  });
});

/** Records as the build hands them to Pagefind, from text of every kind a page holds. */
function inputs(): PagefindInput[] {
  const fold = createFold(parseFoldPairs(buildSearchFold().pairs));
  const texts = [
    [
      '/news/2024/a/',
      '巾帼志愿服务',
      '妇女微家开展“家庭教育”讲座，吉林四姐参与。',
      { city: ['jilin'], type: ['news'] },
    ],
    [
      '/news/2024/b/',
      '秦州區婦聯 2023 年工作回眸',
      '組織更健全、服務更貼近；Wi-Fi 覆盖 100%。',
      { type: ['news'], year: ['2024'] },
    ],
    ['/people/c/', '方淑玲', '最美执委 𠀾𡈼 (Ext. B) — 3 个项目', { brand: ['a', 'b'], city: ['tianshui', 'qinzhou'] }],
    ['/brands/d/', 'Brand d', '', {}],
  ] as const;
  return texts.map(([url, title, body, filters]) => ({
    ...pagefindRecord({ url, kind: 'news', title, summary: '', body, lang: 'zh-Hans', cities: [], brands: [] }, fold),
    filters: Object.fromEntries(Object.entries(filters).map(([key, values]) => [key, [...values]])),
    language: 'x0ab',
  }));
}

/** Indexes the records with Pagefind into a new bundle, after `before` has had its say about the folder. */
async function indexed(records: PagefindInput[], before: (bundle: string) => void = () => {}): Promise<void> {
  const { index } = await pagefind.createIndex({});
  try {
    for (const record of records) expect((await index!.addCustomRecord(record)).errors).toEqual([]);
    before(bundle);
    expect((await index!.writeFiles({ outputPath: bundle })).errors).toEqual([]);
  } finally {
    await pagefind.close();
  }
}

const fragmentFiles = () =>
  readdirSync(join(bundle, 'fragment')).map((file) => statSync(join(bundle, 'fragment', file)).size);

describe('predictPageId', () => {
  it('names each record as the pinned Pagefind does', async () => {
    bundle = mkdtempSync(join(tmpdir(), 'jinguo-pagefind-'));
    const records = inputs();
    await indexed(records);
    expect(readPageIds(bundle)).toEqual(new Map(records.map((record) => [record.url, predictPageId(record)])));
  });
});

describe('reserveFragments and pageIdsOf', { timeout: 60_000 }, () => {
  it('keep Pagefind from writing the fragments, and give each URL its id', async () => {
    bundle = mkdtempSync(join(tmpdir(), 'jinguo-pagefind-'));
    const records = inputs();
    const predicted = new Map(records.map((record) => [record.url, predictPageId(record)]));
    await indexed(records, (folder) => reserveFragments(folder, predicted.values()));
    expect(fragmentFiles()).toEqual(records.map(() => 0));
    expect(pageIdsOf(bundle, predicted)).toEqual(predicted);
  });

  it('take the id Pagefind wrote a fragment under where the prediction missed', async () => {
    bundle = mkdtempSync(join(tmpdir(), 'jinguo-pagefind-'));
    const records = inputs();
    const right = new Map(records.map((record) => [record.url, predictPageId(record)]));
    const predicted = new Map([...right, ['/people/c/', 'x0ab_0000000']]);
    await indexed(records, (folder) => reserveFragments(folder, predicted.values()));
    expect(fragmentFiles().filter((size) => size > 0)).toHaveLength(1);
    expect(pageIdsOf(bundle, predicted)).toEqual(right);
  });

  it('stop the build when an id is not among the pages Pagefind indexed', () => {
    bundle = mkdtempSync(join(tmpdir(), 'jinguo-pagefind-'));
    writeFileSync(join(bundle, 'pagefind.x0ab_1.pf_meta'), gzipSync(Buffer.from('pagefind_dcd\x6cx0ab_1234567')));
    expect(pageIdsOf(bundle, new Map([['/a/', 'x0ab_1234567']]))).toEqual(new Map([['/a/', 'x0ab_1234567']]));
    expect(() => pageIdsOf(bundle, new Map([['/b/', 'x0ab_7654321']]))).toThrow(
      /Pagefind did not index \/b\/ under the id expected \(x0ab_7654321\)/,
    );
  });
});
