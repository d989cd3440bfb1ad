import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

export interface ListedFile {
  /** Relative to the folder listed, with `/`. */
  path: string;
  /** A plain file; otherwise a link (or another kind of entry), never followed. */
  plain: boolean;
}

/**
 * Everything under `dir` but its folders. One directory listing per folder,
 * which is faster than a glob over every page; at 10,000 articles a listing
 * of the built site takes a few tenths of a second, so a step that needs its
 * pages and its other files lists once and filters.
 */
export function filesUnder(dir: string): ListedFile[] {
  const root = resolve(dir);
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => ({
      path:
        entry.parentPath === root
          ? entry.name
          : `${entry.parentPath.slice(root.length + 1)}/${entry.name}`.replaceAll('\\', '/'),
      plain: entry.isFile(),
    }));
}

/** Every `.html` file under `dir` (plain files: a link is not followed), relative to it, with `/`. */
export function htmlFiles(dir: string): string[] {
  return filesUnder(dir)
    .filter(({ path, plain }) => plain && path.endsWith('.html'))
    .map(({ path }) => path);
}
