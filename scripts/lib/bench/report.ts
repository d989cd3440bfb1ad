import type { SearchFigures } from './search.ts';

/**
 * One run: one build of one corpus, measured. Issue 6 adds variants (a
 * baseline build to compare with) and per-stage figures; both fit here.
 */
export interface BenchRun {
  /** News articles in the corpus. */
  articles: number;
  /** `sample` for the bundled site, `generated` for a site made by `corpus.ts`. */
  corpus: 'sample' | 'generated';
  seed?: number;
  variant: 'jinguo';
  /** Pages the build wrote. */
  pages: number;
  /** Wall time of the build, search index included. */
  wallSeconds: number;
  /** Peak resident memory of the build and the processes it started. */
  peakMemoryMB: number | null;
  stages: Record<string, { seconds: number; peakMemoryMB?: number | null }>;
  search: SearchFigures;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** The median of each figure over repeated measurements of the same search. */
export function medianFigures(samples: SearchFigures[]): SearchFigures {
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
  };
  const pick = (read: (figures: SearchFigures) => number) => median(samples.map(read));
  const [first] = samples;
  if (!first) throw new Error('no search measurements to summarise');
  return {
    ...first,
    firstSearchBytes: pick((f) => f.firstSearchBytes),
    secondSearchBytes: pick((f) => f.secondSearchBytes),
    timeToResultsMs: pick((f) => f.timeToResultsMs),
    secondTimeToResultsMs: pick((f) => f.secondTimeToResultsMs),
    firstSearchBytesByKind: {
      page: pick((f) => f.firstSearchBytesByKind.page),
      searchCode: pick((f) => f.firstSearchBytesByKind.searchCode),
      index: pick((f) => f.firstSearchBytesByKind.index),
      results: pick((f) => f.firstSearchBytesByKind.results),
    },
    requests: { first: pick((f) => f.requests.first), second: pick((f) => f.requests.second) },
  };
}

/** The runs as a Markdown table, one row each. */
export function markdownTable(runs: BenchRun[]): string {
  const header = [
    '| Site | Articles | Pages | Build (s) | Peak memory (MB) | First search (KB) | of which page / search code / index / results (KB) | Second search (KB) | Time to results (ms) | Second search time (ms) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
  ];
  const rows = runs.map((run) => {
    const { search } = run;
    const parts = search.firstSearchBytesByKind;
    return `| ${run.corpus === 'sample' ? 'sample' : `generated (seed ${run.seed})`} | ${run.articles} | ${run.pages} | ${run.wallSeconds.toFixed(1)} | ${run.peakMemoryMB ?? '–'} | ${kb(search.firstSearchBytes)} | ${kb(parts.page)} / ${kb(parts.searchCode)} / ${kb(parts.index)} / ${kb(parts.results)} | ${kb(search.secondSearchBytes)} | ${search.timeToResultsMs} | ${search.secondTimeToResultsMs} |`;
  });
  return [...header, ...rows].join('\n');
}

/** The budget line: the first search on the sample site, the page itself left out, against its limit. */
export function budgetLine(runs: BenchRun[], limitBytes: number): { ok: boolean; line: string } {
  const sample = runs.find((run) => run.corpus === 'sample');
  if (!sample) return { ok: true, line: 'Budget: no sample-site run to check.' };
  const bytes = sample.search.firstSearchBytes - sample.search.firstSearchBytesByKind.page;
  const ok = bytes <= limitBytes;
  return {
    ok,
    line: `Budget: first search on the sample site, the page itself left out, ${kb(bytes)} KB ${ok ? '≤' : '>'} ${kb(limitBytes)} KB: ${ok ? 'met' : 'exceeded'}.`,
  };
}
