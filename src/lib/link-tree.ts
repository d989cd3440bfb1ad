import { copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Puts a copy of a folder's files at `to` by hard-linking each file, which
 * costs a directory entry instead of the file's bytes: a cached search index
 * of a large site is hundreds of megabytes in tens of thousands of files.
 * Where a link cannot be made (another file system, a file system without
 * links) the file is copied. The files are shared with the cache, so
 * nothing may write into them in place afterwards; Pagefind and this build
 * only ever replace whole files.
 *
 * `keep` sees each path relative to `from` (with `/`) and may leave it out.
 * Returns the number of files placed.
 */
export function linkTree(from: string, to: string, keep: (path: string) => boolean = () => true): number {
  let placed = 0;
  let canLink = true;
  const walk = (relative: string) => {
    const target = join(to, relative);
    mkdirSync(target, { recursive: true });
    for (const entry of readdirSync(join(from, relative), { withFileTypes: true })) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (!keep(path)) continue;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        const source = join(from, path);
        const destination = join(to, path);
        if (canLink) {
          try {
            linkSync(source, destination);
            placed += 1;
            continue;
          } catch (error) {
            if (!isUnlinkable(error)) throw error;
            canLink = false;
          }
        }
        copyFileSync(source, destination);
        placed += 1;
      }
    }
  };
  walk('');
  return placed;
}

function isUnlinkable(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EXDEV' || code === 'EPERM' || code === 'ENOTSUP' || code === 'EMLINK';
}
