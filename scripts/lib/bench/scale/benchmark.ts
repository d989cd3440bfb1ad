import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from './corpus.ts';
import { formatTable } from './report.ts';
import { benchBaseline, benchJinguo, type BenchRun } from './run.ts';
import { checkSearch } from './search-check.ts';
import { emptyTrash, setAside } from './set-aside.ts';
import { measureSearch } from '../search.ts';

export interface BenchmarkOptions {
  root: string;
  sizes: number[];
  baseline: boolean;
  seed: number;
  workDir: string;
  log: (line: string) => void;
}

/** Generates each corpus, builds it the site's way (and the plain way with `baseline`), and tabulates the runs. */
export async function runBenchmark(options: BenchmarkOptions): Promise<{ runs: BenchRun[]; table: string }> {
  const { root, sizes, baseline, seed, workDir, log } = options;
  log(
    `${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB; load average ${loadavg()
      .map((v) => v.toFixed(1))
      .join(' ')}`,
  );
  const runs: BenchRun[] = [];
  const trashDir = join(workDir, 'set-aside');
  try {
    for (const articles of sizes) {
      const sizeDir = join(workDir, String(articles));
      setAside(join(sizeDir, 'content'), trashDir);
      const corpus = generateCorpus({
        sourceDir: join(root, 'content'),
        outDir: join(sizeDir, 'content'),
        articles,
        seed,
      });
      log(`${articles} articles: corpus of ${(corpus.bytes / 2 ** 20).toFixed(1)} MB in ${corpus.outDir}`);
      if (baseline) {
        log(`${articles} articles: baseline (astro build + pagefind --site dist)…`);
        const run = await benchBaseline({ root, corpus, workDir: sizeDir, trashDir });
        log(`  ${run.wallSeconds.toFixed(1)} s, peak ${Math.round(run.peakMemoryMB)} MB`);
        runs.push(run);
      }
      // Last, because its warm rebuild edits the corpus.
      log(`${articles} articles: jinguo (cold, then warm after one edit)…`);
      const run = await benchJinguo({ root, corpus, workDir: sizeDir, trashDir });
      log(
        `  ${run.wallSeconds.toFixed(1)} s, peak ${Math.round(run.peakMemoryMB)} MB; warm ${run.warm?.wallSeconds.toFixed(1)} s`,
      );
      log(`${articles} articles: searching the built site in Chromium…`);
      const checks = await checkSearch(join(sizeDir, 'dist-jinguo'), corpus);
      for (const check of checks)
        log(
          `  ${check.passed ? 'ok  ' : 'FAIL'} ${check.query}: ${check.resultCount} results, expected ${check.expect}`,
        );
      log(`${articles} articles: bytes of a first and a second search in Chromium…`);
      const downloads = await measureSearch(join(sizeDir, 'dist-jinguo'), { query: '妇女微家', secondQuery: '执委' });
      log(`  first ${downloads.firstSearchBytes} B, second ${downloads.secondSearchBytes} B`);
      run.search = { checks, downloads };
      runs.push(run);
    }
  } finally {
    // Only once nothing more is timed (`set-aside.ts`).
    emptyTrash(trashDir);
  }
  return { runs, table: formatTable(runs) };
}
