import { describe, expect, it } from 'vitest';
import { budgetLine, markdownTable, medianFigures, type BenchRun } from '../../../scripts/lib/bench/report.ts';
import type { SearchFigures } from '../../../scripts/lib/bench/search.ts';

function figures(time: number, bytes = 100_000): SearchFigures {
  return {
    query: '执委',
    secondQuery: '妇女微家',
    firstSearchBytes: bytes,
    secondSearchBytes: 2048,
    timeToResultsMs: time,
    secondTimeToResultsMs: time / 10,
    firstSearchBytesByKind: { page: 10_240, searchCode: 51_200, index: 30_720, results: bytes - 92_160 },
    requests: { first: 20, second: 3 },
    results: { first: 14, second: 5 },
  };
}

const run = (corpus: 'sample' | 'generated', search: SearchFigures): BenchRun => ({
  articles: corpus === 'sample' ? 19 : 10_000,
  corpus,
  ...(corpus === 'generated' ? { seed: 1 } : {}),
  variant: 'jinguo',
  pages: corpus === 'sample' ? 72 : 14_000,
  wallSeconds: corpus === 'sample' ? 12.5 : 300.25,
  peakMemoryMB: 800,
  stages: { build: { seconds: 12.5, peakMemoryMB: 800 } },
  search,
});

describe('medianFigures', () => {
  it('takes the median of each figure over repeated measurements', () => {
    const median = medianFigures([figures(900), figures(300), figures(500)]);
    expect(median.timeToResultsMs).toBe(500);
    expect(median.secondTimeToResultsMs).toBe(50);
    expect(median.firstSearchBytes).toBe(100_000);
    expect(medianFigures([figures(400), figures(600)]).timeToResultsMs).toBe(500);
  });

  it('refuses to summarise nothing', () => {
    expect(() => medianFigures([])).toThrow(/no search measurements/);
  });
});

describe('markdownTable', () => {
  it('has one row per run, sizes in KB', () => {
    const table = markdownTable([run('sample', figures(800)), run('generated', figures(1200, 300_000))]).split('\n');
    expect(table).toHaveLength(4);
    expect(table[2]).toBe('| sample | 19 | 72 | 12.5 | 800 | 97.7 | 10.0 / 50.0 / 30.0 / 7.7 | 2.0 | 800 | 80 |');
    expect(table[3]).toMatch(/^\| generated \(seed 1\) \| 10000 \| 14000 \| 300\.3 \| 800 \| 293\.0 \|/);
  });
});

describe('budgetLine', () => {
  it('checks the first search on the sample site, the page itself left out, against the limit', () => {
    expect(budgetLine([run('sample', figures(800))], 120 * 1024)).toEqual({
      ok: true,
      line: 'Budget: first search on the sample site, the page itself left out, 87.7 KB ≤ 120.0 KB: met.',
    });
    expect(budgetLine([run('sample', figures(800, 300_000))], 120 * 1024).ok).toBe(false);
  });
});
