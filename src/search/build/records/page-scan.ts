import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from '../../../lib/html-files.ts';

export interface ScannedPage {
  /** Path relative to the build folder, with `/`. */
  file: string;
  hash: string;
}

/**
 * The built pages that carry a search record (those holding `marker`), in
 * path order, each hashed; only those in the folder `under` (relative to
 * `outDir`, with `/`), when given. Files are read as bytes, never decoded: at
 * 10,000 articles this reads every page of the site on every build, and a
 * byte search and a hash over raw bytes cost a fraction of decoding the text.
 */
export function scanPages(
  outDir: string,
  marker: string,
  hash: (bytes: Buffer) => string,
  under?: string,
): ScannedPage[] {
  const needle = Buffer.from(marker);
  const root = under ? join(outDir, under) : outDir;
  if (!existsSync(root)) return [];
  return htmlFiles(root)
    .map((file) => (under ? `${under}/${file}` : file))
    .sort()
    .flatMap((file) => {
      const bytes = readFileSync(join(outDir, file));
      return bytes.includes(needle) ? [{ file, hash: hash(bytes) }] : [];
    });
}
