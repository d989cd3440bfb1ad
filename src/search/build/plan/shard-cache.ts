import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import { basename, join } from 'node:path';
import type { RecordFile } from '../records/site-pages.ts';
import { shardKey } from './shards.ts';

/**
 * What a cached shard was made with, besides its pages: the code that reads,
 * folds, cuts and indexes them (every file of `src/search/core/`,
 * `build/records/` and `build/index/`), and the versions of the libraries
 * that fold and read pinyin. Any change to them makes every shard new, with
 * nobody having to remember to say so.
 */
export const INDEX_VERSION = indexVersion();

function indexVersion(): string {
  const search = join(import.meta.dirname, '..', '..');
  const hash = createHash('sha256');
  for (const dir of ['core', 'build/records', 'build/index'])
    for (const file of readdirSync(join(search, dir))
      .filter((name) => name.endsWith('.ts'))
      .sort())
      hash.update(`${dir}/${file}\0`).update(readFileSync(join(search, dir, file)));
  for (const library of ['pinyin-pro', 'opencc-js']) {
    const manifest = findPackageJSON(library, import.meta.url);
    if (manifest)
      hash.update(`${library}@${(JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version}\0`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** The files of an indexed shard in the cache. */
export const shardFiles = {
  /** Its pages as the index lists them: what each shows and is filed under (`ShardData`). */
  pages: 'pages.json',
  /** Its postings, each field's sorted pairs (`build/index/shard.ts`). */
  postings: 'postings.bin',
  /** Each page's record, in page order: its head, and its text compressed (`core/records.ts`). */
  records: 'records.bin',
  /** The characters its folded text holds (for the browser's fold table); written last, so it marks a whole shard. */
  chars: 'chars.txt',
} as const;

/** The folder a shard of these pages is cached in: its name and key (`shardKey`). */
export function cachedShardDir(cacheDir: string, name: string, pages: readonly RecordFile[]): string {
  return join(cacheDir, `${name}-${shardKey(INDEX_VERSION, pages)}`);
}

/** Whether a shard's cached folder is complete: its characters file is written last. */
export function isCached(cached: string): boolean {
  return existsSync(join(cached, shardFiles.chars));
}

/** Where a shard is indexed before it takes its place in the cache: by this process alone. */
export function partialShardDir(cached: string): string {
  return `${cached}.${process.pid}.tmp`;
}

/**
 * Moves a shard indexed into `partial` to its place in the cache. Older
 * versions of the shard will not be asked for again: the cache keeps one
 * per shard, and whatever else is filed under its name (a partial folder
 * a stopped build left) goes with them.
 */
export function storeShard(cacheDir: string, name: string, cached: string, partial = partialShardDir(cached)): void {
  for (const old of readdirSync(cacheDir))
    if (old.startsWith(`${name}-`) && old !== basename(partial)) rmSync(join(cacheDir, old), { recursive: true });
  renameSync(partial, cached);
}
