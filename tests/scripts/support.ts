import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A throwaway project root holding a copy of the sample cities, for tools that write content. */
export function tempRoot(): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'jinguo-tools-'));
  cpSync(join(projectRoot, 'content/cities'), join(root, 'content/cities'), { recursive: true });
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
