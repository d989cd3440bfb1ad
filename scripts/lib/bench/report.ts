import type { BenchOptions } from './args.ts';
import type { BenchRun } from './model.ts';
import type { SearchFigures } from './search.ts';

/** First search on the sample site, over the wire, the page itself (HTML, styles, pictures) left out: the budget. */
export const FIRST_SEARCH_BUDGET = 120 * 1024;

/** The same at 10,000 articles and more. */
export const LARGE_SITE_SEARCH_BUDGET = 400 * 1024;

/** What searching adds to opening the page: a first search's bytes, the page itself left out. */
function searchBytes(downloads: SearchFigures): number {
  return downloads.firstSearchBytes - downloads.firstSearchBytesByKind.page;
}

const STAGES = ['contentSync', 'pageRendering', 'searchIndexing'] as const;

function seconds(value: number | undefined): string {
  return value === undefined ? '–' : `${value.toFixed(1)} s`;
}

function megabytes(value: number | undefined): string {
  return value === undefined ? '–' : value >= 1024 ? `${(value / 1024).toFixed(2)} GB` : `${Math.round(value)} MB`;
}

function bytes(value: number | undefined): string {
  if (value === undefined) return '–';
  return value >= 2 ** 20 ? `${(value / 2 ** 20).toFixed(1)} MB` : `${(value / 1024).toFixed(1)} KB`;
}

/** `(goal ≤ 0.5×: met)`, judged on the measured fraction itself, not on the figure as rounded for print. */
function goalNote(value: number, goal: number, unit: '×' | '%'): string {
  const limit = unit === '%' ? `${goal * 100}%` : `${goal}×`;
  return `(goal ≤ ${limit}: ${value <= goal ? 'met' : 'not met'})`;
}

