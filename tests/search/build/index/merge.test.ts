import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  readBucketSources,
  writeBucketJob,
  writeIndex,
  type BucketHelperStart,
  type BucketJob,
} from '../../../../src/search/build/index/merge.ts';
import { indexShard } from '../../../../src/search/build/index/shard.ts';
import { buildSearchFold, type SearchFold } from '../../../../src/search/build/records/fold-table.ts';
import { everydayReadings, type Readings } from '../../../../src/search/build/records/pinyin.ts';
import { startBucketThread } from '../../../../src/search/build/run/bucket-thread.ts';
import { searchAssets } from '../../../../src/search/core/assets.ts';
import { filesWithBytes } from '../../support/built-index.ts';

const CHARS = '妇女儿童家庭社区服务创业就业培训巾帼志愿维权调解关爱留守老人健康文明乡村振兴城市工作会议学习宣传';

/** A news page of `length` characters drawn from `CHARS` by a fixed sequence: many distinct pairs of characters. */
function newsPage(number: number, length = 400): { url: string; html: string } {
  let seed = number * 7919 + 1;
  let text = '';
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    text += CHARS[seed % CHARS.length];
  }
  const body = `<main data-search-record="news" data-search-date="2024-03-${String((number % 28) + 1).padStart(2, '0')}"><h1>第${number}期</h1><p>${text}</p></main>`;
  return { url: `/news/2024/n${number}/`, html: `<!doctype html><html lang="zh-Hans"><body>${body}</body></html>` };
}

let dir: string;
let fold: SearchFold;
let readings: Readings;
let shards: { name: string; dir: string }[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'index-merge-'));
  fold = buildSearchFold();
  readings = everydayReadings();
  shards = [0, 1].map((part) => {
    const shard = { name: `news-2024-${part}`, dir: join(dir, 'cache', `part-${part}`) };
    indexShard(
      Array.from({ length: 30 }, (_, index) => newsPage(part * 30 + index)),
      shard.dir,
      fold.fold,
    );
    return shard;
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeIndex', { timeout: 60_000 }, () => {
  it('writes the same index, byte for byte, when another thread writes the upper half of the buckets', async () => {
    const whole = join(dir, 'whole');
    const alone = await writeIndex(shards, whole, fold, readings);
    expect(alone.buckets).toBeGreaterThanOrEqual(4);

    const split = join(dir, 'split');
    const jobs: BucketJob[] = [];
    const closed: boolean[] = [];
    const inProcess: BucketHelperStart = (dirs) => {
      const postings = readBucketSources(dirs);
      return {
        write: async (job) => (jobs.push(job), writeBucketJob(postings, job)),
        close: () => closed.push(true),
      };
    };
    const shared = await writeIndex(shards, split, fold, readings, inProcess);
    expect(jobs.map(({ from, to }) => [from, to])).toEqual([[alone.buckets / 2, alone.buckets]]);
    expect(shared).toEqual(alone);
    expect(closed).toEqual([true]);
    expect(filesWithBytes(split)).toEqual(filesWithBytes(whole));
  });

  it('writes the same on a thread of its own', async () => {
    const whole = join(dir, 'whole-again');
    await writeIndex(shards, whole, fold, readings);
    const threaded = join(dir, 'threaded');
    await writeIndex(shards, threaded, fold, readings, startBucketThread);
    expect(filesWithBytes(threaded)).toEqual(filesWithBytes(whole));
  });

  it('fails when the other thread fails, and writes no entry file for an index missing buckets', async () => {
    const failed = join(dir, 'failed');
    await expect(
      writeIndex(shards, failed, fold, readings, () => ({
        write: () => Promise.reject(new Error('no room on the disk')),
        close: () => undefined,
      })),
    ).rejects.toThrow('no room on the disk');
    expect(existsSync(join(failed, searchAssets.meta))).toBe(false);
  });

  it('fails with the reason when the thread cannot read a shard', async () => {
    const missing = [...shards, { name: 'news-2023-0', dir: join(dir, 'cache', 'not-there') }];
    await expect(writeIndex(missing, join(dir, 'missing'), fold, readings, startBucketThread)).rejects.toThrow(
      /not-there/,
    );
  });
});
