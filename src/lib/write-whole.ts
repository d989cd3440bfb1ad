import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that it is, at every moment, either all old or all new:
 * into a temporary file beside it, then renamed over it (a rename within a
 * folder is atomic). A build stopped halfway never leaves half a file.
 */
export function writeWhole(absolute: string, content: string | Uint8Array): void {
  mkdirSync(dirname(absolute), { recursive: true });
  const temporary = join(dirname(absolute), `.${basename(absolute)}.${process.pid}.tmp`);
  writeFileSync(temporary, content);
  renameSync(temporary, absolute);
}
