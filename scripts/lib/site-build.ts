import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { buildOptions } from '../../src/build/options.ts';
import { markStage } from '../../src/build/timings.ts';
import { keepHeapLean } from '../../src/build/tuning/lean-heap.ts';
import { readSearchSources, writeSearchIndex, type SearchSources } from '../../src/search/build/run/build-index.ts';
import { buildSearchFold, type SearchFold } from '../../src/search/build/records/fold-table.ts';
import { IndexAhead, shouldIndexAhead } from '../../src/search/build/run/index-ahead.ts';
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
 * core Astro's rendering leaves partly idle (`src/search/build/run/index-ahead.ts`).
 *
 * Returns the exit status for the command line.
 */
export async function buildWithSearch(astroArgs: string[], log: (line: string) => void): Promise<number> {
  const plainBuild = buildOptions.recipe === 'plain';
  const { command, args, env, cwd } = astroInvocation(['build', ...astroArgs]);
  const outDir = outDirOf(astroArgs);
  const shardCache = join(resolve(projectRoot, buildOptions.cacheDir), 'search-shards');
  // Made when first needed, while Astro runs, rather than before it starts (0.2 s).
  let fold: SearchFold | undefined;
  const foldOnce = () => (fold ??= buildSearchFold());
  const indexAhead = !plainBuild && shouldIndexAhead();
  let ahead: IndexAhead | undefined;
  // The IPC channel carries a message for each year of news written (src/build/shards-rendered.ts) and one
  // once every page is (src/build/pages-built.ts).
  const child = spawn(command, args, { cwd, env, stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
  let sources: SearchSources | undefined;
  child.on('message', (message) => {
    if (isShardRendered(message)) {
      if (!indexAhead) return;
      ahead ??= new IndexAhead({ outDir, cacheDir: shardCache, foldPairs: foldOnce().pairs });
      return ahead.add(message);
    }
    // Astro goes on to write its redirect pages and sitemap; the pages the index is made from are final. Should
    // reading them fail here, they are read again below, where a failure is reported as the build's.
    if (message !== PAGES_BUILT || plainBuild) return;
    try {
      sources = readSearchSources(outDir, foldOnce());
    } catch {
      sources = undefined;
    }
  });
  const status = await new Promise<number>((done) => {
    child.on('error', () => done(1));
    child.on('close', (code) => done(code ?? 1));
  });
  if (status !== 0 || plainBuild) {
    await ahead?.stop();
    return status;
  }
  // Astro's own work ends when its process does (it tidies up after its last hook); indexing starts here.
  markStage('astroExited');

  try {
    keepHeapLean();
    const built = await writeSearchIndex(outDir, shardCache, sources ?? readSearchSources(outDir, foldOnce()), ahead);
    const { indexed, shards, reused, bytes } = built;
    const early = built.ahead > 0 ? `${built.ahead} 个在渲染时建好,` : '';
    log(`搜索索引:${indexed} 个条目,${shards} 个分片(${early}${reused} 个沿用缓存),浏览器折叠表 ${bytes} 字节。`);
    markStage('indexed');
    return 0;
  } catch (error) {
    // A page marked up so that its search result would show wrongly stops the build, by name, without a stack trace.
    log(`搜索索引没有建成:${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
