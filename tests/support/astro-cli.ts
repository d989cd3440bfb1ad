import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface AstroRun {
  status: number | null;
  output: string;
}

/**
 * Runs the Astro CLI with this process's Node (24 under vitest; the system
 * Node is too old for Astro) and returns its exit status and output.
 */
export function runAstro(args: string[], env: Record<string, string> = {}, timeout = 300_000): AstroRun {
  const require = createRequire(join(projectRoot, 'package.json'));
  const astroPackage = require.resolve('astro/package.json');
  const { bin } = require(astroPackage) as { bin: { astro: string } };
  const astroBin = join(dirname(astroPackage), bin.astro);
  const result = spawnSync(process.execPath, [astroBin, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    // Anything Astro spawns through `#!/usr/bin/env node` must find the same Node first.
    env: { ...process.env, ...env, PATH: [dirname(process.execPath), process.env.PATH].join(delimiter) },
    timeout,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? `\n${result.error.message}` : ''}`;
  return { status: result.status, output };
}

export interface SiteBuild {
  /** Content folder, absolute or relative to the project root. */
  contentDir: string;
  /** Output folder, absolute. */
  outDir: string;
}

/** Builds the site from a content folder into `outDir`, with a content cache of its own. */
export function buildSite({ contentDir, outDir }: SiteBuild): AstroRun {
  return runAstro(['build', '--outDir', outDir], {
    // Vitest sets NODE_ENV=test, under which Vite builds with import.meta.env.DEV true (drafts shown,
    // development notices on pages); a test build must be the build staff publish.
    NODE_ENV: 'production',
    JINGUO_CONTENT_DIR: contentDir,
    JINGUO_CACHE_DIR: join(outDir, '..', `.cache-${outDir.split(/[\\/]/).at(-1)}`),
  });
}
