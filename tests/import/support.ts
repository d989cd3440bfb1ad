import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiblingReader } from '../../src/import/model.ts';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A throwaway site with the sample cities, brands and people, and no news yet. */
export function siteRoot(): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'jinguo-import-'));
  for (const folder of ['cities', 'brands', 'people']) {
    cpSync(join(projectRoot, 'content', folder), join(root, 'content', folder), { recursive: true });
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** A saved page's own files, read from beside it and never from outside its folder. */
export function siblingsOf(page: URL): SiblingReader {
  const folder = dirname(fileURLToPath(page));
  return async (path) => {
    const absolute = resolve(folder, path);
    if (!absolute.startsWith(folder + sep) || !existsSync(absolute)) return undefined;
    return readFileSync(absolute);
  };
}
