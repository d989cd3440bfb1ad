import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface AstroRun {
  status: number | null;
  output: string;
}

/** How to start the Astro CLI: the command, its arguments, its environment and its folder. */
export interface AstroInvocation {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/**
 * The Astro CLI run with this process's Node (24 under vitest and `npm run`;
 * the system Node is too old for Astro).
 */
export function astroInvocation(args: string[], env: Record<string, string> = {}): AstroInvocation {
  const require = createRequire(join(projectRoot, 'package.json'));
  const astroPackage = require.resolve('astro/package.json');
  const { bin } = require(astroPackage) as { bin: { astro: string } };
  return {
    command: process.execPath,
    args: [join(dirname(astroPackage), bin.astro), ...args],
    // Anything Astro spawns through `#!/usr/bin/env node` must find the same Node first.
    env: { ...process.env, ...env, PATH: [dirname(process.execPath), process.env.PATH].join(delimiter) },
    cwd: projectRoot,
  };
}

function run({ command, args, env, cwd }: AstroInvocation, timeout: number): AstroRun {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env, timeout });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? `\n${result.error.message}` : ''}`;
  return { status: result.status, output };
}

/** Runs the Astro CLI and returns its exit status and output. */
export function runAstro(args: string[], env: Record<string, string> = {}, timeout = 300_000): AstroRun {
  return run(astroInvocation(args, env), timeout);
}

export interface SiteBuild {
  /** Content folder, absolute or relative to the project root. */
  contentDir: string;
  /** Output folder, absolute. */
  outDir: string;
  /** More environment for the build (tests: JINGUO_TEST_ONLY_CHECKS_WARN). */
  env?: Record<string, string>;
}

/**
 * The arguments and environment of a production build of a content folder,
 * with a content cache of its own: `scripts/build.ts`, as `npm run build` runs it.
 */
export function siteBuild({ contentDir, outDir, env = {} }: SiteBuild): {
  args: string[];
  env: Record<string, string>;
} {
  return {
    args: ['--outDir', outDir],
    env: {
      // Vitest sets NODE_ENV=test, under which Vite builds with import.meta.env.DEV true (drafts shown,
      // development notices on pages); a test build must be the build staff publish.
      NODE_ENV: 'production',
      JINGUO_CONTENT_DIR: contentDir,
      JINGUO_CACHE_DIR: join(outDir, '..', `.cache-${outDir.split(/[\\/]/).at(-1)}`),
      ...env,
    },
  };
}

/** `npm run build` (pages, then search index) with this process's Node: see `astroInvocation`. */
export function buildInvocation(args: string[], env: Record<string, string> = {}): AstroInvocation {
  const astro = astroInvocation(args, env);
  return { ...astro, args: [join(projectRoot, 'scripts', 'build.ts'), ...args] };
}

/** Builds the site from a content folder into `outDir`, as `npm run build` does. */
export function buildSite(site: SiteBuild, timeout = 300_000): AstroRun {
  const { args, env } = siteBuild(site);
  return run(buildInvocation(args, env), timeout);
}
