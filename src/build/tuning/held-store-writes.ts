import type { Loader } from 'astro/loaders';

/** The meta key the loader touches: a constant, so the store it leaves is the same whatever the timing. */
const HELD = 'jinguo-loading';
/** Well inside the 500 ms Astro waits after a change before it writes the store (`SAVE_DEBOUNCE_MS`). */
const BEAT_MS = 200;

/**
 * A loader like `loader`, that keeps Astro from writing its content store
 * while it loads. Astro writes the whole store to its file 500 ms after the
 * last change; a build changes its metadata first (versions, digests of the
 * configuration), so the store was written out once before the loaders had
 * read a file, and again when they were done: at 10,000 articles each write
 * is seconds of Astro's one thread, serialising, reading the old file back
 * and comparing (docs/performance.md). Setting one constant in the
 * collection's metadata (a public API) while the loader runs puts the
 * debounced write off until it is done; the store is then written once.
 * `tests/build/tuning/held-store-writes.test.ts` runs Astro's own store to
 * see that it still takes effect.
 */
export function holdStoreWrites(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      context.meta.set(HELD, '1');
      const beat = setInterval(() => context.meta.set(HELD, '1'), BEAT_MS);
      try {
        await loader.load(context);
      } finally {
        clearInterval(beat);
      }
    },
  };
}
