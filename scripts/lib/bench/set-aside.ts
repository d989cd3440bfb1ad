import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * Outputs of an earlier build (a corpus, a `dist/`, Astro's cache) are moved
 * into `trashDir` before the next build instead of being deleted, and the
 * folder is emptied once every build has been measured. On a file system
 * without a journal, such as this machine's ext4, the kernel passes over every
 * recently freed inode each time it makes a file, for minutes after a large
 * deletion, and a build right after the last one's files were deleted
 * rendered its pages markedly slower (docs/performance.md). Moving a folder is one
 * rename, so each build starts on the same footing whatever ran before it.
 *
 * Returns where `path` went, or undefined when there was nothing there.
 */
export function setAside(path: string, trashDir: string): string | undefined {
  if (!existsSync(path)) return undefined;
  mkdirSync(trashDir, { recursive: true });
  // A fresh folder each time, so that a folder set aside again keeps the one set aside before.
  const target = join(mkdtempSync(join(trashDir, `${basename(path)}-`)), basename(path));
  renameSync(path, target);
  return target;
}

/** Deletes everything set aside, once nothing more is measured (and what a stopped run left there before). */
export function emptyTrash(trashDir: string): void {
  rmSync(trashDir, { recursive: true, force: true });
}
