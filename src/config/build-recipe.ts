/**
 * `JINGUO_BUILD=plain` builds the same pages the way a stock Astro site
 * would: Astro's defaults, none of this build's tuning, no search index.
 * The benchmark's baseline runs it and then indexes with the Pagefind CLI —
 * the usual recipe this build is measured against (docs/performance.md).
 */
export const plainBuild = process.env.JINGUO_BUILD === 'plain';

/**
 * Astro's cache folder, relative to the project: the content store, the
 * pages an incremental build copies, the search-index shards. Kept between
 * builds, and by CI. A build of another content folder (tests, benchmark)
 * names its own with JINGUO_CACHE_DIR.
 */
export const cacheDir = process.env.JINGUO_CACHE_DIR ?? 'node_modules/.astro';
