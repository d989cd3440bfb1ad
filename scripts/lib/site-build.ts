import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { buildOptions } from '../../src/build/options.ts';
import { markStage } from '../../src/build/timings.ts';
import { keepHeapLean } from '../../src/build/tuning/lean-heap.ts';
import { SiteIndexer } from '../../src/search/build/run/indexer.ts';
import { isShardRendered } from '../../src/search/build/run/rendered-shards.ts';
import { PAGES_BUILT } from '../../src/build/pages-built.ts';
import { astroInvocation, projectRoot } from './astro-cli.ts';

/** Where `astro build` writes, from its arguments (`--outDir x`, `--outDir=x`; Astro reads them from the project folder), or `dist/`. */
export function outDirOf(astroArgs: readonly string[]): string {
  for (const [index, arg] of astroArgs.entries()) {
    if (arg === '--outDir' && astroArgs[index + 1]) return resolve(projectRoot, astroArgs[index + 1]!);
    if (arg.startsWith('--outDir=')) return resolve(projectRoot, arg.slice('--outDir='.length));
  }
  return join(projectRoot, 'dist');
}

/**
 * The site's production build, as `npm run build` runs it: Astro renders the
 * pages in a process of its own, and once that process has ended the search
 * index is built in this one. Astro holds its whole content store until it
 * exits (about 2 GB at 10,000 articles); indexing in an `astro:build:done`
 * hook would add the indexer's memory on top of it. The pages the index is
 * made from are read as soon as Astro says they are written, while it
 * writes its redirect pages and sitemap. Before that, each year of news is
 * indexed as soon as Astro has rendered it, at the lowest priority, on the
 * core Astro's rendering leaves partly idle (`src/search/build/run/indexer.ts`).
 *
 * Returns the exit status for the command line.
 */
export async function buildWithSearch(astroArgs: string[], log: (line: string) => void): Promise<number> {
  const plainBuild = buildOptions.recipe === 'plain';
  const { command, args, env, cwd } = astroInvocation(['build', ...astroArgs]);
  const outDir = outDirOf(astroArgs);
  const indexer = plainBuild
    ? undefined
    : new SiteIndexer({
        outDir,
        cacheDir: join(resolve(projectRoot, buildOptions.cacheDir), 'search-shards'),
        ...(buildOptions.search.indexAhead ? {} : { early: false }),
        ...(buildOptions.search.workers ? { workers: buildOptions.search.workers } : {}),
      });
  // The IPC channel carries a message for each year of news written (src/build/shards-rendered.ts) and one
  // once every page is (src/build/pages-built.ts).
  const child = spawn(command, args, { cwd, env, stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
  child.on('message', (message) => {
    if (isShardRendered(message)) indexer?.shardRendered(message);
    // Astro goes on to write its redirect pages and sitemap; the pages the index is made from are final.
    else if (message === PAGES_BUILT) indexer?.pagesBuilt();
  });
  const status = await new Promise<number>((done) => {
    child.on('error', () => done(1));
    child.on('close', (code) => done(code ?? 1));
  });
  if (status !== 0 || !indexer) {
    await indexer?.stop();
    return status;
  }
  // Astro's own work ends when its process does (it tidies up after its last hook); indexing starts here.
  markStage('astroExited');

  try {
    keepHeapLean();
    const { pages, shards, early, reused, bytes } = await indexer.finish();
    const ahead = early > 0 ? `${early} 个在渲染时建好,` : '';
    log(`搜索索引:${pages} 个条目,${shards} 个分片(${ahead}${reused} 个沿用缓存),共 ${bytes} 字节。`);
    markStage('indexed');
    return 0;
  } catch (error) {
    // A page marked up so that its search result would show wrongly stops the build, by name, without a stack trace.
    log(`搜索索引没有建成:${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
