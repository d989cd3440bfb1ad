import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Every `.html` file under `dir`, relative to it, with `/`. One directory
 * listing per folder, which is faster than a glob over every page, and
 * every build lists them twice (the search index and the redirect pages);
 * the figures are in docs/performance.md.
 */
export function htmlFiles(dir: string): string[] {
  const root = resolve(dir);
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) =>
      entry.parentPath === root
        ? entry.name
        : `${entry.parentPath.slice(root.length + 1)}/${entry.name}`.replaceAll('\\', '/'),
    );
}
