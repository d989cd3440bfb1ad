import { buildOptions } from '../options.ts';

/**
 * Environment for the Pagefind processes the search index is built with, so
 * that they hand memory back to the system soon after they free it, without
 * paying for it on every allocation.
 *
 * Pagefind's allocator (jemalloc) keeps freed pages for ten seconds by
 * default, most of a shard's indexing: at 10,000 articles that kept memory
 * was a fifth of the search stage's peak (2.62 GB against 2.11 GB without
 * it). Keeping none at all cost a third of Pagefind's CPU time in the
 * kernel, handing pages back and faulting them in again. One second, with
 * one arena instead of one per thread and core (Pagefind's threads mostly
 * take turns), indexed a 1,100-page shard in 11.3 CPU-seconds instead of
 * 12.6–13.1, its process peaking at 760 MB instead of 700; the search stage
 * at 10,000 articles took 45.1 and 51.8 s instead of 54.8 and 60.6 s
 * (alternating runs), peaking at 2.30 GiB instead of 2.17. The same idea
 * for Astro's process (mimalloc, glibc) was tried and left out: its peak
 * did not move.
 *
 * The variables take effect when a process starts, so they are given to
 * the processes the build spawns, never set for the running one. Empty when
 * the tweak is off (`buildOptions.tuning`).
 */
export const leanAllocatorEnv: Readonly<Record<string, string>> = buildOptions.tuning['lean-allocators']
  ? // The name Rust's jemalloc crate reads; the values are jemalloc's own.
    { _RJEM_MALLOC_CONF: 'dirty_decay_ms:1000,muzzy_decay_ms:0,narenas:1' }
  : {};
