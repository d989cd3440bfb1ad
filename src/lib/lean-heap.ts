import { setFlagsFromString } from 'node:v8';

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
 */
export function keepHeapLean(growingPercent = 25): void {
  setFlagsFromString(`--heap-growing-percent=${growingPercent}`);
}
