import { copyFileSync, existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot as root, runAstro } from '../support/astro-cli.ts';

/**
 * `astro sync` writes the content store to Astro's `cacheDir`
 * (node_modules/.astro/data-store.json), where `astro build` reads it. Vite's
 * serve mode — which is what Vitest runs — reads `<root>/.astro/data-store.json`
 * instead (astro/dist/content/paths.js: getDataStoreFile(settings, isDev)),
 * so the synced store is copied there for `getCollection()` to see it.
 */
export default async function setup(): Promise<void> {
  const { default: config } = (await import('../../astro.config.mjs')) as { default: { cacheDir?: string } };
  const cacheDir = join(root, config.cacheDir ?? 'node_modules/.astro/');
  const synced = join(cacheDir, 'data-store.json');
  const served = join(root, '.astro', 'data-store.json');

  runAstroSync();

  if (!existsSync(synced)) throw new Error(`astro sync finished but wrote no content store at ${synced}`);
  // Copy then rename, so a dev server watching .astro/ never reads half a file.
  const partial = `${served}.${process.pid}.tmp`;
  copyFileSync(synced, partial);
  renameSync(partial, served);
}

/** `astro sync` into the default cache, failing loudly: stale content would make every data test lie. */
function runAstroSync(): void {
  const { status, output } = runAstro(['sync'], {}, 120_000);
  if (status !== 0) {
    throw new Error(
      `astro sync failed (exit code ${status}); getCollection() would see stale content.\n${output.trim()}`,
    );
  }
}
