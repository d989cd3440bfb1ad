import type { StageFigures } from './process-tree.ts';
import type { SearchCheck } from './search-check.ts';
import type { SearchFigures } from './search.ts';

/**
 * The benchmark's one result format: `bench/results/<stamp>.json` is a list
 * of these, one per build measured. (The runs of the search-only benchmark
 * of 22 November, written before it was folded in here, lack `cpuSeconds`
 * and `dist`.)
 */
export interface BenchRun {
  /** News articles in the corpus. */
  articles: number;
  /** The bundled sample site, or a site generated from it with `seed` (`corpus.ts`). */
  corpus?: 'sample' | 'generated';
  seed?: number;
  /** `jinguo`: `npm run build`; `baseline`: the plain recipe, `astro build` then `pagefind --site dist`. */
  variant: 'jinguo' | 'baseline';
  /** Tweaks left off for this run (`JINGUO_TUNING_OFF`), to measure what each pays. */
  tuningOff?: string[];
  /** Pages Astro reports it built. */
  pages?: number;
  wallSeconds: number;
  cpuSeconds?: number;
  peakMemoryMB: number;
  msPerArticle: number;
  /** Content sync, page rendering, search indexing, cut by the marks the build writes. */
  stages: Record<string, StageFigures>;
  dist?: DistFigures;
  /** The same build again after one article was edited (`jinguo`, not with `--search-only`). */
  warm?: RebuildFigures;
  /**
   * "保存到上线": after the warm rebuild, one new article added and the site built again with Astro's cache and the
   * search shards kept (what the deploy restores) and no dist/ (a CI checkout has none); measured `--repeat` times,
   * one more article each time, and this is the run in the middle by wall time (`medianRun`).
   */
  publish?: RebuildFigures;
  /** The wall time of each 保存到上线 run, in the order they ran. */
  publishRuns?: number[];
  /**
   * What a reader's search costs on the built site, in Chromium (`jinguo` only): the answers checked against
   * the corpus, and the bytes, requests and times of a first and a second search (medians of `--repeat`).
   */
  search?: { checks?: SearchCheck[]; downloads: SearchFigures };
}

export interface RebuildFigures {
  wallSeconds: number;
  cpuSeconds: number;
  peakMemoryMB: number;
  stages: Record<string, StageFigures>;
}

export interface DistFigures {
  bytes: number;
  files: number;
  searchIndexBytes: number;
  searchIndexFiles: number;
}