/** The benchmark's table: one row per run, then the jinguo/baseline ratio for each size run both ways. */
export function formatTable(runs: BenchRun[]): string {
  const header = [
    'site',
    'articles',
    'variant',
    'wall',
    'CPU',
    'peak memory',
    'ms/article',
    ...STAGES.map((stage) => `${stage} (wall / CPU / peak)`),
    'dist size / files',
    'search index',
    'warm rebuild (whole / search)',
    '保存到上线 (whole / search)',
    'first / second search (bytes over the wire)',
    'first search: page / search code / index / results',
    'requests (first / second)',
    'time to results (first / second)',
    'more results: requests / bytes',
  ];
  const rows = runs.map((run) => {
    const search = run.search?.downloads;
    const parts = search?.firstSearchBytesByKind;
    return [
      run.corpus === 'sample' ? 'sample' : run.seed === undefined ? 'generated' : `generated (seed ${run.seed})`,
      String(run.articles),
      run.tuningOff ? `${run.variant} (off: ${run.tuningOff.join(', ')})` : run.variant,
      seconds(run.wallSeconds),
      seconds(run.cpuSeconds),
      megabytes(run.peakMemoryMB),
      run.msPerArticle.toFixed(1),
      ...STAGES.map((stage) => {
        const figures = run.stages[stage];
        return figures
          ? `${seconds(figures.wallSeconds)} / ${seconds(figures.cpuSeconds)} / ${megabytes(figures.peakMemoryMB)}`
          : '–';
      }),
      run.dist ? `${bytes(run.dist.bytes)} / ${run.dist.files}` : '–',
      run.dist ? `${bytes(run.dist.searchIndexBytes)} / ${run.dist.searchIndexFiles} files` : '–',
      run.warm ? `${seconds(run.warm.wallSeconds)} / ${seconds(run.warm.stages.searchIndexing?.wallSeconds)}` : '–',
      run.publish
        ? `${seconds(run.publish.wallSeconds)} / ${seconds(run.publish.stages.searchIndexing?.wallSeconds)}`
        : '–',
      search ? `${bytes(search.firstSearchBytes)} / ${bytes(search.secondSearchBytes)}` : '–',
      parts ? [parts.page, parts.searchCode, parts.index, parts.results].map(bytes).join(' / ') : '–',
      search ? `${search.requests.first} / ${search.requests.second}` : '–',
      search ? `${search.timeToResultsMs} ms / ${search.secondTimeToResultsMs} ms` : '–',
      search?.more ? `${search.more.requests} / ${bytes(search.more.bytes)}` : '–',
    ];
  });
  const lines = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);

  const ratios: string[] = [];
  for (const run of runs.filter((candidate) => candidate.variant === 'jinguo')) {
    const baseline = runs.find((other) => other.variant === 'baseline' && other.articles === run.articles);
    const parts = [`${run.articles} articles:`];
    // Ratios to three decimals, so that one just over its goal does not print as on it.
    if (baseline) {
      const wall = run.wallSeconds / baseline.wallSeconds;
      const memory = run.peakMemoryMB / baseline.peakMemoryMB;
      parts.push(
        `wall ${wall.toFixed(3)}× baseline ${goalNote(wall, 0.5, '×')},`,
        `peak memory ${memory.toFixed(3)}× baseline ${goalNote(memory, 0.25, '×')};`,
      );
    }
    const coldSearch = run.stages.searchIndexing?.wallSeconds;
    const warmSearch = run.warm?.stages.searchIndexing?.wallSeconds;
    if (run.warm && coldSearch && warmSearch !== undefined) {
      const search = warmSearch / coldSearch;
      const whole = run.warm.wallSeconds / run.wallSeconds;
      parts.push(
        `after one edit, search indexing ${(search * 100).toFixed(1)}% of cold ${goalNote(search, 0.2, '%')},`,
        `whole rebuild ${(whole * 100).toFixed(1)}% of cold ${goalNote(whole, 0.6, '%')}.`,
      );
    }
    if (run.publish) {
      const publish = run.publish.wallSeconds / run.wallSeconds;
      const samples = run.publishRuns ?? [];
      const median =
        samples.length > 1 ? `; the median of ${samples.length} runs: ${samples.map(seconds).join(', ')}` : '';
      parts.push(
        `保存到上线 (one new article, caches restored, no dist/${median}) ${(publish * 100).toFixed(1)}% of cold ${goalNote(publish, 0.4, '%')}.`,
      );
    }
    const downloads = run.search?.downloads;
    if (downloads) {
      const goal =
        run.articles >= 10_000
          ? ` (goal ≤ ${bytes(LARGE_SITE_SEARCH_BUDGET)}: ${searchBytes(downloads) <= LARGE_SITE_SEARCH_BUDGET ? 'met' : 'not met'})`
          : '';
      parts.push(`first search without the page itself ${bytes(searchBytes(downloads))}${goal}.`);
    }
    if (parts.length > 1) ratios.push(`- ${parts.join(' ')}`);
  }
  const searches = runs.flatMap((run) =>
    (run.search?.checks ?? []).map(
      (check) =>
        `- ${run.articles} articles, search in Chromium ${check.passed ? 'correct' : 'WRONG'}: “${check.query}” → ${check.resultCount} results, first ${check.shownUrls[0] ?? 'none'} (expected ${check.expect})`,
    ),
  );
  return [
    ...lines,
    ...(ratios.length > 0 ? ['', ...ratios] : []),
    ...(searches.length > 0 ? ['', ...searches] : []),
  ].join('\n');
}

/** The budget line: the first search on the sample site, the page itself left out, against its limit; undefined without a sample-site run. */
export function budgetLine(
  runs: BenchRun[],
  limitBytes = FIRST_SEARCH_BUDGET,
): { ok: boolean; line: string } | undefined {
  const downloads = runs.find((run) => run.corpus === 'sample' && run.search)?.search?.downloads;
  if (downloads === undefined) return undefined;
  const bytesUsed = searchBytes(downloads);
  const ok = bytesUsed <= limitBytes;
  const kb = (value: number) => (value / 1024).toFixed(1);
  return {
    ok,
    line: `Budget: first search on the sample site, the page itself left out, ${kb(bytesUsed)} KB ${ok ? '≤' : '>'} ${kb(limitBytes)} KB: ${ok ? 'met' : 'exceeded'}.`,
  };
}

/** The whole report: what was searched, the table with the goals, and the search budget when the sample was built. */
export function formatReport(
  runs: BenchRun[],
  options: Pick<BenchOptions, 'query' | 'secondQuery' | 'repeat'>,
): string {
  const budget = budgetLine(runs);
  return [
    `Searches: “${options.query}”, then “${options.secondQuery}” on the same page; medians of ${options.repeat} measurements in Chromium, served with gzip.`,
    '',
    formatTable(runs),
    ...(budget ? ['', budget.line] : []),
  ].join('\n');
}
