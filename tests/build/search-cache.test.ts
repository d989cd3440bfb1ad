import { appendFileSync, cpSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRecords } from '../../src/integrations/search-index.ts';
import { buildSite, projectRoot, type AstroRun } from '../support/astro-cli.ts';

const work = join(projectRoot, 'tests/.tmp/search-cache');
const contentDir = join(work, 'content');
const outDir = join(work, 'dist');
// buildSite gives each output folder its own Astro cache folder, where the search shards are kept.
const shardCache = join(work, '.cache-dist', 'search-shards');

let first: AstroRun;
let second: AstroRun;
let cachedBefore: string[];

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  cpSync(join(projectRoot, 'tests/fixtures/site/content'), contentDir, { recursive: true });
  first = buildSite({ contentDir, outDir });
  cachedBefore = readdirSync(shardCache).sort();
  appendFileSync(join(contentDir, 'news/2024/sijie-peixun.md'), '\n培训结束后，学员们互相留下了联系方式。\n');
  second = buildSite({ contentDir, outDir });
}, 240_000);

describe('a rebuild after one article changed', () => {
  it('builds both times', () => {
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);
  });

  it('indexes every shard the first time and only the changed article’s shard the second', () => {
    expect(first.output).toContain('3 个分片(0 个沿用缓存)');
    expect(second.output).toContain('3 个分片(2 个沿用缓存)');
    const cachedAfter = readdirSync(shardCache).sort();
    const kept = cachedAfter.filter((name) => cachedBefore.includes(name));
    expect(kept.map((name) => name.replace(/-[0-9a-f]+$/, ''))).toEqual(['entries', 'news-2023']);
    expect(cachedAfter.filter((name) => name.startsWith('news-2024-'))).toHaveLength(1);
    expect(cachedAfter.find((name) => name.startsWith('news-2024-'))).not.toBe(
      cachedBefore.find((name) => name.startsWith('news-2024-')),
    );
  });

  it('publishes the edit in the index', () => {
    const record = readRecords(outDir).find((candidate) => candidate.url === '/news/2024/sijie-peixun/');
    expect(record?.body).toContain('学员们互相留下了联系方式');
  });
});
