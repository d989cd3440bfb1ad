import { buildOptions } from '../options.ts';

/**
 * Environment for the Pagefind processes the search index is built with, so
 * that they hand memory back to the system soon after they free it, without
 * paying for it on every allocation.
 *
 * Pagefind's allocator (jemalloc) keeps freed pages for ten seconds by
 * default, most of a shard's indexing, and that kept memory was a good
 * part of the search stage's peak. Keeping none at all cost Pagefind much
 * of its time in the kernel, handing pages back and faulting them in again.
 * One second, with one arena instead of one per thread and core (Pagefind's
 * threads mostly take turns), was faster than both for about the same peak
 * (docs/performance.md has the figures). The same idea for Astro's process
 * (mimalloc, glibc) was tried and left out: its peak did not move.
 * `tests/build/tuning/lean-allocators.test.ts` reads back the options
 * Pagefind's allocator took.
 *
 * The variables take effect when a process starts, so they are given to
 * the processes the build spawns, never set for the running one. Empty when
 * the tweak is off (`buildOptions.tuning`).
 */
export const leanAllocatorEnv: Readonly<Record<string, string>> = buildOptions.tuning['lean-allocators']
  ? // The name Rust's jemalloc crate reads; the values are jemalloc's own.
    { _RJEM_MALLOC_CONF: 'dirty_decay_ms:1000,muzzy_decay_ms:0,narenas:1' }
  : {};
