import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from '../../../lib/html-files.ts';

export interface ScannedPage {
  /** Path relative to the build folder, with `/`. */
  file: string;
  hash: string;
}

/** Every HTML file under `outDir` (only those in the folder `under`, relative to it, when given), in path order. */
export function pageFiles(outDir: string, under?: string): string[] {
  const root = under ? join(outDir, under) : outDir;
  if (!existsSync(root)) return [];
  return htmlFiles(root)
    .map((file) => (under ? `${under}/${file}` : file))
    .sort();
}

/**
 * Those of `files` (relative to `outDir`, with `/`) that carry a search
 * record (that hold `marker`), in the order given, each hashed. Files are
 * read as bytes, never decoded: at 10,000 articles this reads every page of
 * the site on every build, and a byte search and a hash over raw bytes cost a
 * fraction of decoding the text.
 */
export function scanFiles(
  outDir: string,
  files: readonly string[],
  marker: string,
  hash: (bytes: Buffer) => string,
): ScannedPage[] {
  const needle = Buffer.from(marker);
  return files.flatMap((file) => {
    const bytes = readFileSync(join(outDir, file));
    return bytes.includes(needle) ? [{ file, hash: hash(bytes) }] : [];
  });
}

/** The built pages that carry a search record, in path order, each hashed (`scanFiles` over `pageFiles`). */
export function scanPages(
  outDir: string,
  marker: string,
  hash: (bytes: Buffer) => string,
  under?: string,
): ScannedPage[] {
  return scanFiles(outDir, pageFiles(outDir, under), marker, hash);
}
