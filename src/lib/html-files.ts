import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Every file under `dir`, relative to it, with `/`. One directory listing
 * per folder, which is faster than a glob over every page; at 10,000
 * articles a listing of the built site takes a few tenths of a second, so
 * a step that needs its pages and its other files lists once and filters.
 */
export function filesUnder(dir: string): string[] {
  const root = resolve(dir);
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      entry.parentPath === root
        ? entry.name
        : `${entry.parentPath.slice(root.length + 1)}/${entry.name}`.replaceAll('\\', '/'),
    );
}

/** Every `.html` file under `dir`, relative to it, with `/`. */
export function htmlFiles(dir: string): string[] {
  return filesUnder(dir).filter((file) => file.endsWith('.html'));
}
