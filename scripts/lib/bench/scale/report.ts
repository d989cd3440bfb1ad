import type { BenchRun } from './run.ts';

const STAGES = ['contentSync', 'pageRendering', 'searchIndexing'] as const;

function seconds(value: number | undefined): string {
  return value === undefined ? '–' : `${value.toFixed(1)} s`;
}

function megabytes(value: number | undefined): string {
  return value === undefined ? '–' : value >= 1024 ? `${(value / 1024).toFixed(2)} GB` : `${Math.round(value)} MB`;
}

function bytes(value: number): string {
  return value >= 2 ** 20 ? `${(value / 2 ** 20).toFixed(1)} MB` : `${(value / 1024).toFixed(1)} KB`;
}

/** `52.1 KB, 9 requests, 640 ms / 10.2 KB, 3 requests, 120 ms`: a first and a second search in Chromium. */
function searchCell(search: NonNullable<BenchRun['search']>['downloads']): string {
  const { firstSearchBytes, secondSearchBytes, requests, timeToResultsMs, secondTimeToResultsMs } = search;
  return (
    `${bytes(firstSearchBytes)}, ${requests.first} requests, ${timeToResultsMs} ms / ` +
    `${bytes(secondSearchBytes)}, ${requests.second} requests, ${secondTimeToResultsMs} ms`
  );
}

/** `(goal ≤ 0.5×: met)`, judged on the measured fraction itself, not on the figure as rounded for print. */
function goalNote(value: number, goal: number, unit: '×' | '%'): string {
  const limit = unit === '%' ? `${goal * 100}%` : `${goal}×`;
  return `(goal ≤ ${limit}: ${value <= goal ? 'met' : 'not met'})`;
}

/** The benchmark's table: one row per run, then the jinguo/baseline ratio for each size run both ways. */
export function formatTable(runs: BenchRun[]): string {
  const header = [
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
    'first / second search (bytes over the wire, requests, time to results)',
  ];
  const rows = runs.map((run) => [
    String(run.articles),
    run.variant,
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
    `${bytes(run.dist.bytes)} / ${run.dist.files}`,
    `${bytes(run.dist.searchIndexBytes)} / ${run.dist.searchIndexFiles} files`,
    run.warm ? `${seconds(run.warm.wallSeconds)} / ${seconds(run.warm.stages.searchIndexing?.wallSeconds)}` : '–',
    run.search?.downloads ? searchCell(run.search.downloads) : '–',
  ]);
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
    const downloads = run.search?.downloads;
    if (downloads) {
      // The page itself (HTML, styles, pictures) is left out: what searching adds.
      const searchBytes = downloads.firstSearchBytes - downloads.firstSearchBytesByKind.page;
      const goal = run.articles >= 10_000 ? ` ${goalNote(searchBytes / 1024, 400, '×').replace('×', ' KB')}` : '';
      parts.push(`first search without the page itself ${bytes(searchBytes)}${goal}.`);
    }
    ratios.push(`- ${parts.join(' ')}`);
  }
  const searches = runs.flatMap((run) =>
    (run.search?.checks ?? []).map(
      (check) =>
        `- ${run.articles} articles, search in Chromium ${check.passed ? 'correct' : 'WRONG'}: “${check.query}” → ${check.resultCount} results, first ${check.shownUrls[0] ?? 'none'} (expected ${check.expect})`,
    ),
  );
  return [...lines, '', ...ratios, ...(searches.length > 0 ? ['', ...searches] : [])].join('\n');
}
