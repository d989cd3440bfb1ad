import { mkdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { writeIndex } from '../index/merge.ts';
import { cachedShardDir, isCached, partialShardDir, storeShard } from '../plan/shard-cache.ts';
import type { ScanMemo } from '../records/page-scan.ts';
import { recordFiles, type RecordFile } from '../records/site-pages.ts';
import { ENTRIES_SHARD, groupByShard, shardFolder } from '../plan/shards.ts';
import { buildSearchFold, type SearchFold } from '../records/fold-table.ts';
import { everydayReadings } from '../records/pinyin.ts';
import { startBucketThread } from './bucket-thread.ts';
import { IndexPool } from './pool.ts';
import type { ShardRendered } from './rendered-shards.ts';

export interface IndexerOptions {
  /** The built site's folder. */
  outDir: string;
  /** Where indexed shards are kept between builds. */
  cacheDir: string;
  /** Index years of news while Astro renders the rest (default: when there is more than one core). */
  early?: boolean;
  /** Shards indexed at once (default: one per core, at most two). */
  workers?: number;
}

/** What a build's index came to, for its log line. */
export interface IndexSummary {
  pages: number;
  shards: number;
  /** Shards indexed while Astro rendered. */
  early: number;
  /** Shards taken from the cache as they were. */
  reused: number;
  buckets: number;
  bytes: number;
}

/** Looks for written pages this often, at most this many times: Astro writes a page just after rendering it. */
const LOOK_AGAIN_MS = 100;
const LOOKS = 20;

/**
 * The search index of one build, as the build drives it (`scripts/lib/site-build.ts`):
 *
 * - `shardRendered` — Astro has written a year of news: it is indexed now, at
 *   the lowest priority, into the shard cache (`pool.ts`), taking only the
 *   time Astro's rendering leaves idle;
 * - `pagesBuilt` — every page is written: the pages the index is made from are
 *   listed and hashed now, while Astro writes its redirect pages and sitemap,
 *   and shards neither in the cache nor covered by a year are indexed, at the
 *   lowest priority too;
 * - `finish` — Astro has exited: every shard not in the cache under its
 *   pages' hashes is indexed (two at a time), and the shards are merged into
 *   the index the site publishes (`index/merge.ts`), half its buckets on a
 *   second thread when there is a second core;
 * - `stop` — the build failed.
 *
 * A shard is filed in the cache under the hashes of the very bytes it was
 * indexed from, and taken from it only where the built pages hash the same:
 * nothing indexed early can change the published index.
 */
export class SiteIndexer {
  readonly #options: IndexerOptions;
  readonly #pool: IndexPool;
  #fold: SearchFold | undefined;
  /** Shards being indexed early, by name. */
  readonly #early = new Map<string, Promise<void>>();
  readonly #earlyDone = new Set<string>();
  /** Shards being indexed once every page is written, before Astro exits, by name. */
  readonly #ahead = new Map<string, Promise<void>>();
  #sources: RecordFile[] | undefined;
  /** What this build's scans of the pages found: a year's pages scanned early are not read again once all are. */
  readonly #scanned: ScanMemo = new Map();
  #finishing = false;

  constructor(options: IndexerOptions) {
    this.#options = { ...options, early: options.early ?? availableParallelism() > 1 };
    this.#pool = new IndexPool(options.workers);
    mkdirSync(options.cacheDir, { recursive: true });
  }

  /** The fold, made once when first needed (OpenCC's tables, about half a second). */
  get fold(): SearchFold {
    return (this.#fold ??= buildSearchFold());
  }

  shardRendered(rendered: ShardRendered): void {
    if (!this.#options.early || this.#finishing) return;
    const done = this.#indexFolderEarly(rendered).catch(() => undefined);
    this.#early.set(rendered.folder, done);
  }

  async #indexFolderEarly({ folder, pages: expected }: ShardRendered): Promise<void> {
    const { outDir } = this.#options;
    const scan = { under: folder, memo: this.#scanned };
    let files = recordFiles(outDir, scan);
    for (let look = 1; files.length < expected && look < LOOKS; look++) {
      await sleep(LOOK_AGAIN_MS);
      files = recordFiles(outDir, scan);
    }
    for (const [name, pages] of groupByShard(files))
      if (name !== ENTRIES_SHARD && pages.length > 0) await this.#indexEarly(name, pages);
  }

  /** Indexes a shard at low priority before Astro exits, unless it is in the cache or the build is finishing. */
  async #indexEarly(name: string, pages: readonly RecordFile[]): Promise<void> {
    if (this.#finishing || isCached(cachedShardDir(this.#options.cacheDir, name, pages))) return;
    if (await this.#index(name, pages, true)) this.#earlyDone.add(name);
  }

  /** Indexes one shard and files it in the cache under the hashes of what it read; false if it failed. */
  async #index(name: string, pages: readonly RecordFile[], low: boolean): Promise<boolean> {
    const { outDir, cacheDir } = this.#options;
    const partial = partialShardDir(cachedShardDir(cacheDir, `${name}${low ? '.early' : ''}`, pages));
    const result = await this.#pool.run(
      { outDir, pages: pages.map(({ url, file }) => ({ url, file })), dir: partial, foldPairs: this.fold.pairs },
      low,
    );
    if (!result.ok) {
      rmSync(partial, { recursive: true, force: true });
      if (low) return false;
      throw new Error(result.message);
    }
    const indexed = pages.map((page, index) => ({ ...page, hash: result.hashes[index]! }));
    storeShard(cacheDir, name, cachedShardDir(cacheDir, name, indexed), partial);
    return true;
  }

  pagesBuilt(): void {
    try {
      this.#sources = recordFiles(this.#options.outDir, { memo: this.#scanned });
    } catch {
      // Read again in `finish`, where a failure is reported as the build's.
      this.#sources = undefined;
      return;
    }
    if (!this.#options.early || this.#finishing) return;
    // Shards no year's early job covers (the entries; a year whose job gave up) are indexed now, at low priority,
    // while Astro writes its redirect pages and sitemap, rather than once it has exited.
    for (const [name, pages] of groupByShard(this.#sources)) {
      const after = this.#early.get(shardFolder(name) ?? '') ?? Promise.resolve();
      this.#ahead.set(
        name,
        after.then(() => this.#indexEarly(name, pages)).catch(() => undefined),
      );
    }
  }

  async finish(): Promise<IndexSummary> {
    this.#finishing = true;
    const { outDir, cacheDir } = this.#options;
    try {
      const files = this.#sources ?? recordFiles(outDir, { memo: this.#scanned });
      const shards = [...groupByShard(files)].map(([name, pages]) => ({
        name,
        pages,
        dir: cachedShardDir(cacheDir, name, pages),
      }));
      const fresh = new Set<string>();
      // Every shard settles before a failure is reported, so that none is still being filed in the cache after.
      const settled = await Promise.allSettled(
        shards.map(async ({ name, pages, dir }) => {
          // A shard of a folder being indexed early is left to it; what it does not put in the cache is indexed here.
          await this.#early.get(shardFolder(name) ?? '');
          await this.#ahead.get(name);
          if (isCached(dir)) return;
          await this.#index(name, pages, false);
          fresh.add(name);
        }),
      );
      const failed = settled.find((outcome) => outcome.status === 'rejected');
      if (failed) throw failed.reason;
      const readings = everydayReadings();
      // With more than one core, a second thread writes half the buckets.
      const elsewhere = availableParallelism() > 1 ? startBucketThread : undefined;
      const written = await writeIndex(shards, outDir, this.fold, readings, elsewhere);
      const early = shards.filter(({ name }) => !fresh.has(name) && this.#earlyDone.has(name)).length;
      return {
        pages: written.pages,
        shards: shards.length,
        early,
        reused: shards.length - fresh.size - early,
        buckets: written.buckets,
        bytes: written.bytes,
      };
    } finally {
      await this.#pool.close();
    }
  }

  async stop(): Promise<void> {
    this.#finishing = true;
    await this.#pool.close();
  }
}
