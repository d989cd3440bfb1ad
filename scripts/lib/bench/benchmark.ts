import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { BenchOptions } from './args.ts';
import { benchBaseline, benchJinguo } from './builds.ts';
import { generateCorpus, sampleCorpus, type Corpus } from './corpus.ts';
import type { BenchRun } from './model.ts';
import { formatReport } from './report.ts';
import { checkSearch } from './search-check.ts';
import { measureSearch, medianFigures, type SearchFigures } from './search.ts';
import { emptyTrash, setAside } from './set-aside.ts';

/**
 * The benchmark: for each site asked for, its corpus (the sample, or one
 * generated from it), the plain recipe's build with `baseline`, the site's
 * own build from cold and after one edit, and what a reader's search costs
 * on it in Chromium. With `searchOnly`, each site is built once and searched.
 */
export async function runBenchmark(
  options: BenchOptions,
  { root, workDir, log }: { root: string; workDir: string; log: (line: string) => void },
): Promise<{ runs: BenchRun[]; report: string }> {
  log(
    `${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB; load average ${loadavg()
      .map((v) => v.toFixed(1))
      .join(' ')}`,
  );
  const runs: BenchRun[] = [];
  const trashDir = join(workDir, 'set-aside');
  try {
    for (const site of options.sites) {
      const name = site === 'sample' ? 'sample' : String(site);
      const sizeDir = join(workDir, name);
      setAside(join(sizeDir, 'content'), trashDir);
      const corpus =
        site === 'sample'
          ? sampleCorpus(join(root, 'content'), join(sizeDir, 'content'))
          : generateCorpus({
              sourceDir: join(root, 'content'),
              outDir: join(sizeDir, 'content'),
              articles: site,
              seed: options.seed,
            });
      log(`${name}: ${corpus.articles} articles, ${(corpus.bytes / 2 ** 20).toFixed(1)} MB in ${corpus.outDir}`);
      const paths = { root, corpus, workDir: sizeDir, trashDir };
      if (options.baseline) {
        log(`${name}: baseline (astro build + pagefind --site dist)…`);
        const run = await benchBaseline(paths);
        log(`  ${run.wallSeconds.toFixed(1)} s, peak ${Math.round(run.peakMemoryMB)} MB`);
        runs.push(run);
      }
      // Last, because its warm rebuild edits the corpus and 保存到上线 adds an article to it.
      const steps = options.searchOnly
        ? 'one build'
        : `cold, warm after one edit, 保存到上线 ${options.repeat} times, one new article each`;
      log(`${name}: jinguo (${steps})…`);
      const run = await benchJinguo(paths, { warm: !options.searchOnly, publishes: options.repeat });
      const warm = run.warm ? `; warm ${run.warm.wallSeconds.toFixed(1)} s` : '';
      const publish = run.publishRuns
        ? `; 保存到上线 ${run.publishRuns.map((seconds) => seconds.toFixed(1)).join(', ')} s`
        : '';
      log(`  ${run.wallSeconds.toFixed(1)} s, peak ${Math.round(run.peakMemoryMB)} MB${warm}${publish}`);
      run.search = await searchFigures(join(sizeDir, 'dist-jinguo'), corpus, options, log);
      runs.push(run);
    }
  } finally {
    // Only once nothing more is timed (`set-aside.ts`).
    emptyTrash(trashDir);
  }
  return { runs, report: formatReport(runs, options) };
}

/** Searches in Chromium: the answers checked against the corpus (not with `searchOnly`), then the costs measured. */
async function searchFigures(
  distDir: string,
  corpus: Corpus,
  options: BenchOptions,
  log: (line: string) => void,
): Promise<NonNullable<BenchRun['search']>> {
  const checks = options.searchOnly ? undefined : await checkSearch(distDir, corpus);
  for (const check of checks ?? [])
    log(`  ${check.passed ? 'ok  ' : 'FAIL'} ${check.query}: ${check.resultCount} results, expected ${check.expect}`);
  log(`  a first and a second search, ${options.repeat} times…`);
  const samples: SearchFigures[] = [];
  for (let i = 0; i < options.repeat; i++) {
    samples.push(await measureSearch(distDir, { query: options.query, secondQuery: options.secondQuery }));
  }
  const downloads = medianFigures(samples);
  log(`  first ${downloads.firstSearchBytes} B, second ${downloads.secondSearchBytes} B`);
  return { ...(checks ? { checks } : {}), downloads };
}
