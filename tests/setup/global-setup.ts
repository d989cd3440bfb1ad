import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

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

/** `npx astro sync`, run with this process's Node (24; the system Node is too old for Astro). */
function runAstroSync(): void {
  const require = createRequire(join(root, 'package.json'));
  const astroPackage = require.resolve('astro/package.json');
  const { bin } = require(astroPackage) as { bin: { astro: string } };
  const astroBin = join(dirname(astroPackage), bin.astro);
  const result = spawnSync(process.execPath, [astroBin, 'sync'], {
    cwd: root,
    encoding: 'utf8',
    // Anything Astro spawns through `#!/usr/bin/env node` must find the same Node first.
    env: { ...process.env, PATH: [dirname(process.execPath), process.env.PATH].join(delimiter) },
    timeout: 120_000,
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
    const reason = result.error ? result.error.message : `exit code ${result.status}`;
    throw new Error(`astro sync failed (${reason}); getCollection() would see stale content.\n${output}`);
  }
}
