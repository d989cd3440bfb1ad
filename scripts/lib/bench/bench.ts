import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchOptions } from './args.ts';
import { budgetLine, markdownTable, type BenchRun } from './report.ts';
import { measureRun, type Corpus } from './run.ts';

/** First search on the sample site, over the wire, the page itself (HTML, styles, pictures) left out: the budget. */
export const FIRST_SEARCH_BUDGET = 120 * 1024;

export interface BenchOutcome {
  runs: BenchRun[];
  table: string;
  budget: { ok: boolean; line: string };
  /** The files written, relative to the project. */
  files: string[];
}

/**
 * The whole benchmark: the sample site, then each generated size; every run
 * written to `<resultsDir>/<date>.json` (a list of runs) and `<date>.md`.
 */
export async function runBench(
  options: BenchOptions,
  {
    workDir,
    resultsDir,
    date,
    log,
  }: { workDir: string; resultsDir: string; date: string; log: (line: string) => void },
): Promise<BenchOutcome> {
  const corpora: Corpus[] = [
    { kind: 'sample' },
    ...options.articles.map((articles) => ({ kind: 'generated' as const, articles, seed: options.seed })),
  ];
  const runs: BenchRun[] = [];
  for (const corpus of corpora) {
    log(corpus.kind === 'sample' ? 'Sample site' : `Generated site: ${corpus.articles} articles, seed ${corpus.seed}`);
    runs.push(await measureRun(corpus, { workDir, ...options, log }));
  }
  const table = markdownTable(runs);
  const budget = budgetLine(runs, FIRST_SEARCH_BUDGET);
  mkdirSync(resultsDir, { recursive: true });
  const json = join(resultsDir, `${date}.json`);
  const markdown = join(resultsDir, `${date}.md`);
  writeFileSync(json, `${JSON.stringify(runs, null, 2)}\n`);
  writeFileSync(
    markdown,
    [
      `# Benchmark ${date}`,
      '',
      `Searches: “${options.query}”, then “${options.secondQuery}” on the same page; medians of ${options.repeat} measurements in Chromium, served with gzip.`,
      '',
      table,
      '',
      budget.line,
      '',
    ].join('\n'),
  );
  return { runs, table, budget, files: [json, markdown] };
}
