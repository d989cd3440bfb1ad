import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildSearchFold, type SearchFold } from '../records/fold-table.ts';
import { CHARS_FILE, type RecordPage } from '../pagefind/index-shard.ts';
import type { ShardJob, ShardResult } from './index-worker.ts';
import { readSearchRecord } from '../records/record.ts';
import type { SearchRecord } from '../../model.ts';
import { groupByShard, shardFolder, shardLanguage } from '../plan/shards.ts';
import type { IndexAhead } from './index-ahead.ts';
import {
  cachedShardDir,
  isCached,
  partialShardDir,
  recordFiles,
  storeShard,
  type RecordFile,
} from '../plan/shard-cache.ts';
import { RECORDS_DIR, findIdClashes, readShardIds, urlOfId } from '../pagefind/id-clashes.ts';
import { searchAssets } from '../../core/assets.ts';
import { linkTree } from '../../../lib/link-tree.ts';
import { buildOptions } from '../../../build/options.ts';
import { leanAllocatorEnv } from '../../../build/tuning/lean-allocators.ts';

/** Built pages that carry a search record, with their HTML, in path order. */
export function readRecordPages(outDir: string): RecordPage[] {
  return recordFiles(outDir).map(({ url, file }) => ({ url, html: readFileSync(join(outDir, file), 'utf8') }));
}

/** Records of every built page that has one, in path order. */
export function readRecords(outDir: string): SearchRecord[] {
  return readRecordPages(outDir).flatMap(({ url, html }) => readSearchRecord(html, url) ?? []);
}

/**
 * Shards indexed at once, each in a worker thread with its own Pagefind
 * process: one per core, at most two, since each holds a shard's index in
 * memory. JINGUO_SEARCH_WORKERS sets another number.
 */
function workerCount(): number {
  return buildOptions.search.workers ?? Math.min(2, availableParallelism());
}

/**
 * Runs the jobs on a few worker threads; the first failure fails the build
 * with its message, once the other workers have finished the shard they
 * are on: nothing writes into the cache after this returns. While `held`
 * is pending, one worker's place is taken (by a shard indexed ahead); the
 * jobs it settles to are run in that place.
 */
async function indexShards(jobs: ShardJob[], held?: Promise<ShardJob[]>): Promise<void> {
  const queue = [...jobs];
  let failed = false;
  const run = async () => {
    if (queue.length === 0) return;
    // Each worker's Pagefind process inherits the worker's environment.
    const worker = new Worker(new URL('./index-worker.ts', import.meta.url), {
      env: { ...process.env, ...leanAllocatorEnv },
    });
    try {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const result = await new Promise<ShardResult>((resolve, reject) => {
          const settle = (done: () => void) => {
            worker.off('message', onMessage).off('error', onError);
            done();
          };
          const onMessage = (message: ShardResult) => settle(() => resolve(message));
          const onError = (error: Error) => settle(() => reject(error));
          worker.on('message', onMessage).on('error', onError);
          worker.postMessage(job);
        });
        if (!result.ok) throw new Error(result.message);
      }
    } catch (error) {
      failed = true;
      queue.length = 0;
      throw error;
    } finally {
      await worker.terminate();
    }
  };
  const places = Math.max(1, workerCount() - (held ? 1 : 0));
  const runs = Array.from({ length: Math.min(places, jobs.length) }, run);
  if (held)
    runs.push(
      held.then((later) => {
        if (!failed) queue.push(...later);
        return run();
      }),
    );
  const settled = await Promise.allSettled(runs);
  const failure = settled.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (failure) throw failure.reason;
}

/**
 * Places a cached shard in the bundle (as hard links: see `link-tree.ts`):
 * its display records into the one records folder, the primary's files
 * whole, the others' without Pagefind's browser code (the primary's serves
 * them all).
 */
function placeShard(from: string, bundleDir: string, name: string, primary: boolean): void {
  linkTree(join(from, RECORDS_DIR), join(bundleDir, '..', searchAssets.recordsDir));
  linkTree(from, primary ? bundleDir : join(bundleDir, name), (path) => {
    const file = basename(path);
    if (path === RECORDS_DIR || file === CHARS_FILE) return false;
    if ((searchAssets.unusedPagefindFiles as readonly string[]).includes(file)) return false;
    return primary || !searchAssets.primaryOnlyFiles.test(file);
  });
}

/**
 * Rounds of indexing again before a clash stops the build; a salted page
 * clashes again about once in 25,000 at 10,000 pages.
 */
const SALT_ROUNDS = 3;

/**
 * Gives every page of the site its own Pagefind id (see `id-clashes.ts`):
 * while shards share an id, the shards named by `findIdClashes` are indexed
 * again with those pages salted, cached shards among them becoming fresh.
 */
