import { appendFileSync, cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBuiltIndex } from '../search/support/built-index.ts';
import { buildSite, projectRoot, type AstroRun } from '../support/astro-cli.ts';

const work = join(projectRoot, 'tests/.tmp/search-cache');
const contentDir = join(work, 'content');
const outDir = join(work, 'dist');
// buildSite gives each output folder its own Astro cache folder, where the search shards are kept.
const shardCache = join(work, '.cache-dist', 'search-shards');
const article = join(contentDir, 'news/2024/sijie-peixun.md');

let first: AstroRun;
let second: AstroRun;
let third: AstroRun;
let fourth: AstroRun;
let keyedAfterSecond: number;
let cachedBefore: string[];
let cachedAfter: string[];
const newsIndex: string[] = [];

/** Pages Astro rendered in a build, and pages its incremental build copied from its cache, as its log counts them. */
function pageCounts(run: AstroRun): { rendered: number; copied: number } {
  return {
    rendered: run.output.match(/\(\+[\d.]+m?s\)/g)?.length ?? 0,
    copied: run.output.match(/\((?:restored|cached)\)/g)?.length ?? 0,
  };
}

/** Pages that name a `cacheKey`, from the incremental build's record in the cache folder. */
function keyedPages(): number {
  const manifest = JSON.parse(readFileSync(join(work, '.cache-dist', 'incremental-build.json'), 'utf8')) as {
    routes: Record<string, { paths: Record<string, unknown> }>;
  };
  return Object.values(manifest.routes).reduce((sum, route) => sum + Object.keys(route.paths).length, 0);
}

/** The shards in the cache folder, by name and key. */
const shardsIn = (dir: string) =>
  readdirSync(dir)
    .filter((name) => /-[0-9a-f]{20}$/.test(name))
    .sort();

function build(): AstroRun {
  const run = buildSite({ contentDir, outDir });
  newsIndex.push(readFileSync(join(outDir, 'news/index.html'), 'utf8'));
  return run;
}

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  cpSync(join(projectRoot, 'tests/fixtures/site/content'), contentDir, { recursive: true });
  first = build();
  cachedBefore = shardsIn(shardCache);
  appendFileSync(article, '\n培训结束后，学员们互相留下了联系方式。\n');
  second = build();
  keyedAfterSecond = keyedPages();
  cachedAfter = shardsIn(shardCache);
  writeFileSync(
    article,
    readFileSync(article, 'utf8').replace('title: 吉林四姐开展家政技能培训', 'title: 吉林四姐家政培训结业'),
  );
  third = build();
  // A new article in 2024, as staff publish one: it heads the lists it joins.
  writeFileSync(
    join(contentDir, 'news/2024/sijie-jieye.md'),
    `---\ntitle: 吉林四姐第二期培训班开班\ndate: 2024-12-02\ncity: jilin\nsummary: 第二期家政培训班开班。\n` +
      `source:\n  name: 吉林市妇联\n  kind: original\ncredits:\n  reviewer: 李四\ntags: [技能培训]\n---\n正文。\n`,
  );
  fourth = build();
}, 300_000);

describe('a rebuild after one article changed', () => {
  it('builds every time', () => {
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);
    expect(third.status, third.output).toBe(0);
  });

  it('renders every page the first time', () => {
    expect(pageCounts(first).copied).toBe(0);
  });

  it('renders again only the pages that show the changed body, and copies every other page that has a key', () => {
    // The article and its city's feed, which carries full texts. Pages with no key (home, search, site feed) are
    // always rendered; lists and neighbours show the title, summary and date, which did not change.
    const keyed = keyedAfterSecond;
    const unkeyed = pageCounts(first).rendered - keyed;
    expect(pageCounts(second)).toEqual({ rendered: unkeyed + 2, copied: keyed - 2 });
    expect(newsIndex[1]).toBe(newsIndex[0]);
  });

  it('renders again every page that shows a changed title, so no list keeps the old one', () => {
    expect(pageCounts(third).rendered).toBeGreaterThan(pageCounts(second).rendered);
    for (const page of [
      'news/index.html',
      'news/2024/index.html',
      'cities/jilin/index.html',
      'tags/jineng-peixun/index.html',
    ]) {
      const html = readFileSync(join(outDir, page), 'utf8');
      expect(html).toContain('吉林四姐家政培训结业');
      expect(html).not.toContain('吉林四姐开展家政技能培训');
    }
  });

  it('renders a new article’s lists again, and copies the archives of other years, which do not change', () => {
    expect(fourth.status, fourth.output).toBe(0);
    const lines = stripVTControlCharacters(fourth.output);
    expect(lines).toMatch(/\/news\/2024\/sijie-jieye\/index\.html/);
    expect(lines).not.toMatch(/\/news\/2024\/index\.html \(restored\)/);
    expect(lines).toMatch(/\/news\/2023\/index\.html \(restored\)/);
  });

  it('indexes every shard the first time and only the changed article’s shard the second', () => {
    // Some shards of the first build may be indexed before Astro exits (news while it renders, the entries once every
    // page is written); none is taken from the cache.
    expect(first.output).toMatch(/3 个分片\((?:[0-3] 个在 Astro 退出前建好,)?0 个沿用缓存\)/);
    // The changed year's shard is indexed again, while Astro renders or after; the other two are taken from the cache.
    expect(second.output).toMatch(/3 个分片\((?:1 个在 Astro 退出前建好,)?2 个沿用缓存\)/);
    const kept = cachedAfter.filter((name) => cachedBefore.includes(name));
    expect(kept.map((name) => name.replace(/-[0-9a-f]+$/, ''))).toEqual(['entries', 'news-2023']);
    expect(cachedAfter.filter((name) => name.startsWith('news-2024-'))).toHaveLength(1);
  });

  it('publishes the edits in the index', () => {
    const index = readBuiltIndex(outDir);
    expect(index.search('联系方式')).toEqual(['/news/2024/sijie-peixun/']);
    expect(index.search('吉林四姐家政培训结业')).toEqual(['/news/2024/sijie-peixun/']);
    expect(index.heads.find((head) => head.url === '/news/2024/sijie-peixun/')?.title).toBe('吉林四姐家政培训结业');
  });
});
