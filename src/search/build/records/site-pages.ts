import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RECORD_ATTRIBUTE } from '../../core/markup.ts';
import type { SearchRecord } from '../../model.ts';
import { scanPages, type ScanOptions } from './page-scan.ts';
import { readSearchRecord, searchedLength } from './record.ts';

/** A built page's fingerprint: of its text or its UTF-8 bytes. */
export function pageHash(html: string | Buffer): string {
  return createHash('sha256').update(html).digest('hex');
}

/** The part of a built page's bytes the index reads (`searchedLength`): what its fingerprint is taken of. */
export function searchedBytes(bytes: Buffer): Buffer {
  return bytes.subarray(0, searchedLength(bytes));
}

export interface RecordFile {
  url: string;
  /** Path relative to the build folder, with `/`. */
  file: string;
  /** Hash of the page's searched part as built: a shard whose pages all hash the same is reused from the cache. */
  hash: string;
}

/**
 * Built pages that carry a search record, in path order, each hashed and let
 * go (only those in the folder `under`, when given; with a `memo`, pages an
 * earlier scan read are not read again while unchanged): at 10,000 articles
 * their HTML is hundreds of megabytes, read again only for the shards that
 * must be indexed. Most pages are lists: a byte search for the record
 * attribute spares parsing them.
 */
export function recordFiles(outDir: string, options: ScanOptions = {}): RecordFile[] {
  return scanPages(outDir, RECORD_ATTRIBUTE, (bytes) => pageHash(searchedBytes(bytes)), options).map(
    ({ file, hash }) => ({
      url: `/${file}`.replace(/(^|\/)index\.html$/, '$1'),
      file,
      hash,
    }),
  );
}

/** Records of every built page that has one, in path order. */
export function readRecords(outDir: string): SearchRecord[] {
  return recordFiles(outDir).flatMap(
    ({ url, file }) => readSearchRecord(readFileSync(join(outDir, file), 'utf8'), url) ?? [],
  );
}