async function separateIds<S extends { name: string; cached: string }>(
  shards: readonly S[],
  fresh: Set<string>,
  salts: Map<string, Record<string, number>>,
  partial: (cached: string) => string,
  index: (todo: S[]) => Promise<void>,
): Promise<void> {
  const dirOf = ({ name, cached }: S) => (fresh.has(name) ? partial(cached) : cached);
  for (let round = 1; ; round++) {
    const clashes = findIdClashes(
      shards.map((shard) => ({ name: shard.name, fresh: fresh.has(shard.name), ids: readShardIds(dirOf(shard)) })),
    );
    if (clashes.length === 0) return;
    const redo = shards.filter(({ name }) => clashes.some((clash) => clash.shard === name));
    if (round > SALT_ROUNDS)
      throw new Error(`Pagefind gave pages of ${redo.map(({ name }) => name).join(', ')} ids other shards hold`);
    for (const { shard: name, id } of clashes) {
      const shard = redo.find((candidate) => candidate.name === name)!;
      salts.set(name, { ...salts.get(name), [urlOfId(dirOf(shard), id)]: round });
    }
    // A cached shard indexed again is rebuilt beside its cached copy, which the fresh one then replaces.
    for (const { name } of redo) fresh.add(name);
    await index(redo);
  }
}

/** What the index is made from: the fold, and the built pages that carry a record, each hashed. */
export interface SearchSources {
  fold: SearchFold;
  files: RecordFile[];
}

/**
 * Reads what the index is made from. It needs only the finished pages, so a
 * build reads it while Astro is still writing its redirect pages and sitemap
 * (`scripts/lib/site-build.ts`): at 10,000 articles, about a second.
 */
export function readSearchSources(outDir: string, fold = buildSearchFold()): SearchSources {
  return { fold, files: recordFiles(outDir) };
}

/**
 * Builds the site search from the built pages in `outDir`: every page that
 * marks a search record (see `markup.ts`) is indexed by Pagefind, folded to
 * one simplified-script index of character pairs (`tokens.ts`), in shards
 * (`shards.ts`) kept in `cacheDir` between builds. Beside it go the fold
 * table the browser needs to fold queries the same way (with the list of
 * shards to merge), and one display record per page: what a result shows,
 * as the page is written. `sources`, when given, were read from `outDir`
 * once its pages were final. `ahead`, when given, has been indexing shards
 * while Astro rendered (`index-ahead.ts`): it stops, and what it put in the
 * cache is taken like any cached shard.
 */
export async function writeSearchIndex(
  outDir: string,
  cacheDir: string,
  sources = readSearchSources(outDir),
  ahead?: IndexAhead,
) {
  const { pairs: foldPairs, pairsFor } = sources.fold;
  const bundleDir = join(outDir, searchAssets.bundleDir);
  rmSync(bundleDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });

  const shards = [...groupByShard(sources.files)].map(([name, pages]) => ({
    name,
    pages,
    cached: cachedShardDir(cacheDir, name, pages),
  }));
  const missing = shards.filter(({ cached }) => !isCached(cached));
  // The shards of a folder still being indexed ahead are left to it; those it does not put in the cache are
  // indexed here once it is done.
  const handover = ahead?.handOver();
  const leftAhead = ({ name }: { name: string }) => handover?.busy !== undefined && shardFolder(name) === handover.busy;
  const fresh = new Set(missing.filter((shard) => !leftAhead(shard)).map(({ name }) => name));
  const salts = new Map<string, Record<string, number>>();
  const jobsFor = (todo: typeof shards): ShardJob[] =>
    todo.map(({ name, pages, cached }) => {
      fresh.add(name);
      rmSync(partialShardDir(cached), { recursive: true, force: true });
      return {
        outDir,
        pages: pages.map(({ url, file }) => ({ url, file })),
        outputPath: partialShardDir(cached),
        language: shardLanguage(name),
        foldPairs,
        salts: salts.get(name) ?? {},
      };
    });
  const index = (todo: typeof shards) => indexShards(jobsFor(todo));
  const held = handover?.done.then(() =>
    jobsFor(missing.filter((shard) => leftAhead(shard) && !isCached(shard.cached))),
  );
  await indexShards(jobsFor(missing.filter((shard) => !leftAhead(shard))), held);
  await separateIds(shards, fresh, salts, partialShardDir, index);

  for (const { name, cached } of shards.filter(({ name }) => fresh.has(name))) storeShard(cacheDir, name, cached);

  const present: string[] = [];
  for (const [position, { name, cached }] of shards.entries()) {
    present.push(readFileSync(join(cached, CHARS_FILE), 'utf8'));
    placeShard(cached, bundleDir, name, position === 0);
  }
  const table = JSON.stringify({
    pairs: pairsFor(present),
    indexes: shards.slice(1).map(({ name }) => `/${searchAssets.bundleDir}/${name}/`),
  });
  writeFileSync(join(outDir, searchAssets.foldTable), table);
  const indexed = shards.reduce((sum, { pages }) => sum + pages.length, 0);
  // Shards indexed ahead are in the cache by now, but were made by this build.
  const early = shards.filter(({ name }) => !fresh.has(name) && ahead?.stored.has(name)).length;
  return {
    indexed,
    shards: shards.length,
    ahead: early,
    reused: shards.length - fresh.size - early,
    bytes: Buffer.byteLength(table),
  };
}
