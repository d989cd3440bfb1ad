import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from '../../../lib/html-files.ts';

export interface ScannedPage {
  /** Path relative to the build folder, with `/`. */
  file: string;
  hash: string;
}

/**
 * What scans of one build found in each page, by path: a later scan takes a
 * page's finding from here, without reading it again, while the page's file
 * is the same file with the same size and times it had when it was read.
 * A page is read early, while Astro may still be writing it, and again once
 * all are written; a file being written grows and gets a new modification
 * time, so a page read half-written is read again.
 */
export type ScanMemo = Map<string, { stamp: string; hash: string | undefined }>;

export interface ScanOptions {
  /** Only the pages in this folder, relative to the build folder, with `/`. */
  under?: string;
  /** Findings of earlier scans of the same build, used and added to. */
  memo?: ScanMemo;
}

/** A file's identity and state: inode, size, and modification and change times in nanoseconds. */
function stampOf(path: string): string {
  const { ino, size, mtimeNs, ctimeNs } = statSync(path, { bigint: true });
  return `${ino}:${size}:${mtimeNs}:${ctimeNs}`;
}

/**
 * The built pages that carry a search record (those holding `marker`), in
 * path order, each hashed. Files are read as bytes, never decoded: at 10,000
 * articles this reads every page of the site on every build, and a byte
 * search and a hash over raw bytes cost a fraction of decoding the text.
 */
export function scanPages(
  outDir: string,
  marker: string,
  hash: (bytes: Buffer) => string,
  { under, memo }: ScanOptions = {},
): ScannedPage[] {
  const needle = Buffer.from(marker);
  const root = under ? join(outDir, under) : outDir;
  if (!existsSync(root)) return [];
  return htmlFiles(root)
    .map((file) => (under ? `${under}/${file}` : file))
    .sort()
    .flatMap((file) => {
      const path = join(outDir, file);
      // Taken before the bytes are read: a page written in between is read again by the next scan.
      const stamp = memo ? stampOf(path) : '';
      const known = memo?.get(file);
      const found = known?.stamp === stamp ? known.hash : scan(readFileSync(path), needle, hash);
      memo?.set(file, { stamp, hash: found });
      return found === undefined ? [] : [{ file, hash: found }];
    });
}

function scan(bytes: Buffer, needle: Buffer, hash: (bytes: Buffer) => string): string | undefined {
  return bytes.includes(needle) ? hash(bytes) : undefined;
}
