import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CHARS_FILE } from '../pagefind/index-shard.ts';
import { RECORD_ATTRIBUTE } from '../../core/markup.ts';
import { scanPages } from '../records/page-scan.ts';
import { pageHash, shardKey } from './shards.ts';

/**
 * What a cached shard was made with, besides its pages: bump the format
 * whenever records, folding, tokens or display records change.
 */
export const INDEX_VERSION = 'format 5; pagefind 1.6.0';

export interface RecordFile {
  url: string;
  /** Path relative to the build folder, with `/`. */
  file: string;
  /** Hash of the page as built: a shard whose pages all hash the same is reused from the cache. */
  hash: string;
}

/**
 * Built pages that carry a search record, in path order, each hashed and let
 * go (only those in the folder `under`, when given): at 10,000 articles their
 * HTML is hundreds of megabytes, read again only for the shards that must be
 * indexed. Most pages are lists: a byte search for the record attribute
 * spares parsing them.
 */
export function recordFiles(outDir: string, under?: string): RecordFile[] {
  return scanPages(outDir, RECORD_ATTRIBUTE, pageHash, under).map(({ file, hash }) => ({
    url: `/${file}`.replace(/(^|\/)index\.html$/, '$1'),
    file,
    hash,
  }));
}

/** The folder a shard of these pages is cached in: its name and key (`shardKey`). */
export function cachedShardDir(cacheDir: string, name: string, pages: readonly RecordFile[]): string {
  return join(cacheDir, `${name}-${shardKey(INDEX_VERSION, pages)}`);
}

/** Whether a shard's cached folder is complete: its characters file is written last. */
export function isCached(cached: string): boolean {
  return existsSync(join(cached, CHARS_FILE));
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
