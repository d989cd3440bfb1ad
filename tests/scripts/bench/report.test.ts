import { describe, expect, it } from 'vitest';
import { budgetLine, formatReport, formatTable } from '../../../scripts/lib/bench/report.ts';
import type { BenchRun } from '../../../scripts/lib/bench/model.ts';
import type { SearchFigures } from '../../../scripts/lib/bench/search.ts';

describe('formatTable', () => {
  const stage = (wallSeconds: number) => ({ wallSeconds, cpuSeconds: wallSeconds, peakMemoryMB: 1000 });
  const dist = { bytes: 1, files: 1, searchIndexBytes: 1, searchIndexFiles: 1 };
  const runs: BenchRun[] = [
    {
      articles: 100,
      variant: 'baseline',
      wallSeconds: 200,
      cpuSeconds: 200,
      peakMemoryMB: 8000,
      msPerArticle: 2000,
      stages: { searchIndexing: stage(100) },
      dist,
    },
    {
      articles: 100,
      variant: 'jinguo',
      wallSeconds: 100,
      cpuSeconds: 150,
      peakMemoryMB: 2000,
      msPerArticle: 1000,
      stages: { searchIndexing: stage(50) },
      dist,
      warm: { wallSeconds: 40, cpuSeconds: 40, peakMemoryMB: 1500, stages: { searchIndexing: stage(5) } },
      publish: { wallSeconds: 41, cpuSeconds: 45, peakMemoryMB: 1500, stages: { searchIndexing: stage(6) } },
    },
  ];

  it('states each goal against the baseline of the same size, and whether it is met', () => {
    const table = formatTable(runs);
    expect(table).toContain('wall 0.500× baseline (goal ≤ 0.5×: met)');
    expect(table).toContain('peak memory 0.250× baseline (goal ≤ 0.25×: met)');
    expect(table).toContain('search indexing 10.0% of cold (goal ≤ 20%: met)');
    expect(table).toContain('whole rebuild 40.0% of cold (goal ≤ 60%: met)');
    expect(table).toContain(
      '保存到上线 (one new article, caches restored, no dist/) 41.0% of cold (goal ≤ 40%: not met)',
    );
    expect(table.split('\n')[3]).toContain('| 41.0 s / 6.0 s |');
  });

  it('names every 保存到上线 run when there were several, and judges the goal on the one reported', () => {
    const [baseline, site] = runs as [BenchRun, BenchRun];
    const table = formatTable([baseline, { ...site, publishRuns: [44.2, 41, 38.5] }]);
    expect(table).toContain(
      '保存到上线 (one new article, caches restored, no dist/; the median of 3 runs: 44.2 s, 41.0 s, 38.5 s) 41.0% of cold (goal ≤ 40%: not met)',
    );
  });

  it('judges a figure just over its goal as not met, though it rounds to the goal', () => {
    const [baseline, site] = runs as [BenchRun, BenchRun];
    const table = formatTable([baseline, { ...site, wallSeconds: 100.4, peakMemoryMB: 2001 }]);
    expect(table).toContain('wall 0.502× baseline (goal ≤ 0.5×: not met)');
    expect(table).toContain('peak memory 0.250× baseline (goal ≤ 0.25×: not met)');
  });
});

const figures = (firstSearchBytes: number): SearchFigures => ({
  query: '执委',
  secondQuery: '妇女微家',
  firstSearchBytes,
  secondSearchBytes: 2048,
  timeToResultsMs: 900,
  secondTimeToResultsMs: 90,
  firstSearchBytesByKind: { page: 10_240, searchCode: 51_200, index: 30_720, results: firstSearchBytes - 92_160 },
  requests: { first: 20, second: 3 },
  more: { requests: 1, bytes: 6144 },
  results: { first: 14, second: 5 },
});

const sampleRun = (firstSearchBytes: number): BenchRun => ({
  articles: 19,
  corpus: 'sample',
  variant: 'jinguo',
  wallSeconds: 30,
  cpuSeconds: 40,
  peakMemoryMB: 800,
  msPerArticle: 1579,
  stages: {},
  dist: { bytes: 1, files: 1, searchIndexBytes: 1, searchIndexFiles: 1 },
  search: { downloads: figures(firstSearchBytes) },
});

describe('the search figures in the report', () => {
  it('show what a first and a second search cost: bytes by kind, requests, time to results, and more results', () => {
    const row = formatTable([sampleRun(100_000)]).split('\n')[2]!;
    expect(row).toMatch(/^\| sample \| 19 \| jinguo \|/);
    expect(row).toContain('| 97.7 KB / 2.0 KB |');
    expect(row).toContain('| 10.0 KB / 50.0 KB / 30.0 KB / 7.7 KB |');
    expect(row).toContain('| 20 / 3 | 900 ms / 90 ms | 1 / 6.0 KB |');
    const { more: _, ...withoutMore } = figures(100_000);
    expect(formatTable([{ ...sampleRun(100_000), search: { downloads: withoutMore } }]).split('\n')[2]).toMatch(
      / \| – \|$/,
    );
  });

  it('check the first search on the sample site, the page itself left out, against the budget, and only there', () => {
    expect(budgetLine([sampleRun(100_000)])).toEqual({
      ok: true,
      line: 'Budget: first search on the sample site, the page itself left out, 87.7 KB ≤ 120.0 KB: met.',
    });
    expect(budgetLine([sampleRun(300_000)])?.ok).toBe(false);
    expect(budgetLine([{ ...sampleRun(100_000), corpus: 'generated' }])).toBeUndefined();
    const report = formatReport([sampleRun(100_000)], { query: '执委', secondQuery: '妇女微家', repeat: 3 });
    expect(report).toMatch(/^Searches: “执委”, then “妇女微家” on the same page; medians of 3 measurements/);
    expect(report).toMatch(/- 19 articles: first search without the page itself 87\.7 KB\./);
    expect(report).toMatch(
      /Budget: first search on the sample site, the page itself left out, 87\.7 KB ≤ 120\.0 KB: met\.$/,
    );
  });

  it('hold a site of 10,000 articles to its own budget', () => {
    const large = { ...sampleRun(500_000), corpus: 'generated' as const, articles: 10_000 };
    expect(formatTable([large])).toMatch(
      /first search without the page itself 478\.3 KB \(goal ≤ 400\.0 KB: not met\)/,
    );
  });
});
