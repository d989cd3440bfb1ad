import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildSearchFold, type SearchFold } from './fold-table.ts';
import { CHARS_FILE, type RecordPage } from './index-shard.ts';
import type { ShardJob, ShardResult } from './index-worker.ts';
import { RECORD_ATTRIBUTE } from './markup.ts';
import { readSearchRecord, type SearchRecord } from './record.ts';
import { groupByShard, pageHash, shardKey, shardLanguage } from './shards.ts';
import { RECORDS_DIR, findIdClashes, readShardIds, urlOfId } from './id-clashes.ts';
import { scanPages } from './page-scan.ts';
import { searchAssets } from './assets.ts';
import { linkTree } from '../link-tree.ts';
import { leanAllocatorEnv } from '../lean-allocators.ts';

/**
 * What a cached shard was made with, besides its pages: bump the format
 * whenever records, folding, tokens or display records change.
 */
const INDEX_VERSION = 'format 5; pagefind 1.6.0';

/** Built pages that carry a search record, with their HTML, in path order. */
export function readRecordPages(outDir: string): RecordPage[] {
  return recordFiles(outDir).map(({ url, file }) => ({ url, html: readFileSync(join(outDir, file), 'utf8') }));
}

/** Records of every built page that has one, in path order. */
export function readRecords(outDir: string): SearchRecord[] {
  return readRecordPages(outDir).flatMap(({ url, html }) => readSearchRecord(html, url) ?? []);
}

interface RecordFile {
  url: string;
  file: string;
  /** Hash of the page as built: a shard whose pages all hash the same is reused from the cache. */
  hash: string;
}

/**
 * Built pages that carry a search record, in path order, each hashed and let
 * go: at 10,000 articles their HTML is hundreds of megabytes, read again
 * only for the shards that must be indexed. Most pages are lists: a byte
 * search for the record attribute spares parsing them.
 */
function recordFiles(outDir: string): RecordFile[] {
  return scanPages(outDir, RECORD_ATTRIBUTE, pageHash).map(({ file, hash }) => ({
    url: `/${file}`.replace(/(^|\/)index\.html$/, '$1'),
    file,
    hash,
  }));
}

/**
 * Shards indexed at once, each in a worker thread with its own Pagefind
 * process: one per core, at most two, since each holds a shard's index in
 * memory. JINGUO_SEARCH_WORKERS sets another number.
 */
function workerCount(): number {
  const asked = Number(process.env.JINGUO_SEARCH_WORKERS);
  return Number.isInteger(asked) && asked > 0 ? asked : Math.min(2, availableParallelism());
}

/**
 * Runs the jobs on a few worker threads; the first failure fails the build
 * with its message, once the other workers have finished the shard they
 * are on: nothing writes into the cache after this returns.
 */
async function indexShards(jobs: ShardJob[]): Promise<void> {
  const queue = [...jobs];
  const run = async () => {
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
      queue.length = 0;
      throw error;
    } finally {
      await worker.terminate();
    }
  };
  const runs = await Promise.allSettled(Array.from({ length: Math.min(workerCount(), jobs.length) }, run));
  const failed = runs.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (failed) throw failed.reason;
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
export function readSearchSources(outDir: string): SearchSources {
  return { fold: buildSearchFold(), files: recordFiles(outDir) };
}

/**
 * Builds the site search from the built pages in `outDir`: every page that
 * marks a search record (see `markup.ts`) is indexed by Pagefind, folded to
 * one simplified-script index of character pairs (`tokens.ts`), in shards
 * (`shards.ts`) kept in `cacheDir` between builds. Beside it go the fold
 * table the browser needs to fold queries the same way (with the list of
 * shards to merge), and one display record per page: what a result shows,
 * as the page is written. `sources`, when given, were read from `outDir`
 * once its pages were final.
 */
export async function writeSearchIndex(outDir: string, cacheDir: string, sources = readSearchSources(outDir)) {
  const { pairs: foldPairs, pairsFor } = sources.fold;
  const bundleDir = join(outDir, searchAssets.bundleDir);
  rmSync(bundleDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });

  const shards = [...groupByShard(sources.files)].map(([name, pages]) => ({
    name,
    pages,
    cached: join(cacheDir, `${name}-${shardKey(INDEX_VERSION, pages)}`),
  }));
  const missing = shards.filter(({ cached }) => !existsSync(join(cached, CHARS_FILE)));
  const partial = (cached: string) => `${cached}.${process.pid}.tmp`;
  const fresh = new Set(missing.map(({ name }) => name));
  const salts = new Map<string, Record<string, number>>();
  const index = async (todo: typeof shards) => {
    for (const { cached } of todo) rmSync(partial(cached), { recursive: true, force: true });
    await indexShards(
      todo.map(({ name, pages, cached }) => ({
        outDir,
        pages: pages.map(({ url, file }) => ({ url, file })),
        outputPath: partial(cached),
        language: shardLanguage(name),
        foldPairs,
        salts: salts.get(name) ?? {},
      })),
    );
  };
  await index(missing);
  await separateIds(shards, fresh, salts, partial, index);

  for (const { name, cached } of shards.filter(({ name }) => fresh.has(name))) {
    // Older versions of this shard will not be asked for again: the cache keeps one per shard.
    for (const old of readdirSync(cacheDir))
      if (old.startsWith(`${name}-`) && old !== basename(partial(cached)))
        rmSync(join(cacheDir, old), { recursive: true });
    renameSync(partial(cached), cached);
  }

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
  return { indexed, shards: shards.length, reused: shards.length - fresh.size, bytes: Buffer.byteLength(table) };
}
