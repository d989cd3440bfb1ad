/**
 * Environment for the processes a build starts, so that the native code in
 * them hands memory back to the system as soon as it frees it. Each
 * allocator keeps freed memory for reuse by default, and at 10,000 articles
 * that kept memory was a quarter of the build's peak: Rolldown and Astro's
 * compiler (mimalloc) keep what bundling used for the rest of the build,
 * glibc (Node's own allocations, the Markdown renderer, sharp) spreads
 * freed blocks over one arena per thread, and Pagefind (jemalloc) keeps
 * dirty pages for ten seconds — most of a shard's indexing.
 *
 * The variables take effect when a process starts, so they are given to
 * the processes a build spawns, never set for the running one.
 */
export const leanAllocatorEnv: Readonly<Record<string, string>> = {
  MIMALLOC_PURGE_DELAY: '0',
  MIMALLOC_ABANDONED_PAGE_PURGE: '1',
  MALLOC_ARENA_MAX: '1',
  MALLOC_TRIM_THRESHOLD_: '65536',
  MALLOC_MMAP_THRESHOLD_: '65536',
  // The name Rust's jemalloc crate reads; the values are jemalloc's own.
  _RJEM_MALLOC_CONF: 'dirty_decay_ms:0,muzzy_decay_ms:0',
};
