import type { AstroIntegration } from 'astro';
import { keepHeapLean } from '../lib/lean-heap.ts';

/**
 * Keeps the build's heap near its live data (see `lib/lean-heap.ts`); listed first, so the content checks are covered.
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
