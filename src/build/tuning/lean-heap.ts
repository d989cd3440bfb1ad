import { setFlagsFromString } from 'node:v8';
import type { AstroIntegration } from 'astro';
import { buildOptions } from '../options.ts';

/**
 * Keeps this process's memory near what it actually holds. V8 sizes its heap
 * by how fast the program allocates, and a build allocates fast — every
 * content file parsed and checked, every page rendered, every page read for
 * the search index — so it lets garbage pile up to its limit (about 4 GB
 * here) before collecting in earnest: at 10,000 articles that was half the
 * build's peak memory. Capping the heap instead (`--max-old-space-size`)
 * would crash a larger site; a growth factor keeps the heap within a
 * fraction of its live data, however large the site.
 *
 * V8 reads the flag each time it sizes the heap after a collection, so it
 * takes effect when set while the program runs, worker threads included.
 * Nothing when the tweak is off (`buildOptions.tuning`).
 */
export function keepHeapLean(growingPercent = 25): void {
  if (!buildOptions.tuning['lean-heap']) return;
  setFlagsFromString(`--heap-growing-percent=${growingPercent}`);
}

/**
 * Keeps the build's heap near its live data (see `keepHeapLean`); listed first, so the content checks are covered.
 * Astro's process may grow half again above its live data: at 10,000 articles page rendering took 35.9 and 43.0 s
 * against 38.8 and 48.6 s with a quarter (alternating builds), for a peak of 2.0 GB against 1.8 GB, below the search
 * stage's; at 20,000 articles, 2.9 GiB (docs/performance.md). The search stage's own Node process keeps to a quarter
 * (`scripts/lib/site-build.ts`).
 */
export function leanHeap(): AstroIntegration {
  return {
    name: 'jinguo:lean-heap',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') keepHeapLean(50);
      },
    },
  };
}
