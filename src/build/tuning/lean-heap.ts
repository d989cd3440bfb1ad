import { setFlagsFromString } from 'node:v8';
import type { AstroIntegration } from 'astro';
import { buildOptions } from '../options.ts';

/**
 * Keeps this process's memory near what it actually holds. V8 sizes its heap
 * by how fast the program allocates, and a build allocates fast — every
 * content file parsed and checked, every page rendered, every page read for
 * the search index — so it lets garbage pile up towards its limit before
 * collecting in earnest, and on a large site that garbage was a large part
 * of the build's peak memory (docs/performance.md). Capping the heap instead
 * (`--max-old-space-size`)
 * would crash a larger site; a growth factor keeps the heap within a
 * fraction of its live data, however large the site.
 *
 * V8 reads the flag each time it sizes the heap after a collection, so it
 * takes effect when set while the program runs, worker threads included;
 * Node promises nothing of a flag set late, so `tests/build/tuning/lean-heap.test.ts`
 * reads V8's own trace of the factor it grows the heap by. Nothing when the
 * tweak is off (`buildOptions.tuning`).
 */
export function keepHeapLean(growingPercent = 25): void {
  if (!buildOptions.tuning['lean-heap']) return;
  setFlagsFromString(`--heap-growing-percent=${growingPercent}`);
}

/**
 * Keeps the build's heap near its live data (see `keepHeapLean`); added first, so everything after is covered.
 * Astro's process may grow half again above its live data, which rendered the pages faster than a quarter for a
 * peak still below the search stage's (docs/performance.md); the search stage's own Node process keeps to a quarter
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
